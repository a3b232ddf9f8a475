using Formwork.Diagnostics;

namespace Formwork.Forms;

/// <summary>
/// Every message of the form engine (English and Simplified Chinese) with its stable code. Codes FWF00xx are
/// definition (load) errors, FWF1xxx submission errors, FWF2xxx import errors. Hosts override the wording per
/// code through <c>ConfigureMessages</c>.
/// </summary>
public static class FormMessages
{
    /// <summary>The definition is not valid JSON.</summary>
    public static readonly MessageTemplate InvalidJson = new("FWF0001", "The definition is not valid JSON: {error}", "定义不是有效的 JSON：{error}");

    /// <summary>A property the format does not know.</summary>
    public static readonly MessageTemplate UnknownProperty = new("FWF0002", "Unknown property '{property}'; expected one of {expected}.", "未知属性“{property}”；应为以下之一：{expected}。");

    /// <summary>A property of the wrong JSON type.</summary>
    public static readonly MessageTemplate WrongJsonType = new("FWF0003", "'{property}' must be {expected}, not {actual}.", "“{property}”必须是{expectedZh}，而不是 {actual}。");

    /// <summary>A required property is missing.</summary>
    public static readonly MessageTemplate MissingProperty = new("FWF0004", "The property '{property}' is required.", "缺少必需的属性“{property}”。");

    /// <summary>Two fields share a name.</summary>
    public static readonly MessageTemplate DuplicateField = new("FWF0005", "The field name '{name}' is used more than once (first at {other}).", "字段名“{name}”重复（首次出现在 {other}）。");

    /// <summary>An unknown field type.</summary>
    public static readonly MessageTemplate UnknownFieldType = new("FWF0006", "'{type}' is not a field type; expected one of {expected}.", "“{type}”不是字段类型；应为以下之一：{expected}。");

    /// <summary>A field name that formulas could not address.</summary>
    public static readonly MessageTemplate InvalidFieldName = new("FWF0007", "'{name}' is not a valid field name: use letters (any script), digits and '_', not starting with a digit.", "“{name}”不是有效的字段名：只能使用字母（任意文字）、数字和“_”，且不能以数字开头。");

    /// <summary>A setting that does not apply to the field's type.</summary>
    public static readonly MessageTemplate SettingNotAllowed = new("FWF0008", "The setting '{setting}' does not apply to {type} fields.", "设置“{setting}”不适用于 {type} 类型的字段。");

    /// <summary>A property with a value out of its range.</summary>
    public static readonly MessageTemplate InvalidValue = new("FWF0009", "'{property}' is {value}; expected {expected}.", "“{property}”的值为 {value}；应为{expectedZh}。");

    /// <summary>A formula that does not compile.</summary>
    public static readonly MessageTemplate InvalidFormula = new("FWF0010", "The formula '{formula}' is invalid: {error}", "公式“{formula}”无效：{errorZh}");

    /// <summary>Computed values that depend on each other in a cycle.</summary>
    public static readonly MessageTemplate Cycle = new("FWF0011", "Computed fields depend on each other in a cycle: {cycle}.", "计算字段之间存在循环依赖：{cycle}。");

    /// <summary>A reference to a field that does not exist.</summary>
    public static readonly MessageTemplate UnknownFieldReference = new("FWF0012", "'{name}' is not a field of this form.", "“{name}”不是此表单的字段。");

    /// <summary>Two permission profiles or rules share a name.</summary>
    public static readonly MessageTemplate DuplicateName = new("FWF0013", "The name '{name}' is used by more than one {what}.", "名称“{name}”被多个{whatZh}使用。");

    /// <summary>A pattern that is not a valid regular expression.</summary>
    public static readonly MessageTemplate InvalidPattern = new("FWF0014", "The pattern '{pattern}' is not a valid regular expression: {error}", "正则表达式“{pattern}”无效：{error}");

    /// <summary>A serial number pattern without a counter.</summary>
    public static readonly MessageTemplate InvalidSerialPattern = new("FWF0015", "The serial number pattern '{pattern}' is invalid: it needs exactly one counter such as {0000} and only date parts such as {yyyyMMdd}.", "流水号格式“{pattern}”无效：需要且只能有一个计数器（如 {0000}），其余占位符只能是日期（如 {yyyyMMdd}）。");

    /// <summary>A definition over a size limit.</summary>
    public static readonly MessageTemplate TooManyFields = new("FWF0016", "The form has {count} fields; at most {max} are allowed.", "表单有 {count} 个字段，最多允许 {max} 个。");

    /// <summary>An unknown definition kind.</summary>
    public static readonly MessageTemplate UnknownKind = new("FWF0017", "Unknown definition kind '{kind}'; expected one of {expected}.", "未知的定义类型“{kind}”；应为以下之一：{expected}。");

    /// <summary>A subform without child fields.</summary>
    public static readonly MessageTemplate SubformWithoutFields = new("FWF0018", "The subform '{name}' needs at least one field.", "子表单“{name}”至少需要一个字段。");

    /// <summary>Child fields where they are not allowed.</summary>
    public static readonly MessageTemplate ChildFieldsNotAllowed = new("FWF0019", "Only subform fields have child fields; '{name}' is a {type} field (subforms cannot be nested).", "只有子表单字段可以包含子字段；“{name}”是 {type} 类型的字段（子表单不能嵌套）。");

    /// <summary>Two options share a value.</summary>
    public static readonly MessageTemplate DuplicateOption = new("FWF0020", "The option value '{value}' is used more than once.", "选项值“{value}”重复。");

    /// <summary>A lookup source that does not name a relation field.</summary>
    public static readonly MessageTemplate InvalidLookupSource = new("FWF0021", "The lookup source '{source}' must be relationField.field, where relationField is a single relation field of this form.", "查找来源“{source}”必须写成 关联字段.字段，且关联字段是此表单的单选关联字段。");

    /// <summary>A setting that the field type needs.</summary>
    public static readonly MessageTemplate MissingSetting = new("FWF0022", "{type} fields need the setting '{setting}'.", "{type} 类型的字段需要设置“{setting}”。");

    /// <summary>A role listed by two permission profiles.</summary>
    public static readonly MessageTemplate RoleInTwoProfiles = new("FWF0023", "The role '{role}' is listed by the profiles '{other}' and '{profile}'; a role may get one profile only.", "角色“{role}”同时列在权限配置“{other}”和“{profile}”中；一个角色只能对应一个权限配置。");

    /// <summary>An empty role name in a profile.</summary>
    public static readonly MessageTemplate InvalidRole = new("FWF0024", "The permission profile '{profile}' lists an empty role name.", "权限配置“{profile}”中有空的角色名。");

    /// <summary>A default profile that the form does not define.</summary>
    public static readonly MessageTemplate UnknownDefaultProfile = new("FWF0025", "The default profile '{profile}' is not one of the form's permission profiles.", "默认权限配置“{profile}”不是此表单的权限配置。");

    /// <summary>A computed subform column that reads a computed field of the parent form.</summary>
    public static readonly MessageTemplate RowFormulaReadsComputed = new("FWF0026", "The column '{column}' reads the computed field '{field}' of the form; computed columns may read the form's input fields only (rows are computed first).", "列“{column}”读取了表单的计算字段“{field}”；计算列只能读取表单的输入字段（明细行先于表单计算）。");

    /// <summary>A value is required.</summary>
    public static readonly MessageTemplate Required = new("FWF1001", "{label} is required.", "{label}为必填项。");

    /// <summary>Text shorter than allowed.</summary>
    public static readonly MessageTemplate TooShort = new("FWF1002", "{label} must be at least {min} characters long.", "{label}至少需要 {min} 个字符。");

    /// <summary>Text longer than allowed.</summary>
    public static readonly MessageTemplate TooLong = new("FWF1003", "{label} must be at most {max} characters long.", "{label}最多允许 {max} 个字符。");

    /// <summary>A number below the minimum.</summary>
    public static readonly MessageTemplate TooSmall = new("FWF1004", "{label} must be at least {min}.", "{label}不能小于 {min}。");

    /// <summary>A number above the maximum.</summary>
    public static readonly MessageTemplate TooLarge = new("FWF1005", "{label} must be at most {max}.", "{label}不能大于 {max}。");

    /// <summary>A value that is not one of the options.</summary>
    public static readonly MessageTemplate NotAnOption = new("FWF1006", "'{value}' is not an option of {label}.", "“{value}”不是{label}的可选项。");

    /// <summary>A disabled option.</summary>
    public static readonly MessageTemplate OptionDisabled = new("FWF1007", "The option '{value}' of {label} is no longer available.", "{label}的选项“{value}”已停用。");

    /// <summary>Text that does not match the field's pattern.</summary>
    public static readonly MessageTemplate PatternMismatch = new("FWF1008", "{label} is not in the required format.", "{label}格式不正确。");

    /// <summary>A pattern that took too long.</summary>
    public static readonly MessageTemplate PatternTimeout = new("FWF1009", "{label} could not be checked against its pattern within {timeout} ms.", "{label}的格式校验超过 {timeout} 毫秒，未能完成。");

    /// <summary>An invalid email address.</summary>
    public static readonly MessageTemplate InvalidEmail = new("FWF1010", "{label} is not a valid email address.", "{label}不是有效的电子邮箱地址。");

    /// <summary>An invalid mainland China mobile number.</summary>
    public static readonly MessageTemplate InvalidMobile = new("FWF1011", "{label} is not a valid mobile number.", "{label}不是有效的手机号码。");

    /// <summary>An invalid phone number.</summary>
    public static readonly MessageTemplate InvalidPhone = new("FWF1012", "{label} is not a valid phone number.", "{label}不是有效的电话号码。");

    /// <summary>An invalid resident ID number (GB 11643).</summary>
    public static readonly MessageTemplate InvalidIdNumber = new("FWF1013", "{label} is not a valid ID number.", "{label}不是有效的身份证号码。");

    /// <summary>An invalid unified social credit code (GB 32100).</summary>
    public static readonly MessageTemplate InvalidCreditCode = new("FWF1014", "{label} is not a valid unified social credit code.", "{label}不是有效的统一社会信用代码。");

    /// <summary>An invalid URL.</summary>
    public static readonly MessageTemplate InvalidUrl = new("FWF1015", "{label} is not a valid http(s) URL.", "{label}不是有效的 http(s) 网址。");

    /// <summary>An invalid bank card number (Luhn).</summary>
    public static readonly MessageTemplate InvalidBankCard = new("FWF1016", "{label} is not a valid bank card number.", "{label}不是有效的银行卡号。");

    /// <summary>A value that cannot be converted to the field's type.</summary>
    public static readonly MessageTemplate WrongValueType = new("FWF1020", "{label}: '{value}' is not a valid {expected}.", "{label}：“{value}”不是有效的{expectedZh}。");

    /// <summary>Fewer subform rows than allowed.</summary>
    public static readonly MessageTemplate TooFewRows = new("FWF1021", "{label} needs at least {min} rows.", "{label}至少需要 {min} 行。");

    /// <summary>More subform rows than allowed.</summary>
    public static readonly MessageTemplate TooManyRows = new("FWF1022", "{label} allows at most {max} rows.", "{label}最多允许 {max} 行。");

    /// <summary>More files than allowed.</summary>
    public static readonly MessageTemplate TooManyFiles = new("FWF1023", "{label} allows at most {max} files.", "{label}最多允许 {max} 个文件。");

    /// <summary>A file over the size limit.</summary>
    public static readonly MessageTemplate FileTooLarge = new("FWF1024", "The file '{file}' in {label} is {size} bytes; at most {max} are allowed.", "{label}中的文件“{file}”大小为 {size} 字节，最多允许 {max} 字节。");

    /// <summary>A file of a content type that is not allowed.</summary>
    public static readonly MessageTemplate FileTypeNotAllowed = new("FWF1025", "The file '{file}' in {label} is {contentType}; allowed: {allowed}.", "{label}中的文件“{file}”类型为 {contentType}；允许的类型：{allowed}。");

    /// <summary>A value already used by another record.</summary>
    public static readonly MessageTemplate NotUnique = new("FWF1026", "{label} '{value}' is already used by another record.", "{label}“{value}”已被其他记录使用。");

    /// <summary>A cross-field rule that failed; the rule supplies the message.</summary>
    public static readonly MessageTemplate RuleFailed = new("FWF1027", "{message}", "{messageZh}");

    /// <summary>Data for a field the form does not have.</summary>
    public static readonly MessageTemplate UnknownField = new("FWF1028", "'{field}' is not a field of the form '{form}'.", "“{field}”不是表单“{form}”的字段。");

    /// <summary>A write to a field the actor may not edit.</summary>
    public static readonly MessageTemplate NotEditable = new("FWF1029", "You may not change {label}.", "您无权修改{label}。");

    /// <summary>More decimal places than the field keeps.</summary>
    public static readonly MessageTemplate TooManyDecimals = new("FWF1031", "{label} allows at most {scale} decimal places.", "{label}最多允许 {scale} 位小数。");

    /// <summary>A stale expected version.</summary>
    public static readonly MessageTemplate StaleRecord = new("FWF1034", "The record '{id}' was changed by someone else (you had version {expected}, it is now {actual}); reload it and try again.", "记录“{id}”已被他人修改（您的版本为 {expected}，当前为 {actual}）；请重新加载后再试。");

    /// <summary>An update of a record that does not exist.</summary>
    public static readonly MessageTemplate RecordNotFound = new("FWF1035", "The record '{id}' of the form '{form}' does not exist.", "表单“{form}”中不存在记录“{id}”。");

    /// <summary>A record of another form version than the one submitted against.</summary>
    public static readonly MessageTemplate ComputeFailed = new("FWF1036", "{label} could not be computed: the formula gives {error}.", "{label}无法计算：公式结果为 {error}。");

    /// <summary>A related record that does not exist.</summary>
    public static readonly MessageTemplate RelatedRecordNotFound = new("FWF1040", "{label} refers to the record '{id}' of '{form}', which does not exist.", "{label}引用的记录“{id}”（表单“{form}”）不存在。");

    /// <summary>A permission profile that the form does not define.</summary>
    public static readonly MessageTemplate UnknownProfile = new("FWF1041", "The form '{form}' has no permission profile '{profile}'.", "表单“{form}”没有名为“{profile}”的权限配置。");

    /// <summary>An update of a record outside the records the actor's profile reaches.</summary>
    public static readonly MessageTemplate RecordOutOfScope = new("FWF1042", "You may not change the record '{id}' of the form '{form}': it is outside the records the profile '{profile}' reaches.", "您无权修改表单“{form}”的记录“{id}”：它不在权限配置“{profile}”可访问的数据范围内。");

    /// <summary>A viewer's query that filters or sorts by a field their profile hides or masks.</summary>
    public static readonly MessageTemplate QueryReadsUnseenField = new("FWF1043", "The query reads '{field}' of the form '{form}', which the profile '{profile}' hides or masks; filter and sort by fields the viewer may see.", "查询读取了表单“{form}”的“{field}”，权限配置“{profile}”隐藏或脱敏了该字段；请只按查看者可见的字段筛选和排序。");

    /// <summary>An import column that matches no field.</summary>
    public static readonly MessageTemplate UnknownColumn = new("FWF2001", "The column '{column}' matches no field and is ignored.", "列“{column}”没有对应的字段，已忽略。");

    /// <summary>A key field missing from the import file.</summary>
    public static readonly MessageTemplate MissingKeyColumn = new("FWF2002", "The key field '{field}' has no column in the file.", "文件中没有键字段“{field}”对应的列。");

    /// <summary>An unreadable import file.</summary>
    public static readonly MessageTemplate UnreadableFile = new("FWF2003", "The file could not be read: {error}", "无法读取文件：{error}");

    /// <summary>Two columns for one field.</summary>
    public static readonly MessageTemplate DuplicateColumn = new("FWF2004", "The columns '{first}' and '{second}' both match the field '{field}'.", "列“{first}”和“{second}”都对应字段“{field}”。");

    /// <summary>An import row over the row limit.</summary>
    public static readonly MessageTemplate TooManyImportRows = new("FWF2005", "The file has more than {max} rows.", "文件超过 {max} 行。");

    /// <summary>Two rows of one import with the same key.</summary>
    public static readonly MessageTemplate DuplicateImportKey = new("FWF2006", "Row {row} has the same key as row {other}.", "第 {row} 行与第 {other} 行的键相同。");

    /// <summary>A subform cell column whose row index is beyond the subform's row limit.</summary>
    public static readonly MessageTemplate ImportRowIndexTooLarge = new("FWF2007", "The column '{column}' addresses a subform row beyond the limit of {max} rows.", "列“{column}”指向的明细行超出了 {max} 行的上限。");

    /// <summary>A subform given both as indexed cell columns and as flat (one row per line) columns.</summary>
    public static readonly MessageTemplate MixedSubformColumns = new("FWF2008", "The column '{column}' gives the subform '{subform}' one line per file row, but other columns address its rows by index; use one style per subform.", "列“{column}”按每行一条明细填写子表“{subform}”，但其他列按行号指定子表行；同一子表请只用一种方式。");

    /// <summary>A continuation row (blank parent cells) with no record above it.</summary>
    public static readonly MessageTemplate ContinuationWithoutRecord = new("FWF2009", "Row {row} adds a subform line, but no record starts above it (its record cells are blank).", "第 {row} 行是明细行，但上方没有开始任何记录（记录列为空）。");

    /// <summary>Rows of one record whose record cells disagree.</summary>
    public static readonly MessageTemplate ParentCellsDisagree = new("FWF2010", "Row {row} continues the record that starts on row {start}, but its column '{column}' is '{value}' where the record has '{first}'; repeat the value or leave the cell blank.", "第 {row} 行延续第 {start} 行开始的记录，但其列“{column}”为“{value}”，而该记录为“{first}”；请填写相同的值或留空。");
}
