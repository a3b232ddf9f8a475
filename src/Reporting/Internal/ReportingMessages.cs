using Formwork.Diagnostics;

namespace Formwork.Reporting.Internal;

/// <summary>Every message of the report engine (code prefix FWR), in English and Simplified Chinese.</summary>
internal static class ReportingMessages
{
    public static readonly MessageTemplate InvalidJson = new("FWR0001",
        "The report definition is not valid JSON: {error}",
        "报表定义不是有效的 JSON：{error}");

    public static readonly MessageTemplate UnknownProperty = new("FWR0002",
        "Unknown property '{name}'.",
        "未知属性“{name}”。");

    public static readonly MessageTemplate WrongType = new("FWR0003",
        "'{name}' must be {expected}.",
        "“{name}”必须是{expected}。");

    public static readonly MessageTemplate Required = new("FWR0004",
        "'{name}' is required.",
        "缺少必填项“{name}”。");

    public static readonly MessageTemplate InvalidChoice = new("FWR0005",
        "'{value}' is not a valid {name}; expected one of: {allowed}.",
        "“{value}”不是有效的{name}；应为以下之一：{allowed}。");

    public static readonly MessageTemplate UnknownColumn = new("FWR0101",
        "The dataset '{dataset}' has no column '{column}'.",
        "数据集“{dataset}”中没有列“{column}”。");

    public static readonly MessageTemplate MeasureNotApplicable = new("FWR0102",
        "The measure '{measure}' ({aggregate}) cannot apply to the column '{column}' of type {kind}.",
        "度量“{measure}”（{aggregate}）不能用于类型为 {kind} 的列“{column}”。");

    public static readonly MessageTemplate GrainNotDate = new("FWR0103",
        "A date grain applies only to a date or date-time column; '{column}' is of type {kind}.",
        "日期粒度只能用于日期或日期时间列；列“{column}”的类型为 {kind}。");

    public static readonly MessageTemplate BandsNotNumber = new("FWR0104",
        "Number bands apply only to a number column; '{column}' is of type {kind}.",
        "数值分段只能用于数字列；列“{column}”的类型为 {kind}。");

    public static readonly MessageTemplate BadLevel = new("FWR0105",
        "The column '{column}' has no cascade level {level}.",
        "列“{column}”没有第 {level} 级。");

    public static readonly MessageTemplate DuplicateMeasure = new("FWR0106",
        "The measure id '{measure}' is used twice.",
        "度量 ID“{measure}”重复。");

    public static readonly MessageTemplate UnknownMeasure = new("FWR0107",
        "The report has no measure '{measure}'.",
        "报表中没有度量“{measure}”。");

    public static readonly MessageTemplate BadPercentile = new("FWR0108",
        "The percentile of '{measure}' must be between 0 and 1.",
        "度量“{measure}”的百分位必须在 0 到 1 之间。");

    public static readonly MessageTemplate BandsNotAscending = new("FWR0110",
        "The band boundaries must be strictly ascending.",
        "分段边界必须严格递增。");

    public static readonly MessageTemplate PeriodNeedsDateDimension = new("FWR0111",
        "The measure '{measure}' compares periods, but the report has no row dimension with a date grain.",
        "度量“{measure}”需要环比，但报表没有带日期粒度的行维度。");

    public static readonly MessageTemplate BadTop = new("FWR0112",
        "Top N needs a count of at least 1 and a plain row dimension (no grain, bands or level) at index {dimension}.",
        "前 N 名需要至少为 1 的数量，以及第 {dimension} 个行维度为普通维度（无粒度、分段或层级）。");

    public static readonly MessageTemplate FunnelRequired = new("FWR0113",
        "A funnel report needs a funnel with a column and at least one stage.",
        "漏斗报表需要指定漏斗列和至少一个阶段。");

    public static readonly MessageTemplate UnknownTimeZone = new("FWR0114",
        "The time zone '{zone}' is not known on this machine.",
        "本机不认识时区“{zone}”。");

    public static readonly MessageTemplate FilterValueCount = new("FWR0115",
        "The operator {operator} needs {count} value(s).",
        "运算符 {operator} 需要 {count} 个值。");

    public static readonly MessageTemplate MeasureNeedsColumn = new("FWR0116",
        "The measure '{measure}' ({aggregate}) needs a column.",
        "度量“{measure}”（{aggregate}）需要指定列。");

    public static readonly MessageTemplate NoMeasures = new("FWR0117",
        "A pivot report needs at least one measure.",
        "透视报表至少需要一个度量。");

    public static readonly MessageTemplate DimensionNeedsColumn = new("FWR0118",
        "A dimension needs a column or a formula.",
        "维度需要指定列或公式。");

    public static readonly MessageTemplate DimensionConflict = new("FWR0119",
        "A dimension may have only one of grain, bands and level.",
        "维度的粒度、分段和层级只能指定其中一项。");

    public static readonly MessageTemplate FilterTarget = new("FWR0120",
        "A filter needs exactly one of column, measure and formula.",
        "筛选条件必须且只能指定列、度量或公式中的一项。");

    public static readonly MessageTemplate HourOnDate = new("FWR0121",
        "The hour grain needs a date-time column; '{column}' holds dates.",
        "小时粒度需要日期时间列；列“{column}”是日期。");

    public static readonly MessageTemplate EmptyId = new("FWR0122",
        "The report id must not be empty.",
        "报表 ID 不能为空。");

    public static readonly MessageTemplate FormulaInvalid = new("FWR0123",
        "The formula '{formula}' is not valid: {code} {message}",
        "公式“{formula}”无效：{code} {messageChinese}");

    public static readonly MessageTemplate FormulaNotBoolean = new("FWR0124",
        "The filter formula '{formula}' must give TRUE or FALSE; it gives a {kind}.",
        "筛选公式“{formula}”的结果必须是 TRUE 或 FALSE，实际为 {kind}。");

    public static readonly MessageTemplate MeasureCycle = new("FWR0125",
        "The calculated measure '{measure}' depends on itself: {cycle}.",
        "计算度量“{measure}”依赖自身：{cycle}。");

    public static readonly MessageTemplate HiddenColumn = new("FWR0127",
        "The column '{column}' is hidden from you (permission profile '{profile}'); a report cannot use it.",
        "字段“{column}”对您隐藏（权限方案“{profile}”），报表不能使用该字段。");

    public static readonly MessageTemplate MaskedColumn = new("FWR0128",
        "The column '{column}' is masked for you (permission profile '{profile}'): it can only be grouped, counted or filtered by its masked text, not used for {use}.",
        "字段“{column}”对您脱敏显示（权限方案“{profile}”）：只能按脱敏后的文本分组、计数或筛选，不能用于{use}。");

    public static readonly MessageTemplate TooManyGroups = new("FWR0129",
        "The report has more than {limit} groups; narrow it with filters, a coarser grain or bands, or raise the group limit.",
        "报表分组数超过 {limit} 个；请用筛选条件、更粗的时间粒度或分段缩小范围，或调高分组上限。");

    public static readonly MessageTemplate BadScale = new("FWR0130",
        "The scale of the measure '{measure}' must be a number of decimal places from 0 to 28; it is {scale}.",
        "度量“{measure}”的小数位数必须在 0 到 28 之间，实际为 {scale}。");

    public static readonly MessageTemplate KeySpaceTooLarge = new("FWR0131",
        "The report's {dimensions} dimensions have too many combinations of keys to aggregate together; use fewer dimensions or coarser ones (a grain, bands or a level).",
        "报表的 {dimensions} 个维度的键组合过多，无法一起汇总；请减少维度或使用更粗的维度（时间粒度、分段或层级）。");

    public static readonly MessageTemplate PeriodColumn = new("FWR0132",
        "A period filter needs a date or date-time column; '{column}' is {kind}.",
        "相对期间筛选需要日期或日期时间列；“{column}”的类型为 {kind}。");

    public static readonly MessageTemplate PeriodDays = new("FWR0133",
        "The period 'lastDays' needs 'days', a whole number of 1 or more; it is {days}.",
        "期间“lastDays”需要“days”，且为不小于 1 的整数；实际为 {days}。");

    public static readonly MessageTemplate PeriodDaysUnused = new("FWR0134",
        "'days' only applies to the period 'lastDays'; this filter's period is '{period}'.",
        "“days”仅适用于期间“lastDays”；此筛选的期间为“{period}”。");

    public static readonly MessageTemplate NoFinerLevel = new("FWR0201",
        "The cell cannot be drilled further: the dimension '{column}' has no finer grain or level.",
        "无法继续下钻：维度“{column}”没有更细的粒度或层级。");

    public static readonly MessageTemplate CellNotInReport = new("FWR0202",
        "The cell does not belong to this report's result.",
        "该单元格不属于此报表结果。");

    public static readonly MessageTemplate WidgetDuplicate = new("FWR0301",
        "The widget id '{widget}' is used twice.",
        "组件 ID“{widget}”重复。");
}
