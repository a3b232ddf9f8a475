using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Forms;

namespace Formwork.Workflow.Internal;

/// <summary>Checks a definition and compiles its formulas: reachability, dead ends, loops, branches, forks and joins, approver rules, timeouts, permissions.</summary>
internal sealed class DefinitionCompiler
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly FormulaCompiler _formulas;
    private readonly FormulaScope _scope;
    private readonly CompiledForm? _form;

    private DefinitionCompiler(FormulaCompiler formulas, FormulaScope scope, CompiledForm? form)
    {
        _formulas = formulas;
        _scope = scope;
        _form = form;
    }

    public static WorkflowLoadResult Compile(WorkflowDefinition definition, FormulaCompiler formulas, FormulaScope scope, CompiledForm? form)
    {
        var compiler = new DefinitionCompiler(formulas, scope, form);
        var workflow = compiler.Run(definition);
        return new WorkflowLoadResult(compiler._diagnostics.Any(d => d.IsError) ? null : workflow, compiler._diagnostics);
    }

    private CompiledWorkflow? Run(WorkflowDefinition d)
    {
        if (string.IsNullOrWhiteSpace(d.Id))
        {
            Error(WorkflowMessages.EmptyId, "$.id");
        }

        if (d.Version < 1)
        {
            Error(WorkflowMessages.InvalidVersion, "$.version", ("version", d.Version));
        }

        if (_form is not null && d.FormId is not null && !string.Equals(d.FormId, _form.Id, StringComparison.Ordinal))
        {
            Error(WorkflowMessages.FormMismatch, "$.form", ("expected", d.FormId), ("actual", _form.Id));
        }

        if (d.Nodes.Count == 0)
        {
            Error(WorkflowMessages.NoNodes, "$.nodes");
            return null;
        }

        var nodes = new Dictionary<string, CompiledNode>(StringComparer.Ordinal);
        for (var i = 0; i < d.Nodes.Count; i++)
        {
            var node = d.Nodes[i];
            if (string.IsNullOrWhiteSpace(node.Id))
            {
                Error(WorkflowMessages.EmptyId, $"$.nodes[{i}].id");
            }
            else if (!nodes.TryAdd(node.Id, new CompiledNode(node, i)))
            {
                Error(WorkflowMessages.DuplicateNodeId, $"$.nodes[{i}].id", ("id", node.Id));
            }
        }

        var starts = d.Nodes.Where(n => n.Kind == WorkflowNodeKind.Start).ToArray();
        if (starts.Length != 1)
        {
            Error(WorkflowMessages.StartNodeCount, "$.nodes", ("count", starts.Length));
        }

        if (!d.Nodes.Any(n => n.Kind == WorkflowNodeKind.End))
        {
            Error(WorkflowMessages.NoEndNode, "$.nodes");
        }

        var needsAdmin = d.EmptyApprovers == EmptyApproverPolicy.RouteToAdmin || d.Nodes.Any(n => n.EmptyApprovers == EmptyApproverPolicy.RouteToAdmin);
        if (needsAdmin && string.IsNullOrWhiteSpace(d.AdminUserId))
        {
            Error(WorkflowMessages.AdminRequired, "$.policies.adminUserId");
        }

        foreach (var node in nodes.Values)
        {
            CheckNode(node, nodes);
        }

        if (_diagnostics.Any(x => x.IsError))
        {
            return null;
        }

        var (viewProfile, viewerProfiles) = CheckView(d);
        CheckGraph(nodes, starts[0].Id);
        if (_diagnostics.Any(x => x.IsError))
        {
            return null;
        }

        PlaceInForks(nodes, starts[0].Id);
        return new CompiledWorkflow(d, _form, _scope, nodes, nodes[starts[0].Id]) { ViewProfile = viewProfile, ViewerProfiles = viewerProfiles };
    }

    private (PermissionProfile? Default, Dictionary<string, PermissionProfile?> Roles) CheckView(WorkflowDefinition d)
    {
        var roles = new Dictionary<string, PermissionProfile?>(StringComparer.OrdinalIgnoreCase);
        var profile = d.ViewPermission is null ? null : Profile(d.ViewPermission, "$.view.permission");
        foreach (var (role, permission) in d.ViewerRoles)
        {
            var path = $"$.view.roles['{role}']";
            if (string.IsNullOrWhiteSpace(role))
            {
                Error(WorkflowMessages.EmptyId, path);
                continue;
            }

            roles[role] = Profile(permission, path);
        }

        return (profile, roles);
    }

    private PermissionProfile? Profile(string name, string path)
    {
        if (_form is null)
        {
            return null;
        }

        if (_form.TryGetProfile(name, out var profile))
        {
            return profile;
        }

        Error(WorkflowMessages.UnknownPermissionProfile, path, ("profile", name));
        return null;
    }

    /// <summary>Records for every node the forks enclosing it and the branch of the innermost one (returns into a parallel branch re-enter the fork from there).</summary>
    private static void PlaceInForks(Dictionary<string, CompiledNode> nodes, string start)
    {
        var placed = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<CompiledNode>();
        queue.Enqueue(nodes[start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            var node = current.Node;
            switch (node.Kind)
            {
                case WorkflowNodeKind.Fork:
                    foreach (var target in node.Targets)
                    {
                        Place(nodes[target], current.ForkPath + "/" + current.Id, target);
                    }

                    break;
                case WorkflowNodeKind.Join:
                    var fork = nodes[node.Fork!];
                    Place(nodes[node.Next!], fork.ForkPath, fork.Branch);
                    break;
                case WorkflowNodeKind.Condition:
                    foreach (var branch in node.Branches)
                    {
                        Place(nodes[branch.Next], current.ForkPath, current.Branch);
                    }

                    break;
                case WorkflowNodeKind.End:
                    break;
                default:
                    Place(nodes[node.Next!], current.ForkPath, current.Branch);
                    break;
            }
        }

        void Place(CompiledNode node, string forkPath, string? branch)
        {
            if (placed.Add(node.Id))
            {
                node.ForkPath = forkPath;
                node.Branch = branch;
                queue.Enqueue(node);
            }
        }
    }

    private void CheckNode(CompiledNode compiled, Dictionary<string, CompiledNode> nodes)
    {
        var node = compiled.Node;
        var path = $"$.nodes[{compiled.Index}]";
        var kindName = node.Kind.ToString().ToLowerInvariant();
        var needsNext = node.Kind is not (WorkflowNodeKind.Condition or WorkflowNodeKind.Fork or WorkflowNodeKind.End);
        if (needsNext && node.Next is null)
        {
            Error(WorkflowMessages.MissingNext, path, ("kind", kindName), ("node", node.Id));
        }

        Reference(node.Next, path + ".next", nodes);
        if (node.RejectTo is not null && Reference(node.RejectTo, path + ".rejectTo", nodes)
            && nodes[node.RejectTo].Node.Kind is not (WorkflowNodeKind.Start or WorkflowNodeKind.Approval or WorkflowNodeKind.Handler))
        {
            Error(WorkflowMessages.InvalidRejectTarget, path + ".rejectTo", ("target", node.RejectTo));
        }

        if (node.Kind is WorkflowNodeKind.Approval or WorkflowNodeKind.Handler or WorkflowNodeKind.CarbonCopy)
        {
            if (node.Approvers.Count == 0)
            {
                Error(WorkflowMessages.NoApproverRules, path + ".approvers", ("kind", kindName), ("node", node.Id));
            }

            for (var i = 0; i < node.Approvers.Count; i++)
            {
                compiled.RuleFormulas[i] = CheckRule(node.Approvers[i], $"{path}.approvers[{i}]");
            }

            if (node.Mode == ApprovalMode.Vote && (node.VoteCount is null == node.VotePercent is null || node.VoteCount < 1 || node.VotePercent is < 1 or > 100))
            {
                Error(WorkflowMessages.VoteThreshold, path + ".threshold");
            }

            if (node.Timeout is { } timeout)
            {
                CheckTimeout(timeout, path + ".timeout");
            }
        }

        if (node.Permission is not null && _form is not null)
        {
            if (_form.TryGetProfile(node.Permission, out var profile))
            {
                compiled.Profile = profile;
            }
            else
            {
                Error(WorkflowMessages.UnknownPermissionProfile, path + ".permission", ("profile", node.Permission));
            }
        }

        switch (node.Kind)
        {
            case WorkflowNodeKind.Condition:
                var defaults = 0;
                for (var i = 0; i < node.Branches.Count; i++)
                {
                    var branch = node.Branches[i];
                    var branchPath = $"{path}.branches[{i}]";
                    Reference(branch.Next, branchPath + ".next", nodes);
                    if (branch.Condition is null)
                    {
                        defaults++;
                        continue;
                    }

                    var formula = CompileFormula(branch.Condition, branchPath + ".when");
                    if (formula is not null && formula.ResultKind is { } kind && kind != ValueKind.Boolean)
                    {
                        Error(WorkflowMessages.ConditionNotBoolean, branchPath + ".when", ("kind", kind.ToString().ToLowerInvariant()));
                    }

                    compiled.Conditions[i] = formula;
                }

                if (defaults == 0)
                {
                    Error(WorkflowMessages.BranchWithoutDefault, path + ".branches", ("node", node.Id));
                }
                else if (defaults > 1)
                {
                    Error(WorkflowMessages.MultipleDefaults, path + ".branches", ("node", node.Id));
                }

                break;
            case WorkflowNodeKind.Fork:
                if (node.Targets.Count < 2)
                {
                    Error(WorkflowMessages.ForkTargets, path + ".targets", ("node", node.Id));
                }

                for (var i = 0; i < node.Targets.Count; i++)
                {
                    Reference(node.Targets[i], $"{path}.targets[{i}]", nodes);
                }

                var joins = nodes.Values.Where(n => n.Node.Kind == WorkflowNodeKind.Join && n.Node.Fork == node.Id).ToArray();
                if (joins.Length != 1)
                {
                    Error(WorkflowMessages.ForkWithoutJoin, path, ("node", node.Id), ("count", joins.Length));
                }
                else
                {
                    compiled.JoinId = joins[0].Id;
                    joins[0].BranchCount = node.Targets.Count;
                }

                break;
            case WorkflowNodeKind.Join:
                if (node.Fork is null || !nodes.TryGetValue(node.Fork, out var fork) || fork.Node.Kind != WorkflowNodeKind.Fork)
                {
                    Error(WorkflowMessages.JoinWithoutFork, path + ".fork", ("node", node.Id), ("fork", node.Fork ?? string.Empty));
                }

                break;
            case WorkflowNodeKind.Automation:
                if (string.IsNullOrWhiteSpace(node.Action))
                {
                    Error(WorkflowMessages.AutomationWithoutAction, path + ".action", ("node", node.Id));
                }

                break;
        }
    }

    private Formula? CheckRule(ApproverRule rule, string path)
    {
        switch (rule.Kind)
        {
            case ApproverRuleKind.Users:
                if (rule.Users.Count == 0 || rule.Users.Any(string.IsNullOrWhiteSpace))
                {
                    Never(path + ".users", "the user list is empty or has a blank id", "用户列表为空或含有空 ID");
                }

                break;
            case ApproverRuleKind.Role:
                if (string.IsNullOrWhiteSpace(rule.Role))
                {
                    Never(path + ".role", "no role is given", "没有指定角色");
                }

                break;
            case ApproverRuleKind.DepartmentHead:
                if (rule.Field is not null)
                {
                    CheckField(rule.Field, path + ".field");
                }

                break;
            case ApproverRuleKind.Manager:
                if (rule.Level < 1)
                {
                    Never(path + ".level", "the manager level must be 1 or more", "主管层级必须大于等于 1");
                }

                break;
            case ApproverRuleKind.ManagerChain:
                if (rule.Level < 0 || (rule.Level == 0 && string.IsNullOrWhiteSpace(rule.Role)))
                {
                    Never(path, "the chain needs a level of 1 or more or an ending role", "连续多级主管需要大于等于 1 的层级或终止角色");
                }

                break;
            case ApproverRuleKind.UserField:
                if (string.IsNullOrWhiteSpace(rule.Field))
                {
                    Never(path + ".field", "no field is given", "没有指定字段");
                }
                else
                {
                    CheckField(rule.Field, path + ".field");
                }

                break;
            case ApproverRuleKind.Formula:
                if (string.IsNullOrWhiteSpace(rule.Formula))
                {
                    Never(path + ".formula", "no formula is given", "没有指定公式");
                    break;
                }

                var formula = CompileFormula(rule.Formula, path + ".formula");
                if (formula?.ResultKind is { } kind && kind is not (ValueKind.Text or ValueKind.List))
                {
                    Never(path + ".formula", $"the formula returns {kind.ToString().ToLowerInvariant()}, not user ids", $"公式返回 {kind.ToString().ToLowerInvariant()}，不是用户 ID");
                }

                return formula;
        }

        return null;
    }

    private void CheckTimeout(NodeTimeout timeout, string path)
    {
        static bool Bad(TimeSpan? span) => span is { } s && s <= TimeSpan.Zero;
        if (Bad(timeout.RemindAfter) || Bad(timeout.EscalateAfter) || Bad(timeout.AutoAfter))
        {
            Timeout(path, "durations must be positive", "时长必须为正");
        }

        if (timeout.EscalateAfter is not null && string.IsNullOrWhiteSpace(timeout.EscalateTo))
        {
            Timeout(path, "escalateAfter needs escalateTo", "设置了 escalateAfter 但缺少 escalateTo");
        }

        if (timeout.EscalateAction != EscalationAction.Notify && timeout.EscalateAfter is null)
        {
            Timeout(path, "escalateAction needs escalateAfter", "设置了 escalateAction 但缺少 escalateAfter");
        }

        if ((timeout.AutoAfter is null) != (timeout.AutoAction == TimeoutAction.None))
        {
            Timeout(path, "autoAfter and autoAction go together", "autoAfter 与 autoAction 必须同时设置");
        }

        if (timeout.AutoAction == TimeoutAction.Transfer && string.IsNullOrWhiteSpace(timeout.TransferTo))
        {
            Timeout(path, "a transfer needs transferTo", "转交需要设置 transferTo");
        }
    }

    private void CheckGraph(Dictionary<string, CompiledNode> nodes, string start)
    {
        static IEnumerable<string> Successors(WorkflowNode n) => n.Kind switch
        {
            WorkflowNodeKind.Condition => n.Branches.Select(b => b.Next),
            WorkflowNodeKind.Fork => n.Targets,
            WorkflowNodeKind.End => [],
            _ => n.Next is null ? [] : [n.Next],
        };

        var reachable = Reach([start], id => Successors(nodes[id].Node));
        var predecessors = nodes.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var n in nodes.Values)
        {
            foreach (var s in Successors(n.Node))
            {
                predecessors[s].Add(n.Id);
            }
        }

        var reachesEnd = Reach(nodes.Values.Where(n => n.Node.Kind == WorkflowNodeKind.End).Select(n => n.Id), id => predecessors[id]);
        foreach (var n in nodes.Values.OrderBy(n => n.Index))
        {
            if (!reachable.Contains(n.Id))
            {
                Error(WorkflowMessages.UnreachableNode, $"$.nodes[{n.Index}]", ("node", n.Id));
            }
            else if (!reachesEnd.Contains(n.Id))
            {
                Error(WorkflowMessages.DeadEnd, $"$.nodes[{n.Index}]", ("node", n.Id));
            }
        }

        // Forward edges must form a DAG: going back is what returns and rejectTo are for, and a loop of automatic nodes would never stop.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in nodes.Values.OrderBy(n => n.Index))
        {
            if (FindCycle(n.Id, nodes, state, Successors) is { } cyclic)
            {
                Error(WorkflowMessages.Cycle, $"$.nodes[{nodes[cyclic].Index}]", ("node", cyclic));
                return;
            }
        }

        foreach (var fork in nodes.Values.Where(n => n.JoinId is not null))
        {
            foreach (var target in fork.Node.Targets)
            {
                if (!Reach([target], id => Successors(nodes[id].Node)).Contains(fork.JoinId!))
                {
                    Error(WorkflowMessages.BranchMissesJoin, $"$.nodes[{fork.Index}].targets", ("node", fork.Id), ("target", target), ("join", fork.JoinId));
                }
            }
        }
    }

    private static string? FindCycle(string id, Dictionary<string, CompiledNode> nodes, Dictionary<string, int> state, Func<WorkflowNode, IEnumerable<string>> successors)
    {
        // 1 = on the current path, 2 = done; iterative to stay safe on long chains.
        var stack = new Stack<(string Id, IEnumerator<string> Next)>();
        if (state.ContainsKey(id))
        {
            return null;
        }

        state[id] = 1;
        stack.Push((id, successors(nodes[id].Node).GetEnumerator()));
        while (stack.Count > 0)
        {
            var (current, next) = stack.Peek();
            if (next.MoveNext())
            {
                var s = next.Current;
                if (!state.TryGetValue(s, out var mark))
                {
                    state[s] = 1;
                    stack.Push((s, successors(nodes[s].Node).GetEnumerator()));
                }
                else if (mark == 1)
                {
                    return s;
                }
            }
            else
            {
                state[current] = 2;
                stack.Pop();
            }
        }

        return null;
    }

    private static HashSet<string> Reach(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(from, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            foreach (var s in next(queue.Dequeue()))
            {
                if (seen.Add(s))
                {
                    queue.Enqueue(s);
                }
            }
        }

        return seen;
    }

    private Formula? CompileFormula(string text, string path)
    {
        var compilation = _formulas.Compile(text, _scope);
        foreach (var d in compilation.Diagnostics)
        {
            _diagnostics.Add(new Diagnostic(d.Severity, WorkflowMessages.FormulaError, path, d.Span, new Dictionary<string, object?>
            {
                ["message"] = $"{d.Code}: {d.Message}",
                ["messageChinese"] = $"{d.Code}：{d.MessageChinese}",
            }));
        }

        return compilation.Formula;
    }

    private void CheckField(string field, string path)
    {
        if (!_scope.TryGetEntry(field, out _))
        {
            Error(WorkflowMessages.UnknownField, path, ("field", field));
        }
    }

    private bool Reference(string? target, string path, Dictionary<string, CompiledNode> nodes)
    {
        if (target is null)
        {
            return false;
        }

        if (nodes.ContainsKey(target))
        {
            return true;
        }

        Error(WorkflowMessages.UnknownNode, path, ("target", target));
        return false;
    }

    private void Never(string path, string reason, string reasonChinese) =>
        Error(WorkflowMessages.RuleNeverResolves, path, ("reason", reason), ("reasonChinese", reasonChinese));

    private void Timeout(string path, string reason, string reasonChinese) =>
        Error(WorkflowMessages.InvalidTimeout, path, ("reason", reason), ("reasonChinese", reasonChinese));

    private void Error(MessageTemplate template, string path, params (string Name, object? Value)[] arguments) =>
        _diagnostics.Add(Diagnostic.Error(template, path, null, arguments));
}
