using Formwork.Diagnostics;

namespace Formwork.Expressions.Internal;

/// <summary>Every message of the formula language, with its stable code (prefix FWE).</summary>
internal static class ExpressionMessages
{
    public static readonly MessageTemplate Empty = new("FWE0001", "The formula is empty.", "公式为空。");
    public static readonly MessageTemplate TooLong = new("FWE0002", "The formula is {length} characters long; at most {max} are allowed.", "公式长度为 {length} 个字符，最多允许 {max} 个。");
    public static readonly MessageTemplate TooDeep = new("FWE0003", "The formula is nested too deeply at {position}: at most {max} levels are allowed.", "公式在 {position} 处嵌套过深：最多允许 {max} 层。");
    public static readonly MessageTemplate UnexpectedCharacter = new("FWE0010", "Unexpected character '{character}' at {position}.", "{position} 处有意外的字符“{character}”。");
    public static readonly MessageTemplate UnterminatedText = new("FWE0011", "The text starting at {position} has no closing quote (\").", "从 {position} 开始的文本缺少结束引号（\"）。");
    public static readonly MessageTemplate UnterminatedName = new("FWE0012", "The name starting at {position} has no closing bracket (]).", "从 {position} 开始的名称缺少右方括号（]）。");
    public static readonly MessageTemplate InvalidNumber = new("FWE0013", "'{text}' at {position} is not a valid number.", "{position} 处的“{text}”不是有效的数字。");
    public static readonly MessageTemplate ExpectedExpression = new("FWE0020", "Expected a value at {position} but found {found}.", "{position} 处应为一个值，实际为{foundZh}。");
    public static readonly MessageTemplate ExpectedToken = new("FWE0021", "Expected '{expected}' at {position} but found {found}.", "{position} 处应为“{expected}”，实际为{foundZh}。");
    public static readonly MessageTemplate TrailingText = new("FWE0022", "Unexpected {found} at {position}: the formula should end here.", "{position} 处有多余的{foundZh}：公式应在此结束。");
    public static readonly MessageTemplate ExpectedName = new("FWE0023", "Expected a field name after '.' at {position} but found {found}.", "{position} 处的“.”之后应为字段名，实际为{foundZh}。");
    public static readonly MessageTemplate UnknownFunctionSuggestion = new("FWE0101", "Unknown function '{name}' at {position} — did you mean {suggestion}?", "{position} 处的函数“{name}”不存在——您是否想用 {suggestion}？");
    public static readonly MessageTemplate UnknownFunction = new("FWE0102", "Unknown function '{name}' at {position}.", "{position} 处的函数“{name}”不存在。");
    public static readonly MessageTemplate UnknownNameSuggestion = new("FWE0103", "Unknown field '{name}' at {position} — did you mean {suggestion}?", "{position} 处的字段“{name}”不存在——您是否想用 {suggestion}？");
    public static readonly MessageTemplate UnknownName = new("FWE0104", "Unknown field '{name}' at {position}.", "{position} 处的字段“{name}”不存在。");
    public static readonly MessageTemplate ArgumentCount = new("FWE0105", "{name} at {position} takes {expected} but was given {actual}.", "{position} 处的 {name} 需要 {expectedZh}，实际给了 {actual} 个。");
    public static readonly MessageTemplate TableAsValue = new("FWE0106", "'{name}' at {position} is a subform: use one of its columns in an aggregate, such as SUM({name}.{column}).", "{position} 处的“{name}”是子表单：请在聚合函数中使用它的某一列，例如 SUM({name}.{column})。");
    public static readonly MessageTemplate ColumnOutsideAggregate = new("FWE0107", "'{path}' at {position} is a subform column: use it inside an aggregate such as SUM, COUNTIF or TEXTJOIN.", "{position} 处的“{path}”是子表单的列：请在 SUM、COUNTIF、TEXTJOIN 等聚合函数中使用。");
    public static readonly MessageTemplate UnknownMember = new("FWE0108", "'{name}' has no field '{member}' (at {position}).", "“{name}”没有字段“{member}”（{position} 处）。");
    public static readonly MessageTemplate NotARecord = new("FWE0109", "'{name}' at {position} is a plain field, not a subform or related record, so '{path}' does not exist.", "{position} 处的“{name}”是普通字段，不是子表单或关联记录，因此“{path}”不存在。");
    public static readonly MessageTemplate RangeExpected = new("FWE0110", "Argument {index} of {name} at {position} must be a subform column such as lines.amount.", "{position} 处 {name} 的第 {index} 个参数必须是子表单的列，例如 lines.amount。");
    public static readonly MessageTemplate RangeMismatch = new("FWE0111", "The columns given to {name} at {position} must come from the same subform.", "{position} 处传给 {name} 的列必须来自同一个子表单。");
    public static readonly MessageTemplate PathTooLong = new("FWE0112", "'{path}' at {position} goes deeper than a subform column: write subform.column, record.field or record.relation.field.", "{position} 处的“{path}”层级过深：子表单只能写成 子表单.列；关联记录写成 记录.字段 或 记录.关联.字段。");
    public static readonly MessageTemplate InvalidOption = new("FWE0901", "The formula option {option} is {value}; expected {expected}.", "公式选项 {option} 的值为 {value}；应为 {expected}。");
}
