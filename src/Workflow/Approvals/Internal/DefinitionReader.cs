using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Xml;
using Formwork.Diagnostics;

namespace Formwork.Workflow.Internal;

/// <summary>Reads the JSON form of a <see cref="WorkflowDefinition"/> strictly: unknown properties, wrong types and bad values are diagnostics with JSON paths.</summary>
internal sealed class DefinitionReader
{
    private static readonly string[] RootProperties = ["id", "version", "name", "form", "nodes", "policies", "view", "$schema"];
    private static readonly string[] ViewProperties = ["permission", "roles"];
    private static readonly string[] PolicyProperties = ["emptyApprovers", "adminUserId", "autoApproveSubmitter", "deduplicateApprovers"];
    private static readonly string[] NodeProperties = ["id", "type", "name", "next", "approvers", "mode", "threshold", "emptyApprovers", "permission", "timeout", "rejectTo", "branches", "targets", "fork", "action"];
    private static readonly string[] RuleProperties = ["type", "users", "role", "field", "level", "untilRole", "formula"];
    private static readonly string[] BranchProperties = ["name", "when", "next"];
    private static readonly string[] TimeoutProperties = ["remindAfter", "escalateAfter", "escalateTo", "escalateAction", "autoAfter", "autoAction", "transferTo"];

    private readonly List<Diagnostic> _diagnostics = [];

    public static WorkflowDefinition? Read(string json, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var reader = new DefinitionReader();
        WorkflowDefinition? definition = null;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            definition = reader.ReadRoot(document.RootElement);
        }
        catch (JsonException ex)
        {
            reader._diagnostics.Add(Diagnostic.Error(WorkflowMessages.InvalidJson, "$", null, ("error", ex.Message)));
        }

        diagnostics = reader._diagnostics;
        return reader._diagnostics.Count == 0 ? definition : null;
    }

    private WorkflowDefinition? ReadRoot(JsonElement root)
    {
        if (!Expect(root, JsonValueKind.Object, "$"))
        {
            return null;
        }

        CheckProperties(root, RootProperties, "$");
        var id = RequiredString(root, "id", "$") ?? string.Empty;
        var version = 1;
        if (root.TryGetProperty("version", out var v) && Expect(v, JsonValueKind.Number, "$.version"))
        {
            if (!v.TryGetInt32(out version))
            {
                _diagnostics.Add(Diagnostic.Error(WorkflowMessages.InvalidVersion, "$.version", null, ("version", v.GetRawText())));
            }
        }

        var policies = EmptyApproverPolicy.AutoApprove;
        string? admin = null;
        bool autoSubmitter = false, dedupe = false;
        if (root.TryGetProperty("policies", out var p) && Expect(p, JsonValueKind.Object, "$.policies"))
        {
            CheckProperties(p, PolicyProperties, "$.policies");
            policies = OptionalEnum(p, "emptyApprovers", "$.policies", EmptyPolicyNames, "empty approver policy") ?? policies;
            admin = OptionalString(p, "adminUserId", "$.policies");
            autoSubmitter = OptionalBool(p, "autoApproveSubmitter", "$.policies");
            dedupe = OptionalBool(p, "deduplicateApprovers", "$.policies");
        }

        string? viewPermission = null;
        var viewerRoles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("view", out var view) && Expect(view, JsonValueKind.Object, "$.view"))
        {
            CheckProperties(view, ViewProperties, "$.view");
            viewPermission = OptionalString(view, "permission", "$.view");
            if (view.TryGetProperty("roles", out var roles) && Expect(roles, JsonValueKind.Object, "$.view.roles"))
            {
                foreach (var role in roles.EnumerateObject())
                {
                    if (Expect(role.Value, JsonValueKind.String, $"$.view.roles['{role.Name}']"))
                    {
                        viewerRoles[role.Name] = role.Value.GetString()!;
                    }
                }
            }
        }

        var nodes = new List<WorkflowNode>();
        if (!root.TryGetProperty("nodes", out var nodesElement))
        {
            _diagnostics.Add(Diagnostic.Error(WorkflowMessages.MissingProperty, "$", null, ("name", "nodes")));
        }
        else if (Expect(nodesElement, JsonValueKind.Array, "$.nodes"))
        {
            var i = 0;
            foreach (var n in nodesElement.EnumerateArray())
            {
                var node = ReadNode(n, $"$.nodes[{i++}]");
                if (node is not null)
                {
                    nodes.Add(node);
                }
            }
        }

        return new WorkflowDefinition
        {
            Id = id,
            Version = version,
            Name = OptionalString(root, "name", "$"),
            FormId = OptionalString(root, "form", "$"),
            Nodes = nodes,
            EmptyApprovers = policies,
            AdminUserId = admin,
            AutoApproveSubmitter = autoSubmitter,
            DeduplicateApprovers = dedupe,
            ViewPermission = viewPermission,
            ViewerRoles = viewerRoles,
        };
    }

    private WorkflowNode? ReadNode(JsonElement n, string path)
    {
        if (!Expect(n, JsonValueKind.Object, path))
        {
            return null;
        }

        CheckProperties(n, NodeProperties, path);
        var id = RequiredString(n, "id", path) ?? string.Empty;
        var kind = RequiredEnum(n, "type", path, NodeKindNames, "node type") ?? WorkflowNodeKind.End;
        ApprovalMode? mode = null;
        var joinMode = JoinMode.All;
        if (kind == WorkflowNodeKind.Join)
        {
            joinMode = OptionalEnum(n, "mode", path, JoinNames, "join mode") ?? JoinMode.All;
        }
        else
        {
            mode = OptionalEnum(n, "mode", path, ModeNames, "approval mode");
        }

        int? voteCount = null, votePercent = null;
        if (n.TryGetProperty("threshold", out var t))
        {
            ReadThreshold(t, path + ".threshold", out voteCount, out votePercent);
        }

        var approvers = new List<ApproverRule>();
        if (n.TryGetProperty("approvers", out var a) && Expect(a, JsonValueKind.Array, path + ".approvers"))
        {
            var i = 0;
            foreach (var r in a.EnumerateArray())
            {
                var rule = ReadRule(r, $"{path}.approvers[{i++}]");
                if (rule is not null)
                {
                    approvers.Add(rule);
                }
            }
        }

        var branches = new List<ConditionBranch>();
        var targets = new List<string>();
        if (n.TryGetProperty("branches", out var b) && Expect(b, JsonValueKind.Array, path + ".branches"))
        {
            var i = 0;
            foreach (var branch in b.EnumerateArray())
            {
                var branchPath = $"{path}.branches[{i++}]";
                if (!Expect(branch, JsonValueKind.Object, branchPath))
                {
                    continue;
                }

                CheckProperties(branch, BranchProperties, branchPath);
                branches.Add(new ConditionBranch
                {
                    Name = OptionalString(branch, "name", branchPath),
                    Condition = OptionalString(branch, "when", branchPath),
                    Next = RequiredString(branch, "next", branchPath) ?? string.Empty,
                });
            }
        }

        if (n.TryGetProperty("targets", out var tg) && Expect(tg, JsonValueKind.Array, path + ".targets"))
        {
            var i = 0;
            foreach (var target in tg.EnumerateArray())
            {
                if (Expect(target, JsonValueKind.String, $"{path}.targets[{i++}]"))
                {
                    targets.Add(target.GetString()!);
                }
            }
        }

        return new WorkflowNode
        {
            Id = id,
            Kind = kind,
            Name = OptionalString(n, "name", path),
            Next = OptionalString(n, "next", path),
            Approvers = approvers,
            Mode = mode ?? ApprovalMode.Single,
            VoteCount = voteCount,
            VotePercent = votePercent,
            EmptyApprovers = OptionalEnum(n, "emptyApprovers", path, EmptyPolicyNames, "empty approver policy"),
            Permission = OptionalString(n, "permission", path),
            Timeout = n.TryGetProperty("timeout", out var to) ? ReadTimeout(to, path + ".timeout") : null,
            RejectTo = OptionalString(n, "rejectTo", path),
            Branches = branches,
            Targets = targets,
            Fork = OptionalString(n, "fork", path),
            JoinMode = joinMode,
            Action = OptionalString(n, "action", path),
        };
    }

    private void ReadThreshold(JsonElement t, string path, out int? count, out int? percent)
    {
        count = null;
        percent = null;
        if (t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var c))
        {
            count = c;
            return;
        }

        var text = t.ValueKind == JsonValueKind.String ? t.GetString()! : null;
        if (text is not null && text.EndsWith('%') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pc))
        {
            percent = pc;
            return;
        }

        _diagnostics.Add(Diagnostic.Error(WorkflowMessages.VoteThreshold, path, null));
    }

    private ApproverRule? ReadRule(JsonElement r, string path)
    {
        if (!Expect(r, JsonValueKind.Object, path))
        {
            return null;
        }

        CheckProperties(r, RuleProperties, path);
        var kind = RequiredEnum(r, "type", path, RuleKindNames, "approver rule type");
        if (kind is null)
        {
            return null;
        }

        var users = new List<string>();
        if (r.TryGetProperty("users", out var u) && Expect(u, JsonValueKind.Array, path + ".users"))
        {
            var i = 0;
            foreach (var user in u.EnumerateArray())
            {
                if (Expect(user, JsonValueKind.String, $"{path}.users[{i++}]"))
                {
                    users.Add(user.GetString()!);
                }
            }
        }

        var level = 0;
        if (r.TryGetProperty("level", out var l) && Expect(l, JsonValueKind.Number, path + ".level") && !l.TryGetInt32(out level))
        {
            _diagnostics.Add(Diagnostic.Error(WorkflowMessages.WrongJsonType, path + ".level", null, ("expected", "an integer"), ("actual", l.GetRawText())));
        }

        var role = OptionalString(r, "role", path) ?? OptionalString(r, "untilRole", path);
        if (kind == ApproverRuleKind.Manager && level == 0 && !r.TryGetProperty("level", out _))
        {
            level = 1;
        }

        return new ApproverRule
        {
            Kind = kind.Value,
            Users = users,
            Role = role,
            Field = OptionalString(r, "field", path),
            Level = level,
            Formula = OptionalString(r, "formula", path),
        };
    }

    private NodeTimeout? ReadTimeout(JsonElement t, string path)
    {
        if (!Expect(t, JsonValueKind.Object, path))
        {
            return null;
        }

        CheckProperties(t, TimeoutProperties, path);
        return new NodeTimeout
        {
            RemindAfter = Duration(t, "remindAfter", path),
            EscalateAfter = Duration(t, "escalateAfter", path),
            EscalateTo = OptionalString(t, "escalateTo", path),
            EscalateAction = OptionalEnum(t, "escalateAction", path, EscalationActionNames, "escalation action") ?? EscalationAction.Notify,
            AutoAfter = Duration(t, "autoAfter", path),
            AutoAction = OptionalEnum(t, "autoAction", path, TimeoutActionNames, "timeout action") ?? TimeoutAction.None,
            TransferTo = OptionalString(t, "transferTo", path),
        };
    }

    private TimeSpan? Duration(JsonElement e, string name, string path)
    {
        var text = OptionalString(e, name, path);
        if (text is null)
        {
            return null;
        }

        try
        {
            var span = XmlConvert.ToTimeSpan(text);
            if (span > TimeSpan.Zero)
            {
                return span;
            }
        }
        catch (FormatException)
        {
        }
        catch (OverflowException)
        {
        }

        _diagnostics.Add(Diagnostic.Error(WorkflowMessages.InvalidDuration, path + "." + name, null, ("value", text)));
        return null;
    }

    private void CheckProperties(JsonElement element, string[] allowed, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                _diagnostics.Add(Diagnostic.Error(WorkflowMessages.UnknownProperty, path + "." + property.Name, null, ("name", property.Name)));
            }
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        _diagnostics.Add(Diagnostic.Error(WorkflowMessages.WrongJsonType, path, null, ("expected", Describe(kind)), ("actual", Describe(element.ValueKind))));
        return false;
    }

    private string? RequiredString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out _))
        {
            _diagnostics.Add(Diagnostic.Error(WorkflowMessages.MissingProperty, path, null, ("name", name)));
            return null;
        }

        return OptionalString(element, name, path);
    }

    private string? OptionalString(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Expect(value, JsonValueKind.String, path + "." + name) ? value.GetString() : null;
    }

    private bool OptionalBool(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _diagnostics.Add(Diagnostic.Error(WorkflowMessages.WrongJsonType, path + "." + name, null, ("expected", "a boolean"), ("actual", Describe(value.ValueKind))));
        return false;
    }

    private T? RequiredEnum<T>(JsonElement element, string name, string path, (string Name, T Value)[] names, string what)
        where T : struct, Enum
    {
        if (!element.TryGetProperty(name, out _))
        {
            _diagnostics.Add(Diagnostic.Error(WorkflowMessages.MissingProperty, path, null, ("name", name)));
            return null;
        }

        return OptionalEnum(element, name, path, names, what);
    }

    private T? OptionalEnum<T>(JsonElement element, string name, string path, (string Name, T Value)[] names, string what)
        where T : struct, Enum
    {
        var text = OptionalString(element, name, path);
        if (text is null)
        {
            return null;
        }

        foreach (var (n, value) in names)
        {
            if (string.Equals(n, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var allowed = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            allowed[i] = names[i].Name;
        }

        _diagnostics.Add(Diagnostic.Error(WorkflowMessages.InvalidEnumValue, path + "." + name, null, ("value", text), ("what", what), ("allowed", string.Join(", ", allowed))));
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal static readonly (string Name, WorkflowNodeKind Value)[] NodeKindNames =
    [
        ("start", WorkflowNodeKind.Start), ("approval", WorkflowNodeKind.Approval), ("handler", WorkflowNodeKind.Handler),
        ("cc", WorkflowNodeKind.CarbonCopy), ("condition", WorkflowNodeKind.Condition), ("fork", WorkflowNodeKind.Fork),
        ("join", WorkflowNodeKind.Join), ("automation", WorkflowNodeKind.Automation), ("end", WorkflowNodeKind.End),
    ];

    internal static readonly (string Name, ApprovalMode Value)[] ModeNames =
    [
        ("single", ApprovalMode.Single), ("countersign", ApprovalMode.Countersign), ("orSign", ApprovalMode.OrSign),
        ("vote", ApprovalMode.Vote), ("sequential", ApprovalMode.Sequential),
    ];

    internal static readonly (string Name, JoinMode Value)[] JoinNames = [("all", JoinMode.All), ("any", JoinMode.Any)];

    internal static readonly (string Name, EmptyApproverPolicy Value)[] EmptyPolicyNames =
    [
        ("autoApprove", EmptyApproverPolicy.AutoApprove), ("admin", EmptyApproverPolicy.RouteToAdmin), ("refuse", EmptyApproverPolicy.Refuse),
    ];

    internal static readonly (string Name, TimeoutAction Value)[] TimeoutActionNames =
    [
        ("none", TimeoutAction.None), ("approve", TimeoutAction.AutoApprove), ("reject", TimeoutAction.AutoReject), ("transfer", TimeoutAction.Transfer),
    ];

    internal static readonly (string Name, EscalationAction Value)[] EscalationActionNames =
    [
        ("notify", EscalationAction.Notify), ("addTask", EscalationAction.AddTask), ("transfer", EscalationAction.Transfer),
    ];

    internal static readonly (string Name, ApproverRuleKind Value)[] RuleKindNames =
    [
        ("users", ApproverRuleKind.Users), ("role", ApproverRuleKind.Role), ("departmentHead", ApproverRuleKind.DepartmentHead),
        ("manager", ApproverRuleKind.Manager), ("managerChain", ApproverRuleKind.ManagerChain), ("userField", ApproverRuleKind.UserField),
        ("submitter", ApproverRuleKind.Submitter), ("formula", ApproverRuleKind.Formula),
    ];
}
