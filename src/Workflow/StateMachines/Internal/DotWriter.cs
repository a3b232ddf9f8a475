using System.Linq;
using System.Text;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>Writes a definition as a Graphviz DOT digraph; superstates become clusters.</summary>
internal static class DotWriter
{
    public static string Write(StateMachineInfo info, object? initialState)
    {
        var builder = new StringBuilder("digraph {\n    compound=true;\n    rankdir=\"LR\";\n    node [shape=Mrecord];\n");
        var byState = info.States.ToDictionary(s => s.UnderlyingState);
        void WriteState(StateInfo state, string indent)
        {
            if (state.Substates.Count == 0)
            {
                builder.Append(indent).Append(Quote(DiagramText.Name(state.UnderlyingState))).Append(" [label=").Append(Quote(NodeLabel(state))).Append("];\n");
                return;
            }

            builder.Append(indent).Append("subgraph ").Append(Quote("cluster_" + DiagramText.Name(state.UnderlyingState))).Append(" {\n");
            builder.Append(indent).Append("    label=").Append(Quote(NodeLabel(state))).Append(";\n");
            builder.Append(indent).Append("    ").Append(Quote(DiagramText.Name(state.UnderlyingState))).Append(" [shape=point, style=invis];\n");
            foreach (var child in state.Substates)
            {
                WriteState(byState[child], indent + "    ");
            }

            builder.Append(indent).Append("}\n");
        }

        foreach (var state in info.States.Where(s => s.Superstate is null))
        {
            WriteState(state, "    ");
        }

        var decisions = 0;
        foreach (var state in info.States)
        {
            var source = Quote(DiagramText.Name(state.UnderlyingState));
            foreach (var transition in state.Transitions)
            {
                var label = Quote(DiagramText.Label(transition));
                switch (transition.Kind)
                {
                    case TransitionKind.Ignore:
                        break;
                    case TransitionKind.Dynamic:
                        var decision = Quote("decision" + (++decisions).ToString(System.Globalization.CultureInfo.InvariantCulture));
                        builder.Append("    ").Append(decision).Append(" [shape=diamond, label=\"\"];\n");
                        builder.Append("    ").Append(source).Append(" -> ").Append(decision).Append(" [label=").Append(label).Append("];\n");
                        foreach (var possible in transition.PossibleDestinations)
                        {
                            builder.Append("    ").Append(decision).Append(" -> ").Append(Quote(DiagramText.Name(possible))).Append(";\n");
                        }

                        break;
                    default:
                        builder.Append("    ").Append(source).Append(" -> ").Append(Quote(DiagramText.Name(transition.Destination))).Append(" [label=").Append(label)
                            .Append(transition.Kind == TransitionKind.Internal ? ", style=dashed" : string.Empty)
                            .Append(state.Substates.Count > 0 ? ", ltail=" + Quote("cluster_" + DiagramText.Name(state.UnderlyingState)) : string.Empty)
                            .Append(byState.TryGetValue(transition.Destination!, out var target) && target.Substates.Count > 0 ? ", lhead=" + Quote("cluster_" + DiagramText.Name(target.UnderlyingState)) : string.Empty)
                            .Append("];\n");
                        break;
                }
            }
        }

        if (initialState is not null && byState.ContainsKey(initialState))
        {
            builder.Append("    \"[*]\" [shape=point, label=\"\"];\n    \"[*]\" -> ").Append(Quote(DiagramText.Name(initialState))).Append(";\n");
        }

        return builder.Append("}\n").ToString();
    }

    private static string NodeLabel(StateInfo state)
    {
        var label = Escape(DiagramText.Name(state.UnderlyingState));
        var lines = state.EntryActions.Select(a => "entry / " + a.Description + (a.FromTrigger is null ? string.Empty : " [" + DiagramText.Name(a.FromTrigger) + "]"))
            .Concat(state.ExitActions.Select(a => "exit / " + a.Description))
            .Select(Escape)
            .ToArray();
        return lines.Length == 0 ? label : label + "|" + string.Join("\\n", lines);
    }

    private static string Escape(string text) => text
        .Replace("\\", "\\\\", System.StringComparison.Ordinal)
        .Replace("|", "\\|", System.StringComparison.Ordinal)
        .Replace("{", "\\{", System.StringComparison.Ordinal)
        .Replace("}", "\\}", System.StringComparison.Ordinal)
        .Replace("<", "\\<", System.StringComparison.Ordinal)
        .Replace(">", "\\>", System.StringComparison.Ordinal);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", System.StringComparison.Ordinal) + "\"";
}
