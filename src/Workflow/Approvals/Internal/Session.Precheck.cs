using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Formwork.Workflow.Internal;

/// <summary>The start-time check of the "refuse" empty-approver policy.</summary>
internal sealed partial class Session
{
    /// <summary>
    /// Walks the path the instance will take as far as it can be known when it starts, and refuses the start when a node
    /// there whose empty-approver policy is <see cref="EmptyApproverPolicy.Refuse"/> resolves nobody. The walk follows
    /// condition branches with the submitted data and every branch of a fork, and stops where the data may change
    /// before the flow goes on: after a handler node, an approval node whose permission profile lets approvers edit
    /// fields, or an automation node. Beyond such a node the policy applies when the node is reached.
    /// </summary>
    public async ValueTask CheckRefusingNodesAsync()
    {
        if (!RefusesAnywhere())
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var joins = new List<string>();
        var stopped = false;
        pending.Push(Workflow.Start.Id);
        while (pending.Count > 0)
        {
            var compiled = Workflow.Node(pending.Pop());
            if (seen.Add(compiled.Id))
            {
                stopped |= await VisitAsync(compiled, pending, joins).ConfigureAwait(false);
            }

            // A join is passed only when every branch reached it without a node that may change the data.
            if (pending.Count == 0 && !stopped)
            {
                foreach (var join in joins)
                {
                    pending.Push(Workflow.Node(join).Node.Next!);
                }

                joins.Clear();
            }
        }
    }

    /// <summary>Checks one node and pushes where the walk goes on; returns <see langword="true"/> when the walk stops here because the data may change.</summary>
    private async ValueTask<bool> VisitAsync(CompiledNode compiled, Stack<string> pending, List<string> joins)
    {
        var node = compiled.Node;
        switch (node.Kind)
        {
            case WorkflowNodeKind.End:
                return false;
            case WorkflowNodeKind.Automation:
                return true;
            case WorkflowNodeKind.Join:
                joins.Add(node.Id);
                return false;
            case WorkflowNodeKind.Condition:
                pending.Push(Choose(compiled).Next);
                return false;
            case WorkflowNodeKind.Fork:
                for (var i = node.Targets.Count - 1; i >= 0; i--)
                {
                    pending.Push(node.Targets[i]);
                }

                return false;
            case WorkflowNodeKind.Approval:
            case WorkflowNodeKind.Handler:
                if ((node.EmptyApprovers ?? Workflow.Definition.EmptyApprovers) == EmptyApproverPolicy.Refuse
                    && (await ApproverResolver.ResolveAsync(this, compiled).ConfigureAwait(false)).Count == 0)
                {
                    throw WorkflowRefusal.Of(WorkflowMessages.NoApprovers, ("node", node.Id));
                }

                if (node.Kind == WorkflowNodeKind.Handler || MayEdit(compiled))
                {
                    return true;
                }

                break;
        }

        pending.Push(node.Next!);
        return false;
    }

    private bool RefusesAnywhere()
    {
        if (Workflow.Definition.EmptyApprovers == EmptyApproverPolicy.Refuse)
        {
            return true;
        }

        foreach (var node in Workflow.Definition.Nodes)
        {
            if (node.EmptyApprovers == EmptyApproverPolicy.Refuse)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayEdit(CompiledNode compiled)
    {
        if (compiled.Profile is not { } profile)
        {
            return false;
        }

        if (profile.Default is Formwork.Forms.FieldAccess.Editable or Formwork.Forms.FieldAccess.Required)
        {
            return true;
        }

        foreach (var access in profile.Fields.Values)
        {
            if (access is Formwork.Forms.FieldAccess.Editable or Formwork.Forms.FieldAccess.Required)
            {
                return true;
            }
        }

        return false;
    }
}
