using System.Globalization;
using System.Linq;
using System.Text;

namespace Formwork.Workflow.Internal;

/// <summary>Writes a compiled workflow as Mermaid or DOT.</summary>
internal static class GraphWriter
{
    public static string Mermaid(CompiledWorkflow workflow)
    {
        var b = new StringBuilder("flowchart TD\n");
        foreach (var n in workflow.Nodes.OrderBy(n => n.Index))
        {
            var label = MermaidText(Label(n.Node));
            var shape = n.Node.Kind switch
            {
                WorkflowNodeKind.Start or WorkflowNodeKind.End => $"([\"{label}\"])",
                WorkflowNodeKind.Condition => $"{{\"{label}\"}}",
                WorkflowNodeKind.Fork or WorkflowNodeKind.Join => $"[[\"{label}\"]]",
                _ => $"[\"{label}\"]",
            };
            b.Append("    ").Append(Id(n.Id)).Append(shape).Append('\n');
        }

        foreach (var n in workflow.Nodes.OrderBy(n => n.Index))
        {
            foreach (var (to, label, dashed) in Edges(n.Node))
            {
                b.Append("    ").Append(Id(n.Id));
                b.Append(dashed ? " -.-> " : " --> ");
                if (label is not null)
                {
                    b.Length -= 1;
                    b.Append("|\"").Append(MermaidText(label)).Append("\"| ");
                }

                b.Append(Id(to)).Append('\n');
            }
        }

        return b.ToString();
    }

    public static string Dot(CompiledWorkflow workflow)
    {
        var b = new StringBuilder();
        b.Append("digraph \"").Append(Escape(workflow.Id, '"')).Append("\" {\n    rankdir=TB;\n");
        foreach (var n in workflow.Nodes.OrderBy(n => n.Index))
        {
            var shape = n.Node.Kind switch
            {
                WorkflowNodeKind.Start or WorkflowNodeKind.End => "ellipse",
                WorkflowNodeKind.Condition => "diamond",
                WorkflowNodeKind.Fork or WorkflowNodeKind.Join => "box, style=bold",
                _ => "box, style=rounded",
            };
            b.Append("    \"").Append(Escape(n.Id, '"')).Append("\" [label=\"").Append(Escape(Label(n.Node), '"')).Append("\", shape=").Append(shape).Append("];\n");
        }

        foreach (var n in workflow.Nodes.OrderBy(n => n.Index))
        {
            foreach (var (to, label, dashed) in Edges(n.Node))
            {
                b.Append("    \"").Append(Escape(n.Id, '"')).Append("\" -> \"").Append(Escape(to, '"')).Append('"');
                var attributes = new StringBuilder();
                if (label is not null)
                {
                    attributes.Append("label=\"").Append(Escape(label, '"')).Append('"');
                }

                if (dashed)
                {
                    attributes.Append(attributes.Length > 0 ? ", " : string.Empty).Append("style=dashed");
                }

                if (attributes.Length > 0)
                {
                    b.Append(" [").Append(attributes).Append(']');
                }

                b.Append(";\n");
            }
        }

        return b.Append("}\n").ToString();
    }

    private static string Label(WorkflowNode node)
    {
        var name = node.DisplayName;
        return node.Kind switch
        {
            WorkflowNodeKind.Approval or WorkflowNodeKind.Handler => node.Mode == ApprovalMode.Vote
                ? string.Create(CultureInfo.InvariantCulture, $"{name} ({node.Kind.ToString().ToLowerInvariant()}, vote {(node.VoteCount is { } c ? c.ToString(CultureInfo.InvariantCulture) : node.VotePercent + "%")})")
                : $"{name} ({node.Kind.ToString().ToLowerInvariant()}, {node.Mode.ToString().ToLowerInvariant()})",
            WorkflowNodeKind.Join => $"{name} (join {node.JoinMode.ToString().ToLowerInvariant()})",
            WorkflowNodeKind.Automation => $"{name} ({node.Action})",
            _ => name,
        };
    }

    private static (string To, string? Label, bool Dashed)[] Edges(WorkflowNode node)
    {
        var edges = node.Kind switch
        {
            WorkflowNodeKind.Condition => node.Branches.Select(b => (b.Next, (string?)(b.Condition ?? "default"), false)).ToList(),
            WorkflowNodeKind.Fork => node.Targets.Select(t => (t, (string?)null, false)).ToList(),
            WorkflowNodeKind.End => [],
            _ => node.Next is null ? [] : [(node.Next, (string?)null, false)],
        };
        if (node.RejectTo is not null)
        {
            edges.Add((node.RejectTo, "reject", true));
        }

        return edges.ToArray();
    }

    private static string Id(string id)
    {
        var b = new StringBuilder("n_");
        foreach (var c in id)
        {
            b.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return b.Append('_').Append(((uint)StableHash(id)).ToString("x", CultureInfo.InvariantCulture)).ToString();
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    private static string MermaidText(string text) => text.Replace("\"", "#quot;", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);

    private static string Escape(string text, char quote) => text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace(quote.ToString(), "\\" + quote, System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);
}
