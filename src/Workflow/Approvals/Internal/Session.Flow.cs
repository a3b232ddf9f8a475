using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace Formwork.Workflow.Internal;

/// <summary>Moving the flow: entering nodes, creating tasks, deciding nodes, joins, returns and the end.</summary>
internal sealed partial class Session
{
    private static readonly string[] NoApprovers = [];

    public async ValueTask EnterAsync(string nodeId, string forkPath, IReadOnlyList<string> prior)
    {
        if (Instance.Status != WorkflowStatus.Running)
        {
            return;
        }

        Step();
        var compiled = Workflow.Node(nodeId);
        var node = compiled.Node;
        switch (node.Kind)
        {
            case WorkflowNodeKind.Start:
                await EnterAsync(node.Next!, forkPath, NoApprovers).ConfigureAwait(false);
                break;
            case WorkflowNodeKind.End:
                Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind });
                Finish(WorkflowStatus.Approved, node.Id);
                break;
            case WorkflowNodeKind.Condition:
                var chosen = Choose(compiled);
                Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind, Branch = chosen.Name ?? chosen.Next });
                await EnterAsync(chosen.Next, forkPath, prior).ConfigureAwait(false);
                break;
            case WorkflowNodeKind.Fork:
                Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind });
                var join = compiled.JoinId!;
                Instance.JoinArrivals[join] = 0;
                foreach (var target in node.Targets)
                {
                    if (Instance.Status != WorkflowStatus.Running || Instance.JoinArrivals.GetValueOrDefault(join) < 0)
                    {
                        break;
                    }

                    await EnterAsync(target, forkPath + "/" + node.Id, prior).ConfigureAwait(false);
                }

                break;
            case WorkflowNodeKind.Join:
                await ArriveAsync(compiled, forkPath).ConfigureAwait(false);
                break;
            case WorkflowNodeKind.Automation:
                await AutomateAsync(compiled).ConfigureAwait(false);
                await EnterAsync(node.Next!, forkPath, prior).ConfigureAwait(false);
                break;
            case WorkflowNodeKind.CarbonCopy:
                var recipients = await ApproverResolver.ResolveAsync(this, compiled).ConfigureAwait(false);
                foreach (var user in recipients)
                {
                    var task = NewTask(node.Id, VisitOf(node.Id, increment: true), user, ApprovalTaskStatus.CarbonCopied, 0);
                    Instance.TaskList.Add(task);
                    Emit(WorkflowEvents.CarbonCopied, node.Id, task);
                }

                Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind, Approvers = recipients });
                await EnterAsync(node.Next!, forkPath, prior).ConfigureAwait(false);
                break;
            default:
                await ActivateAsync(compiled, forkPath, prior).ConfigureAwait(false);
                break;
        }
    }

    public async ValueTask ActivateAsync(CompiledNode compiled, string forkPath, IReadOnlyList<string> prior)
    {
        var node = compiled.Node;
        var definition = Workflow.Definition;
        var visit = VisitOf(node.Id, increment: true);
        var users = await ApproverResolver.ResolveAsync(this, compiled).ConfigureAwait(false);
        if (users.Count == 0)
        {
            switch (node.EmptyApprovers ?? definition.EmptyApprovers)
            {
                case EmptyApproverPolicy.Refuse:
                    throw WorkflowRefusal.Of(WorkflowMessages.NoApprovers, ("node", node.Id));
                case EmptyApproverPolicy.RouteToAdmin:
                    users = [definition.AdminUserId!];
                    break;
                default:
                    Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind, Mode = node.Mode, Note = "no approvers: approved automatically" });
                    Record("auto-approve", node.Id, "no approvers", actorId: Formwork.Identity.Actor.System.UserId);
                    Emit(WorkflowEvents.NodeCompleted, node.Id, null, ("outcome", "approved"));
                    await EnterAsync(node.Next!, forkPath, prior).ConfigureAwait(false);
                    return;
            }
        }

        if (node.Kind == WorkflowNodeKind.Approval && node.Mode == ApprovalMode.Single && users.Count > 1)
        {
            users = [users[0]];
        }

        var token = new Token(node.Id, forkPath, visit, prior);
        Instance.Tokens.Add(token);
        var auto = new List<string>();
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            var isAuto = node.Kind == WorkflowNodeKind.Approval
                && ((definition.AutoApproveSubmitter && user == Instance.SubmitterId) || (definition.DeduplicateApprovers && Contains(prior, user)));
            var task = NewTask(node.Id, visit, user, isAuto ? ApprovalTaskStatus.AutoApproved : ApprovalTaskStatus.Waiting, i);
            if (isAuto)
            {
                task = task with { DecidedAt = Now, DecidedBy = Formwork.Identity.Actor.System.UserId };
                auto.Add(user);
                Emit(WorkflowEvents.TaskCompleted, node.Id, task);
            }

            Instance.TaskList.Add(task);
        }

        Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind, Mode = node.Mode, Approvers = users, AutoApproved = auto });
        await EvaluateAsync(token).ConfigureAwait(false);
    }

    public async ValueTask DecideAsync(int taskIndex, ApprovalTaskStatus status, string? comment, string decidedBy)
    {
        var task = Instance.TaskList[taskIndex] with { Status = status, DecidedAt = Now, DecidedBy = decidedBy, Comment = comment };
        Instance.TaskList[taskIndex] = task;
        Emit(WorkflowEvents.TaskCompleted, task.NodeId, task);
        CancelEscalationPartner(task);
        if (status == ApprovalTaskStatus.Approved)
        {
            for (var i = 0; i < Instance.TaskList.Count; i++)
            {
                var waiting = Instance.TaskList[i];
                var waitsOnTask = waiting.WaitingFor is { } awaited && (awaited == task.Id || awaited == task.EscalatedFrom);
                var addedTask = task.AddedAs == AddSignerPosition.Before && task.AddedFor == waiting.Id;
                if (waiting.Status == ApprovalTaskStatus.Waiting && (waitsOnTask || addedTask) && !HasOpenSignersBefore(waiting.Id))
                {
                    SetPending(i, waiting with { WaitingFor = null });
                }
            }
        }

        var token = FindToken(task.NodeId, task.Visit);
        if (token is not null)
        {
            await EvaluateAsync(token).ConfigureAwait(false);
        }
    }

    public async ValueTask EvaluateAsync(Token token)
    {
        var compiled = Workflow.Node(token.NodeId);
        var node = compiled.Node;
        switch (Decide(node, token))
        {
            case NodeOutcome.Pending:
                Promote(node, token);
                return;
            case NodeOutcome.Approved:
                var approvers = new List<string>();
                foreach (var t in Instance.TaskList)
                {
                    if (t.NodeId == token.NodeId && t.Visit == token.Visit && t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.AutoApproved)
                    {
                        approvers.Add(t.AssigneeId);
                    }
                }

                CloseToken(token);
                Instance.Completed.Add(token);
                Emit(WorkflowEvents.NodeCompleted, node.Id, null, ("outcome", "approved"));
                await EnterAsync(node.Next!, token.ForkPath, approvers).ConfigureAwait(false);
                return;
            default:
                CloseToken(token);
                Emit(WorkflowEvents.NodeCompleted, node.Id, null, ("outcome", "rejected"));
                if (node.RejectTo is null)
                {
                    Finish(WorkflowStatus.Rejected, node.Id);
                }
                else if (Workflow.Node(node.RejectTo).Node.Kind == WorkflowNodeKind.Start)
                {
                    ReturnToSubmitter(node.Id);
                }
                else
                {
                    await ReturnToNodeAsync(node.RejectTo).ConfigureAwait(false);
                }

                return;
        }
    }

    public void Finish(WorkflowStatus status, string? nodeId)
    {
        CancelOpenTasks(null);
        Instance.Tokens.Clear();
        Instance.JoinArrivals.Clear();
        ChangeStatus(status switch
        {
            WorkflowStatus.Approved => LifecycleTrigger.Approve,
            WorkflowStatus.Rejected => LifecycleTrigger.Reject,
            _ => LifecycleTrigger.Withdraw,
        }, nodeId);
        Instance.CompletedAt = Now;
        Emit(WorkflowEvents.InstanceCompleted, nodeId);
    }

    public void ReturnToSubmitter(string? nodeId)
    {
        CancelOpenTasks(null);
        Instance.Tokens.Clear();
        Instance.JoinArrivals.Clear();
        ChangeStatus(LifecycleTrigger.Return, nodeId);
    }

    public async ValueTask ReturnToNodeAsync(string nodeId)
    {
        CancelOpenTasks(null);
        Instance.Tokens.Clear();
        Instance.JoinArrivals.Clear();
        Emit(WorkflowEvents.StatusChanged, nodeId, null, ("previousStatus", StatusName(Instance.Status)), ("returnedTo", nodeId));
        var target = Workflow.Node(nodeId);
        if (target.ForkPath.Length == 0)
        {
            await ActivateAsync(target, string.Empty, NoApprovers).ConfigureAwait(false);
        }
        else
        {
            await ReenterForkAsync(target.ForkPath.Split('/', StringSplitOptions.RemoveEmptyEntries), 0, target, string.Empty).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A return to a node inside a parallel branch re-enters the enclosing forks, outermost first: every branch starts again
    /// from its first node except the one holding the target, which resumes at the target (or at the inner fork holding it).
    /// Every open task was cancelled before, so branches that had finished are approved again.
    /// </summary>
    public async ValueTask ReenterForkAsync(string[] forks, int level, CompiledNode target, string parentPath)
    {
        var fork = Workflow.Node(forks[level]);
        var join = fork.JoinId!;
        var inner = level + 1 < forks.Length ? Workflow.Node(forks[level + 1]) : target;
        var path = parentPath + "/" + fork.Id;
        Step();
        Instance.JoinArrivals[join] = 0;
        foreach (var branch in fork.Node.Targets)
        {
            if (Instance.Status != WorkflowStatus.Running || Instance.JoinArrivals.GetValueOrDefault(join) < 0)
            {
                break;
            }

            if (branch != inner.Branch)
            {
                await EnterAsync(branch, path, NoApprovers).ConfigureAwait(false);
            }
            else if (inner == target)
            {
                await ActivateAsync(target, path, NoApprovers).ConfigureAwait(false);
            }
            else
            {
                await ReenterForkAsync(forks, level + 1, target, path).ConfigureAwait(false);
            }
        }
    }

    public void AddEscalationTask(int index, string escalateTo)
    {
        var task = Instance.TaskList[index];
        if (escalateTo == task.AssigneeId || HasOpenTask(task.NodeId, task.Visit, escalateTo))
        {
            return;
        }

        Record("escalate-task", task.NodeId, null, actorId: Formwork.Identity.Actor.System.UserId);
        AddPending(NewTask(task.NodeId, task.Visit, escalateTo, ApprovalTaskStatus.Pending, task.Order) with
        {
            EscalatedFrom = task.Id,
            AddedAs = task.AddedAs,
            AddedFor = task.AddedFor,
        });
    }

    public bool HasOpenTask(string nodeId, int visit, string user)
    {
        foreach (var t in Instance.TaskList)
        {
            if (t.NodeId == nodeId && t.Visit == visit && t.AssigneeId == user && t.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOpenSignersBefore(string taskId)
    {
        foreach (var t in Instance.TaskList)
        {
            if (t.AddedFor == taskId && t.AddedAs == AddSignerPosition.Before && t.IsOpen)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A decided task and the task escalation added for it stand for one vote: the other one is cancelled.</summary>
    private void CancelEscalationPartner(ApprovalTask decided)
    {
        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.IsOpen && (t.EscalatedFrom == decided.Id || t.Id == decided.EscalatedFrom))
            {
                Instance.TaskList[i] = t with { Status = ApprovalTaskStatus.Cancelled, DecidedAt = Now };
            }
        }
    }

    public void ChangeStatus(LifecycleTrigger trigger, string? nodeId)
    {
        var previous = Instance.Status;
        Instance.Status = Lifecycle.Fire(previous, trigger);
        Emit(WorkflowEvents.StatusChanged, nodeId, null, ("previousStatus", StatusName(previous)));
    }

    public Token? FindToken(string nodeId, int visit)
    {
        foreach (var token in Instance.Tokens)
        {
            if (token.NodeId == nodeId && token.Visit == visit)
            {
                return token;
            }
        }

        return null;
    }

    public ApprovalTask NewTask(string nodeId, int visit, string assignee, ApprovalTaskStatus status, int order) => new()
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"t{++Instance.TaskSequence}"),
        NodeId = nodeId,
        Visit = visit,
        AssigneeId = assignee,
        Status = status,
        Order = order,
        CreatedAt = Now,
    };

    public void SetPending(int index, ApprovalTask task)
    {
        task = task with { Status = ApprovalTaskStatus.Pending };
        Instance.TaskList[index] = task;
        NewPending.Add(task);
        Emit(WorkflowEvents.TaskAssigned, task.NodeId, task);
    }

    public void AddPending(ApprovalTask task)
    {
        Instance.TaskList.Add(task);
        SetPending(Instance.TaskList.Count - 1, task);
    }

    private BranchChoice Choose(CompiledNode compiled)
    {
        var branches = compiled.Node.Branches;
        ConditionBranch? fallback = null;
        for (var i = 0; i < branches.Count; i++)
        {
            var condition = compiled.Conditions[i];
            if (condition is null)
            {
                fallback ??= branches[i];
            }
            else if (condition.IsTrue(Slots))
            {
                return new BranchChoice(branches[i].Name, branches[i].Next);
            }
        }

        return new BranchChoice(fallback!.Name ?? "default", fallback.Next);
    }

    private async ValueTask ArriveAsync(CompiledNode join, string forkPath)
    {
        if (!Instance.JoinArrivals.TryGetValue(join.Id, out var arrived) || arrived < 0)
        {
            return;
        }

        arrived++;
        var parent = forkPath[..Math.Max(0, forkPath.LastIndexOf('/'))];
        if (join.Node.JoinMode == JoinMode.Any || arrived >= join.BranchCount)
        {
            Instance.JoinArrivals[join.Id] = -1;
            if (join.Node.JoinMode == JoinMode.Any)
            {
                CancelBranches(forkPath);
            }

            Trace?.Add(new SimulationStep { NodeId = join.Id, NodeName = join.Node.DisplayName, Kind = WorkflowNodeKind.Join });
            await EnterAsync(join.Node.Next!, parent, NoApprovers).ConfigureAwait(false);
        }
        else
        {
            Instance.JoinArrivals[join.Id] = arrived;
        }
    }

    private async ValueTask AutomateAsync(CompiledNode compiled)
    {
        var node = compiled.Node;
        if (Automations is null)
        {
            Trace?.Add(new SimulationStep { NodeId = node.Id, NodeName = node.DisplayName, Kind = node.Kind, Note = $"automation '{node.Action}' is not run in a simulation" });
            return;
        }

        var automation = Automations[node.Action!];
        await automation.ExecuteAsync(new WorkflowAutomationContext(Instance.Id, Instance.DefinitionId, node.Id, Instance.SubmitterId, Instance.Data), CancellationToken).ConfigureAwait(false);
        Record("automation", node.Id, node.Action, actorId: Formwork.Identity.Actor.System.UserId);
    }

    private NodeOutcome Decide(WorkflowNode node, Token token)
    {
        int voters = 0, approved = 0, rejected = 0;
        bool mandatoryOpen = false, mandatoryRejected = false;
        foreach (var t in Instance.TaskList)
        {
            if (t.NodeId != token.NodeId || t.Visit != token.Visit || t.Status is ApprovalTaskStatus.Transferred or ApprovalTaskStatus.Cancelled or ApprovalTaskStatus.CarbonCopied
                || (t.EscalatedFrom is not null && t.IsOpen))
            {
                continue;
            }

            if (t.AddedAs is AddSignerPosition.Before or AddSignerPosition.After)
            {
                mandatoryRejected |= t.Status == ApprovalTaskStatus.Rejected;
                mandatoryOpen |= t.IsOpen;
                continue;
            }

            voters++;
            if (t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.AutoApproved)
            {
                approved++;
            }
            else if (t.Status == ApprovalTaskStatus.Rejected)
            {
                rejected++;
            }
        }

        if (mandatoryRejected)
        {
            return NodeOutcome.Rejected;
        }

        var mode = node.Kind == WorkflowNodeKind.Handler && node.Mode is not (ApprovalMode.Countersign or ApprovalMode.Sequential) ? ApprovalMode.OrSign : node.Mode;
        var need = mode switch
        {
            ApprovalMode.Single or ApprovalMode.OrSign => 1,
            ApprovalMode.Vote => node.VoteCount is { } count ? Math.Min(count, voters) : Math.Max(1, (voters * node.VotePercent!.Value + 99) / 100),
            _ => voters,
        };
        if (rejected > 0 && (mode is ApprovalMode.Single or ApprovalMode.OrSign || rejected > voters - need))
        {
            return NodeOutcome.Rejected;
        }

        return approved >= need && !mandatoryOpen ? NodeOutcome.Approved : NodeOutcome.Pending;
    }

    private void Promote(WorkflowNode node, Token token)
    {
        var sequential = node.Mode == ApprovalMode.Sequential;
        if (sequential)
        {
            foreach (var t in Instance.TaskList)
            {
                if (t.NodeId == token.NodeId && t.Visit == token.Visit && t.Status == ApprovalTaskStatus.Pending && t.AddedAs is null)
                {
                    return;
                }
            }
        }

        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.NodeId == token.NodeId && t.Visit == token.Visit && t.Status == ApprovalTaskStatus.Waiting && t.WaitingFor is null)
            {
                SetPending(i, t);
                if (sequential)
                {
                    return;
                }
            }
        }
    }

    private void CloseToken(Token token)
    {
        Instance.Tokens.Remove(token);
        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.NodeId == token.NodeId && t.Visit == token.Visit && t.IsOpen)
            {
                Instance.TaskList[i] = t with { Status = ApprovalTaskStatus.Cancelled, DecidedAt = Now };
            }
        }
    }

    private void CancelBranches(string forkPath)
    {
        for (var i = Instance.Tokens.Count - 1; i >= 0; i--)
        {
            var token = Instance.Tokens[i];
            if (token.ForkPath.StartsWith(forkPath, StringComparison.Ordinal))
            {
                CloseToken(token);
            }
        }
    }

    private void CancelOpenTasks(string? nodeId)
    {
        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.IsOpen && (nodeId is null || t.NodeId == nodeId))
            {
                Instance.TaskList[i] = t with { Status = ApprovalTaskStatus.Cancelled, DecidedAt = Now };
            }
        }
    }

    private int VisitOf(string nodeId, bool increment)
    {
        var visit = Instance.VisitCounts.GetValueOrDefault(nodeId);
        if (increment)
        {
            Instance.VisitCounts[nodeId] = ++visit;
        }

        return visit;
    }

    private static bool Contains(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return true;
            }
        }

        return false;
    }

    private enum NodeOutcome
    {
        Pending,
        Approved,
        Rejected,
    }

    private readonly record struct BranchChoice(string? Name, string Next);
}
