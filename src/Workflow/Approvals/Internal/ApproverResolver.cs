using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Formwork.Workflow.Internal;

/// <summary>Resolves a node's approver rules through the organisation directory, in rule order, without duplicates.</summary>
internal static class ApproverResolver
{
    private const int MaxChain = 32;

    public static async ValueTask<List<string>> ResolveAsync(Session session, CompiledNode compiled)
    {
        var result = new List<string>();
        var rules = compiled.Node.Approvers;
        var directory = session.Directory;
        var submitter = session.Instance.SubmitterId;
        var ct = session.CancellationToken;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            switch (rule.Kind)
            {
                case ApproverRuleKind.Users:
                    foreach (var user in rule.Users)
                    {
                        Add(result, user);
                    }

                    break;
                case ApproverRuleKind.Role:
                    AddAll(result, await directory.GetRoleMembersAsync(rule.Role!, ct).ConfigureAwait(false));
                    break;
                case ApproverRuleKind.DepartmentHead:
                    string? department;
                    if (rule.Field is null)
                    {
                        var user = await directory.FindUserAsync(submitter, ct).ConfigureAwait(false);
                        department = user is { Departments.Count: > 0 } ? user.Departments[0] : null;
                    }
                    else
                    {
                        department = session.Instance.Data[rule.Field].TryGetText(out var text) ? text : null;
                    }

                    if (!string.IsNullOrEmpty(department))
                    {
                        AddAll(result, await directory.GetDepartmentHeadsAsync(department, ct).ConfigureAwait(false));
                    }

                    break;
                case ApproverRuleKind.Manager:
                    var chain = await directory.GetManagerChainAsync(submitter, rule.Level, ct).ConfigureAwait(false);
                    if (chain.Count >= rule.Level)
                    {
                        Add(result, chain[rule.Level - 1]);
                    }

                    break;
                case ApproverRuleKind.ManagerChain:
                    var levels = rule.Level > 0 ? rule.Level : MaxChain;
                    var managers = await directory.GetManagerChainAsync(submitter, levels, ct).ConfigureAwait(false);
                    foreach (var manager in managers)
                    {
                        Add(result, manager);
                        if (rule.Role is not null)
                        {
                            var user = await directory.FindUserAsync(manager, ct).ConfigureAwait(false);
                            if (user is not null && user.Roles.Contains(rule.Role, StringComparer.OrdinalIgnoreCase))
                            {
                                break;
                            }
                        }
                    }

                    break;
                case ApproverRuleKind.UserField:
                    AddValue(result, session.Instance.Data[rule.Field!]);
                    break;
                case ApproverRuleKind.Submitter:
                    Add(result, submitter);
                    break;
                case ApproverRuleKind.Formula:
                    AddValue(result, compiled.RuleFormulas[i]!.Evaluate(session.Slots));
                    break;
            }
        }

        return result;
    }

    private static void AddValue(List<string> result, Value value)
    {
        if (value.TryGetText(out var text))
        {
            foreach (var part in text.Split([',', ';', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(result, part);
            }
        }
        else if (value.Kind == ValueKind.List)
        {
            foreach (var item in value.AsList())
            {
                AddValue(result, item);
            }
        }
    }

    private static void AddAll(List<string> result, IReadOnlyList<string> users)
    {
        foreach (var user in users)
        {
            Add(result, user);
        }
    }

    private static void Add(List<string> result, string user)
    {
        if (!string.IsNullOrWhiteSpace(user) && !result.Contains(user))
        {
            result.Add(user);
        }
    }
}
