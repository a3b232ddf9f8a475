using System.Collections.Generic;

namespace Formwork.Workflow.Internal;

/// <summary>A position in the flow: a node waiting for people, in a parallel branch (<paramref name="ForkPath"/>), with the approvers of the previous approval node on this path (for 自动去重).</summary>
internal sealed record Token(string NodeId, string ForkPath, int Visit, IReadOnlyList<string> PriorApprovers);
