using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>Writes a definition as a Mermaid <c>stateDiagram-v2</c>.</summary>
internal static partial class MermaidWriter
{
    public static string Write(StateMachineInfo info, object? initialState)
    {
        var ids = new Dictionary<object, string>();
        var builder = new StringBuilder("stateDiagram-v2\n");
        var index = 0;
        foreach (var state in info.States)
        {
            var name = DiagramText.Name(state.UnderlyingState);
            var id = Identifier().IsMatch(name) && !ids.ContainsValue(name) ? name : "s" + index.ToString(CultureInfo.InvariantCulture);
            ids[state.UnderlyingState] = id;
            if (id != name)
            {
                builder.Append("    state \"").Append(Escape(name)).Append("\" as ").Append(id).Append('\n');
            }

            index++;
        }

        WriteStates(info, ids, builder);
        if (initialState is not null && ids.TryGetValue(initialState, out var initial))
        {
            builder.Append("    [*] --> ").Append(initial).Append('\n');
        }

        var decisions = 0;
        foreach (var state in info.States)
        {
            var source = ids[state.UnderlyingState];
            foreach (var transition in state.Transitions)
            {
                var label = Escape(DiagramText.Label(transition));
                switch (transition.Kind)
                {
                    case TransitionKind.Ignore:
                        break;
                    case TransitionKind.Dynamic:
                        var decision = "decision" + (++decisions).ToString(CultureInfo.InvariantCulture);
                        builder.Append("    state ").Append(decision).Append(" <<choice>>\n");
                        builder.Append("    ").Append(source).Append(" --> ").Append(decision).Append(" : ").Append(label).Append('\n');
                        foreach (var possible in transition.PossibleDestinations.Where(ids.ContainsKey))
                        {
                            builder.Append("    ").Append(decision).Append(" --> ").Append(ids[possible]).Append('\n');
                        }

                        break;
                    default:
                        builder.Append("    ").Append(source).Append(" --> ").Append(ids[transition.Destination!]).Append(" : ").Append(label).Append('\n');
                        break;
                }
            }
        }

        return builder.ToString();
    }

    private static void WriteStates(StateMachineInfo info, Dictionary<object, string> ids, StringBuilder builder)
    {
        var byState = info.States.ToDictionary(s => s.UnderlyingState);
        void Write(StateInfo state, int depth)
        {
            var indent = new string(' ', 4 * (depth + 1));
            if (state.Substates.Count == 0)
            {
                return;
            }

            builder.Append(indent).Append("state ").Append(ids[state.UnderlyingState]).Append(" {\n");
            if (state.InitialTransitionTarget is { } target)
            {
                builder.Append(indent).Append("    [*] --> ").Append(ids[target]).Append('\n');
            }

            foreach (var child in state.Substates)
            {
                var childState = byState[child];
                if (childState.Substates.Count == 0)
                {
                    builder.Append(indent).Append("    ").Append(ids[child]).Append('\n');
                }
                else
                {
                    Write(childState, depth + 1);
                }
            }

            builder.Append(indent).Append("}\n");
        }

        foreach (var state in info.States.Where(s => s.Superstate is null))
        {
            Write(state, 0);
        }
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;", System.StringComparison.Ordinal).Replace(":", "#58;", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
