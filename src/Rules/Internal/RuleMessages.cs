using Formwork.Diagnostics;

namespace Formwork.Rules.Internal;

/// <summary>Every message of the rules engine; the codes (<c>FWU…</c>) are stable.</summary>
internal static class RuleMessages
{
    public static readonly MessageTemplate InvalidAlias = new(
        "FWU0001",
        "Rule '{rule}': a declaration must name a local variable of the Define method, such as '() => lead'; '{expression}' is not one.",
        "规则“{rule}”：声明必须是 Define 方法中的局部变量，例如“() => lead”；“{expression}”不是。");

    public static readonly MessageTemplate DuplicateDeclaration = new(
        "FWU0002",
        "Rule '{rule}': '{name}' is bound twice in the same branch of its conditions.",
        "规则“{rule}”：“{name}”在同一条件分支中被绑定了两次。");

    public static readonly MessageTemplate NoActions = new(
        "FWU0003",
        "Rule '{rule}' has no actions: add Then().Do(...).",
        "规则“{rule}”没有动作：请添加 Then().Do(...)。");

    public static readonly MessageTemplate NoPatterns = new(
        "FWU0004",
        "Rule '{rule}' has no pattern: add When().Match(...).",
        "规则“{rule}”没有匹配模式：请添加 When().Match(...)。");

    public static readonly MessageTemplate DuplicateRule = new(
        "FWU0005",
        "Rule set '{ruleSet}' has two rules named '{rule}'; rule names must be unique.",
        "规则集“{ruleSet}”中有两条名为“{rule}”的规则；规则名称必须唯一。");

    public static readonly MessageTemplate UnboundDeclaration = new(
        "FWU0006",
        "Rule '{rule}': '{name}' is used before it is bound (in '{condition}').",
        "规则“{rule}”：“{name}”在绑定之前被使用（位于“{condition}”）。");

    public static readonly MessageTemplate CycleLimit = new(
        "FWU0007",
        "Rule '{rule}' fired {count} times on the same facts in one Fire call, more than the cycle limit of {limit}: the rule set is probably looping (an action keeps updating a fact the rule matches). Make the rule's conditions false after its action, or mark it NonRepeatable.",
        "规则“{rule}”在一次 Fire 调用中对相同事实触发了 {count} 次，超过循环上限 {limit}：规则集可能陷入死循环（动作不断更新规则所匹配的事实）。请让动作执行后条件不再成立，或将规则设为不可重复触发。");

    public static readonly MessageTemplate ActionFailed = new(
        "FWU0008",
        "Rule '{rule}': an action failed: {error}",
        "规则“{rule}”：动作执行失败：{error}");

    public static readonly MessageTemplate UnknownFact = new(
        "FWU0009",
        "The fact '{fact}' is not in working memory; insert it first.",
        "事实“{fact}”不在工作内存中；请先插入。");

    public static readonly MessageTemplate DuplicateFact = new(
        "FWU0010",
        "The fact '{fact}' is already in working memory; use Update to tell the session it changed.",
        "事实“{fact}”已在工作内存中；如已修改请使用 Update。");

    public static readonly MessageTemplate UnknownRuleSet = new(
        "FWU0011",
        "No rule set named '{ruleSet}' has been published.",
        "尚未发布名为“{ruleSet}”的规则集。");

    public static readonly MessageTemplate StaleVersion = new(
        "FWU0012",
        "Rule set '{ruleSet}' version {version} cannot be published: version {current} is already current. Publish a higher version.",
        "规则集“{ruleSet}”版本 {version} 无法发布：当前已是版本 {current}。请发布更高的版本。");

    public static readonly MessageTemplate InvalidOption = new(
        "FWU0013",
        "The option '{option}' must be at least {minimum}; it is {value}.",
        "选项“{option}”不能小于 {minimum}；当前为 {value}。");

    public static readonly MessageTemplate EmptyName = new(
        "FWU0014",
        "A rule needs a non-empty name.",
        "规则名称不能为空。");
}
