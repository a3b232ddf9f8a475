using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Workflow.Internal;

/// <summary>The actions: each checks the actor's entitlement first and refuses (throws <see cref="WorkflowRefusal"/>) before changing anything.</summary>
internal sealed partial class Session
{
    public async ValueTask ApplyAsync(WorkflowAction action, Actor actor, string adminRole)
    {
        if (action.Changes is { Count: > 0 } && action.Kind is not (WorkflowActionKind.Approve or WorkflowActionKind.Reject or WorkflowActionKind.Resubmit))
        {
            var (english, chinese) = Describe(action.Kind);
            throw WorkflowRefusal.Of(WorkflowMessages.ChangesNotAllowed, ("action", english), ("actionChinese", chinese));
        }

        switch (action.Kind)
        {
            case WorkflowActionKind.Approve:
            case WorkflowActionKind.Reject:
            {
                var index = FindPendingTask(action);
                var task = Instance.TaskList[index];
                var node = Workflow.Node(task.NodeId);
                var reject = action.Kind == WorkflowActionKind.Reject;
                if (reject && node.Node.Kind == WorkflowNodeKind.Handler)
                {
                    throw WorkflowRefusal.Of(WorkflowMessages.HandlerCannotReject, ("node", node.Id));
                }

                var changes = ApplyChanges(action.Changes, node, submitterEditing: false, actor);
                Record(reject ? "reject" : node.Node.Kind == WorkflowNodeKind.Handler ? "complete" : "approve", node.Id, action.Comment, changes);
                await DecideAsync(index, reject ? ApprovalTaskStatus.Rejected : ApprovalTaskStatus.Approved, action.Comment, ActorId).ConfigureAwait(false);
                break;
            }

            case WorkflowActionKind.Return:
            {
                var index = FindPendingTask(action);
                var task = Instance.TaskList[index];
                var target = action.TargetNodeId;
                if (target is not null && Workflow.TryGetNode(target, out var targetNode) && targetNode.Node.Kind == WorkflowNodeKind.Start)
                {
                    target = null;
                }

                if (target is not null && !IsReturnTarget(target))
                {
                    throw WorkflowRefusal.Of(WorkflowMessages.InvalidReturnTarget, ("target", target));
                }

                Record("return", task.NodeId, action.Comment, actorId: null);
                Instance.TaskList[index] = task with { Status = ApprovalTaskStatus.Returned, DecidedAt = Now, DecidedBy = ActorId, Comment = action.Comment };
                Emit(WorkflowEvents.TaskCompleted, task.NodeId, Instance.TaskList[index], ("returnedTo", target ?? "submitter"));
                if (target is null)
                {
                    ReturnToSubmitter(task.NodeId);
                }
                else
                {
                    await ReturnToNodeAsync(target).ConfigureAwait(false);
                }

                break;
            }

            case WorkflowActionKind.Transfer:
            {
                var index = FindPendingTask(action);
                var task = Instance.TaskList[index];
                var target = action.TargetUsers.Count == 1 ? action.TargetUsers[0] : null;
                await CheckNewAssigneeAsync(task, target, WorkflowMessages.InvalidTransferTarget, "target").ConfigureAwait(false);
                Transfer(index, target!, action.Comment);
                break;
            }

            case WorkflowActionKind.AddSigner:
            {
                var index = FindPendingTask(action);
                var task = Instance.TaskList[index];
                if (action.TargetUsers.Count == 0)
                {
                    throw WorkflowRefusal.Of(WorkflowMessages.InvalidSigner, ("signer", string.Empty),
                        ("reason", "name at least one signer"), ("reasonChinese", "请至少指定一名加签人"));
                }

                for (var i = 0; i < action.TargetUsers.Count; i++)
                {
                    var signer = action.TargetUsers[i];
                    await CheckNewAssigneeAsync(task, signer, WorkflowMessages.InvalidSigner, "signer").ConfigureAwait(false);
                    for (var j = 0; j < i; j++)
                    {
                        if (action.TargetUsers[j] == signer)
                        {
                            throw WorkflowRefusal.Of(WorkflowMessages.InvalidSigner, ("signer", signer), ("reason", "they are named twice"), ("reasonChinese", "同一人被指定了两次"));
                        }
                    }
                }

                Record("add-signer", task.NodeId, action.Comment);
                var inOrder = action.SignerPosition == AddSignerPosition.Before && action.SignInOrder;
                var added = new List<ApprovalTask>();
                foreach (var signer in action.TargetUsers)
                {
                    var signerTask = NewTask(task.NodeId, task.Visit, signer, ApprovalTaskStatus.Pending, task.Order) with { AddedAs = action.SignerPosition, AddedFor = task.Id };
                    if (inOrder && added.Count > 0)
                    {
                        signerTask = signerTask with { Status = ApprovalTaskStatus.Waiting, WaitingFor = added[^1].Id };
                    }

                    added.Add(signerTask);
                }

                switch (action.SignerPosition)
                {
                    case AddSignerPosition.Before:
                        Instance.TaskList[index] = task with { Status = ApprovalTaskStatus.Waiting, WaitingFor = added[^1].Id };
                        break;
                    case AddSignerPosition.After:
                        Instance.TaskList[index] = task with { Status = ApprovalTaskStatus.Approved, DecidedAt = Now, DecidedBy = ActorId, Comment = action.Comment };
                        Emit(WorkflowEvents.TaskCompleted, task.NodeId, Instance.TaskList[index]);
                        break;
                }

                foreach (var signerTask in added)
                {
                    if (signerTask.Status == ApprovalTaskStatus.Waiting)
                    {
                        Instance.TaskList.Add(signerTask);
                    }
                    else
                    {
                        AddPending(signerTask);
                    }
                }

                break;
            }

            case WorkflowActionKind.Resubmit:
            {
                RequireSubmitter(actor, "resubmit", "重新提交");
                RequireStatus(WorkflowStatus.Returned, "resubmit", "重新提交");
                var changes = ApplyChanges(action.Changes, Workflow.Start, submitterEditing: true, actor);
                Record("resubmit", Workflow.Start.Id, action.Comment, changes);
                ChangeStatus(LifecycleTrigger.Resubmit, Workflow.Start.Id);
                Instance.Completed.Clear();
                await EnterAsync(Workflow.Start.Id, string.Empty, NoApprovers).ConfigureAwait(false);
                break;
            }

            case WorkflowActionKind.Withdraw:
            {
                RequireSubmitter(actor, "withdraw", "撤回");
                if (Instance.Status == WorkflowStatus.Running)
                {
                    foreach (var t in Instance.TaskList)
                    {
                        if (t.Status is ApprovalTaskStatus.Approved or ApprovalTaskStatus.Rejected or ApprovalTaskStatus.Returned
                            && t.DecidedBy != Actor.System.UserId)
                        {
                            throw WorkflowRefusal.Of(WorkflowMessages.AlreadyDecided, ("by", t.DecidedBy), ("node", t.NodeId));
                        }
                    }
                }
                else
                {
                    RequireStatus(WorkflowStatus.Returned, "withdraw", "撤回");
                }

                Record("withdraw", null, action.Comment);
                Finish(WorkflowStatus.Withdrawn, null);
                break;
            }

            case WorkflowActionKind.Urge:
            {
                RequireSubmitter(actor, "urge", "催办");
                RequireStatus(WorkflowStatus.Running, "urge", "催办");
                Record("urge", null, action.Comment);
                foreach (var t in Instance.TaskList)
                {
                    if (t.Status == ApprovalTaskStatus.Pending)
                    {
                        Emit(WorkflowEvents.TaskReminded, t.NodeId, t, ("reason", "urged"));
                    }
                }

                break;
            }

            case WorkflowActionKind.Comment:
            {
                if (!CanView(actor, adminRole))
                {
                    throw WorkflowRefusal.Of(WorkflowMessages.CannotView, ("actor", ActorId), ("instance", Instance.Id));
                }

                Record("comment", null, action.Comment);
                Emit(WorkflowEvents.CommentAdded, null, null, ("comment", action.Comment));
                break;
            }
        }
    }

    public bool CanView(Actor actor, string adminRole)
    {
        if (actor.UserId == Instance.SubmitterId || actor.IsInRole(adminRole))
        {
            return true;
        }

        foreach (var t in Instance.TaskList)
        {
            if (t.AssigneeId == actor.UserId)
            {
                return true;
            }
        }

        return false;
    }

    public void Transfer(int index, string target, string? comment)
    {
        var task = Instance.TaskList[index];
        Record("transfer", task.NodeId, comment, actorId: null);
        Instance.TaskList[index] = task with { Status = ApprovalTaskStatus.Transferred, DecidedAt = Now, DecidedBy = ActorId, Comment = comment };
        Emit(WorkflowEvents.TaskCompleted, task.NodeId, Instance.TaskList[index], ("transferredTo", target));
        var moved = NewTask(task.NodeId, task.Visit, target, ApprovalTaskStatus.Pending, task.Order) with
        {
            TransferredFrom = task.AssigneeId,
            AddedAs = task.AddedAs,
            AddedFor = task.AddedFor,
            EscalatedFrom = task.EscalatedFrom,
        };
        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.IsOpen && (t.EscalatedFrom == task.Id || t.AddedFor == task.Id || t.WaitingFor == task.Id))
            {
                Instance.TaskList[i] = t with
                {
                    EscalatedFrom = t.EscalatedFrom == task.Id ? moved.Id : t.EscalatedFrom,
                    AddedFor = t.AddedFor == task.Id ? moved.Id : t.AddedFor,
                    WaitingFor = t.WaitingFor == task.Id ? moved.Id : t.WaitingFor,
                };
            }
        }

        AddPending(moved);
    }

    private int FindPendingTask(WorkflowAction action)
    {
        for (var i = 0; i < Instance.TaskList.Count; i++)
        {
            var t = Instance.TaskList[i];
            if (t.Status == ApprovalTaskStatus.Pending && t.AssigneeId == ActorId && (action.TaskId is null || action.TaskId == t.Id))
            {
                return i;
            }
        }

        if (Instance.Status != WorkflowStatus.Running)
        {
            throw WrongStatus(Describe(action.Kind));
        }

        throw action.TaskId is null
            ? WorkflowRefusal.Of(WorkflowMessages.NoPendingTask, ("actor", ActorId), ("instance", Instance.Id))
            : WorkflowRefusal.Of(WorkflowMessages.UnknownTask, ("task", action.TaskId), ("actor", ActorId));
    }

    private bool IsReturnTarget(string target)
    {
        if (!Workflow.TryGetNode(target, out var node) || node.Node.Kind is not (WorkflowNodeKind.Approval or WorkflowNodeKind.Handler))
        {
            return false;
        }

        foreach (var done in Instance.Completed)
        {
            if (done.NodeId == target)
            {
                return true;
            }
        }

        return false;
    }

    private async ValueTask CheckNewAssigneeAsync(ApprovalTask task, string? user, Formwork.Diagnostics.MessageTemplate template, string argument)
    {
        string? reason = null, reasonChinese = null;
        if (string.IsNullOrWhiteSpace(user))
        {
            (reason, reasonChinese) = ("give exactly one user", "请指定一个用户");
        }
        else if (user == ActorId)
        {
            (reason, reasonChinese) = ("that is yourself", "不能是自己");
        }
        else
        {
            foreach (var t in Instance.TaskList)
            {
                if (t.NodeId == task.NodeId && t.Visit == task.Visit && t.IsOpen && t.AssigneeId == user)
                {
                    (reason, reasonChinese) = ("they already have a task on this node", "对方在该节点已有待办");
                    break;
                }
            }

            if (reason is null)
            {
                var found = await Directory.FindUserAsync(user, CancellationToken).ConfigureAwait(false);
                if (found is not { IsActive: true })
                {
                    (reason, reasonChinese) = ("no such active user in the directory", "组织架构中没有该在职用户");
                }
            }
        }

        if (reason is not null)
        {
            throw WorkflowRefusal.Of(template, (argument, user ?? string.Empty), ("target", user ?? string.Empty), ("reason", reason), ("reasonChinese", reasonChinese));
        }
    }

    private IReadOnlyList<FieldChange>? ApplyChanges(RecordData? changes, CompiledNode node, bool submitterEditing, Actor actor)
    {
        if (changes is null || changes.Count == 0)
        {
            return null;
        }

        var form = Workflow.Form;
        var before = Instance.Data;
        var after = before.Clone();
        var changed = new List<string>(changes.Count);
        foreach (var (key, value) in changes)
        {
            // With a form, only its top-level fields can be changed (a subform is changed as a whole table); names are
            // matched as the form matches them and stored under the form's spelling.
            CompiledField? compiled = null;
            if (form is not null && !form.TryGetField(key, out compiled))
            {
                throw WorkflowRefusal.At(WorkflowMessages.UnknownField, key, ("field", key));
            }

            var field = compiled?.Name ?? key;
            after.Set(field, CheckWritable(node, submitterEditing, field, compiled, value, before[field]));
            changed.Add(field);
        }

        if (form is not null && Forms is not null)
        {
            after = ThroughForm(form, node, actor, changed, before, after);
        }

        Instance.Data = after.Freeze();
        DataChanged();
        return FieldChange.Diff(before, Instance.Data);
    }

    private bool IsWritable(CompiledNode node, bool submitterEditing, string path) =>
        node.Profile is { } profile
            ? profile.GetAccess(path) is FieldAccess.Editable or FieldAccess.Required
            : submitterEditing;

    /// <summary>
    /// Refuses (FWA0107) a change of a field the node's profile does not let the actor write; a subform is checked cell by
    /// cell, so the path names the row and column (<c>lines[0].unitPrice</c>). Values equal to the stored ones are not
    /// writes. A column the node may not write that a kept row leaves out (a hidden column the actor never saw) keeps its
    /// stored value.
    /// </summary>
    /// <returns>The value to store.</returns>
    private Value CheckWritable(CompiledNode node, bool submitterEditing, string field, CompiledField? compiled, Value now, Value stored)
    {
        if (now.Equals(stored) || compiled is { IsComputed: true })
        {
            return now;
        }

        var whole = IsWritable(node, submitterEditing, field);
        if (compiled is not { Type: FieldType.Subform })
        {
            if (!whole)
            {
                throw WorkflowRefusal.At(WorkflowMessages.FieldNotWritable, field, ("field", field), ("label", compiled?.Label ?? field), ("node", node.Id));
            }

            return now;
        }

        var newRows = now.Kind == ValueKind.Table ? now.AsTable() : [];
        var oldRows = stored.Kind == ValueKind.Table ? stored.AsTable() : [];
        RecordData[]? kept = null;
        for (var r = 0; r < Math.Max(newRows.Count, oldRows.Count); r++)
        {
            var rowAdded = r >= oldRows.Count;
            var rowRemoved = r >= newRows.Count;
            foreach (var column in compiled.Fields)
            {
                if (column.IsComputed || (whole && IsWritable(node, submitterEditing, column.Path)))
                {
                    continue;
                }

                var b = rowAdded ? Value.Blank : oldRows[r][column.Name];
                if (!rowAdded && !rowRemoved && !newRows[r].ContainsKey(column.Name))
                {
                    if (!b.IsBlank)
                    {
                        kept ??= [.. newRows];
                        kept[r] = kept[r].Clone().Set(column.Name, b).Freeze();
                    }

                    continue;
                }

                var a = rowRemoved ? Value.Blank : newRows[r][column.Name];
                if (!a.Equals(b))
                {
                    var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{r}].{column.Name}");
                    throw WorkflowRefusal.At(WorkflowMessages.FieldNotWritable, path, ("field", path), ("label", column.Label), ("node", node.Id));
                }
            }

            if (!whole && (rowAdded || rowRemoved))
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{field}[{r}]");
                throw WorkflowRefusal.At(WorkflowMessages.FieldNotWritable, path, ("field", path), ("label", compiled.Label), ("node", node.Id));
            }
        }

        return kept is null ? now : Value.FromTable(kept);
    }

    /// <summary>
    /// Puts the edited data through the form: normalised, computed fields recomputed, validated under the node's profile.
    /// Refuses with the form's errors that the edit brings in (new errors, and every error on a changed field); errors the
    /// data already had (the start does not validate it) do not block an approver who may not fix them.
    /// </summary>
    private RecordData ThroughForm(CompiledForm form, CompiledNode node, Actor actor, List<string> changed, RecordData before, RecordData after)
    {
        var options = new SubmissionOptions { Actor = actor, Profile = node.Profile?.Name };
        var result = Forms!.Validate(form, after, options, before);
        if (!result.Success)
        {
            var existing = new HashSet<(string Code, string? Path)>();
            foreach (var error in Forms.Validate(form, before, options, before).Errors)
            {
                existing.Add((error.Code, error.Path));
            }

            var introduced = new List<Diagnostic>();
            foreach (var error in result.Errors)
            {
                if (!existing.Contains((error.Code, error.Path)) || TouchesChange(error.Path, changed))
                {
                    introduced.Add(error);
                }
            }

            if (introduced.Count > 0)
            {
                throw new WorkflowRefusal(introduced);
            }
        }

        var data = result.Data;
        foreach (var (name, value) in after)
        {
            if (!form.TryGetField(name, out _))
            {
                data[name] = value;
            }
        }

        return data;
    }

    private static bool TouchesChange(string? path, List<string> changed)
    {
        if (path is null)
        {
            return false;
        }

        foreach (var field in changed)
        {
            if (path.Length == field.Length ? path == field : path.StartsWith(field, StringComparison.Ordinal) && path[field.Length] is '[' or '.')
            {
                return true;
            }
        }

        return false;
    }

    private void RequireSubmitter(Actor actor, string action, string actionChinese)
    {
        if (actor.UserId != Instance.SubmitterId)
        {
            throw WorkflowRefusal.Of(WorkflowMessages.NotSubmitter, ("submitter", Instance.SubmitterId), ("action", action), ("actionChinese", actionChinese));
        }
    }

    private void RequireStatus(WorkflowStatus status, string action, string actionChinese)
    {
        if (Instance.Status != status)
        {
            throw WrongStatus((action, actionChinese));
        }
    }

    private WorkflowRefusal WrongStatus((string English, string Chinese) action) =>
        WorkflowRefusal.Of(WorkflowMessages.WrongStatus, ("status", StatusName(Instance.Status)), ("statusChinese", StatusChinese(Instance.Status)), ("action", action.English), ("actionChinese", action.Chinese));

    private static (string English, string Chinese) Describe(WorkflowActionKind kind) => kind switch
    {
        WorkflowActionKind.Approve => ("approve", "同意"),
        WorkflowActionKind.Reject => ("reject", "驳回"),
        WorkflowActionKind.Return => ("return", "退回"),
        WorkflowActionKind.Transfer => ("transfer", "转交"),
        _ => ("add a signer", "加签"),
    };
}
