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

    public static readonly MessageTemplate InvalidJson = new(
        "FWU0101",
        "The rules are not valid JSON: {error}",
        "规则不是有效的 JSON：{error}");

    public static readonly MessageTemplate MissingProperty = new(
        "FWU0102",
        "'{property}' is required here.",
        "此处缺少必填项“{property}”。");

    public static readonly MessageTemplate UnexpectedProperty = new(
        "FWU0103",
        "'{property}' is not a known property here; expected one of: {expected}.",
        "“{property}”不是此处可用的属性；可用的有：{expected}。");

    public static readonly MessageTemplate WrongJsonType = new(
        "FWU0104",
        "'{property}' must be {expected}.",
        "“{property}”必须是{expectedZh}。");

    public static readonly MessageTemplate UnknownForm = new(
        "FWU0105",
        "Unknown form '{form}'; known forms: {known}.",
        "表单“{form}”不存在；已知表单：{known}。");

    public static readonly MessageTemplate UnknownField = new(
        "FWU0106",
        "Form '{form}' has no field '{field}'.",
        "表单“{form}”没有字段“{field}”。");

    public static readonly MessageTemplate UnknownAction = new(
        "FWU0107",
        "Unknown action '{action}'; known actions: {known}.",
        "动作“{action}”不存在；已知动作：{known}。");

    public static readonly MessageTemplate FormulaError = new(
        "FWU0108",
        "{message} ({code})",
        "{messageZh}（{code}）");

    public static readonly MessageTemplate ConditionNotBoolean = new(
        "FWU0109",
        "A condition must be TRUE or FALSE, but '{formula}' gives {kind}.",
        "条件必须为 TRUE 或 FALSE，但“{formula}”的结果是{kind}。");

    public static readonly MessageTemplate ValueKindMismatch = new(
        "FWU0110",
        "Field '{field}' holds {fieldKind}, but '{formula}' gives {kind}.",
        "字段“{field}”的类型是{fieldKind}，但“{formula}”的结果是{kind}。");

    public static readonly MessageTemplate DuplicateRuleAt = new(
        "FWU0111",
        "Another rule is already named '{rule}'; rule names must be unique.",
        "已有名为“{rule}”的规则；规则名称必须唯一。");

    public static readonly MessageTemplate MissingParameter = new(
        "FWU0112",
        "Action '{action}' needs the parameter '{parameter}'.",
        "动作“{action}”需要参数“{parameter}”。");

    public static readonly MessageTemplate UnknownParameter = new(
        "FWU0113",
        "Action '{action}' has no parameter '{parameter}'; its parameters: {known}.",
        "动作“{action}”没有参数“{parameter}”；可用参数：{known}。");

    public static readonly MessageTemplate TableOverlap = new(
        "FWU0201",
        "Rows {first} and {second} of decision table '{table}' overlap: one record can match both. Make them exclusive or use hit policy \"first\".",
        "决策表“{table}”的第 {first} 行和第 {second} 行重叠：同一条记录可能同时匹配两行。请让它们互斥，或使用命中策略“first”。");

    public static readonly MessageTemplate TableGap = new(
        "FWU0202",
        "Decision table '{table}' has no row for {example}.",
        "决策表“{table}”没有覆盖 {example} 的行。");

    public static readonly MessageTemplate TableRowLength = new(
        "FWU0203",
        "This row has {actual} cells; the table has {expected} columns ({inputs} inputs, {outputs} outputs).",
        "该行有 {actual} 个单元格；表格共有 {expected} 列（{inputs} 个输入，{outputs} 个输出）。");

    public static readonly MessageTemplate TableBadCell = new(
        "FWU0204",
        "'{cell}' is not a valid cell for field '{field}': write a value, '-' for any, a range such as [0..60) or a bound such as >=100.",
        "“{cell}”不是字段“{field}”的有效单元格：请填写一个值、表示任意值的“-”、区间（如 [0..60)）或边界（如 >=100）。");

    public static readonly MessageTemplate TableHitPolicy = new(
        "FWU0205",
        "Unknown hit policy '{policy}'; use \"unique\" or \"first\".",
        "命中策略“{policy}”不存在；请使用“unique”或“first”。");

    public static readonly MessageTemplate TableCsvHeader = new(
        "FWU0206",
        "The CSV header needs at least one input column and one output column (output columns start with 'then:').",
        "CSV 表头至少需要一个输入列和一个输出列（输出列以“then:”开头）。");

    public static readonly MessageTemplate BadDuration = new(
        "FWU0114",
        "'{duration}' is not a duration: write a number and a unit, such as 30m, 24h or 7d.",
        "“{duration}”不是有效的时长：请写数字加单位，例如 30m、24h 或 7d。");

    public static readonly MessageTemplate NotATimeField = new(
        "FWU0115",
        "Field '{field}' of form '{form}' holds {kind}; a timer needs a Date or DateTime field.",
        "表单“{form}”的字段“{field}”类型是{kind}；计时规则需要日期或日期时间字段。");

    public static readonly MessageTemplate ConditionFailed = new(
        "FWU0015",
        "A rule condition threw while matching the fact '{fact}': {error}. The fact was not inserted; make the condition handle such values (for example null fields).",
        "匹配事实“{fact}”时规则条件抛出异常：{error}。该事实未被插入；请让条件能处理这类值（例如空字段）。");

    public static readonly MessageTemplate MatchItemKind = new(
        "FWU0116",
        "A match item needs exactly one of: form, not, exists, count, sum, having.",
        "match 中的每一项必须且只能包含以下之一：form、not、exists、count、sum、having。");

    public static readonly MessageTemplate AliasClash = new(
        "FWU0117",
        "'{name}' is both a field of form '{form}' and a name bound earlier in the rule; bind the earlier record or result under another name with \"as\".",
        "“{name}”既是表单“{form}”的字段，又是规则中先前绑定的名称；请用 \"as\" 为先前的记录或结果另取名称。");

    public static readonly MessageTemplate BadAlias = new(
        "FWU0118",
        "'{name}' cannot name a record or result here: use letters, digits and '_' (not starting with a digit), and a name not yet bound in the rule.",
        "“{name}”不能用作此处记录或结果的名称：请使用字母、数字和“_”（不能以数字开头），且不能与规则中已绑定的名称重复。");

    public static readonly MessageTemplate SumNotNumber = new(
        "FWU0119",
        "The value summed must be a number, but '{formula}' gives {kind}.",
        "求和的值必须是数字，但“{formula}”的结果是{kind}。");

    public static readonly MessageTemplate TableCsvDomain = new(
        "FWU0207",
        "'{header}' is not a valid input header for field '{field}': write the field name, optionally followed by its values {a|b|c} or, for a number, its range [min..max].",
        "“{header}”不是字段“{field}”的有效输入列表头：请写字段名，可在其后加上取值 {a|b|c}，数字字段也可加上区间 [min..max]。");
}
