using System;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Forms;

/// <summary>Options of the form engine: size limits, the regex timeout and the formula options.</summary>
public sealed class FormsOptions
{
    /// <summary>Gets or sets the maximum number of fields of a form, subform columns included.</summary>
    /// <value>The default value is <see cref="FormsConstants.DefaultMaxFields"/>.</value>
    public int MaxFields { get; set; } = FormsConstants.DefaultMaxFields;

    /// <summary>Gets or sets the maximum number of rows of a subform in one submission.</summary>
    /// <value>The default value is <see cref="FormsConstants.DefaultMaxSubformRows"/>.</value>
    public int MaxSubformRows { get; set; } = FormsConstants.DefaultMaxSubformRows;

    /// <summary>Gets or sets the match timeout of pattern validators, so a designer's regex cannot hang the host.</summary>
    /// <value>The default value is <see cref="FormsConstants.DefaultRegexTimeoutMilliseconds"/> milliseconds.</value>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(FormsConstants.DefaultRegexTimeoutMilliseconds);

    /// <summary>Gets or sets the maximum number of data rows of an import file.</summary>
    /// <value>The default value is <see cref="FormsConstants.DefaultMaxImportRows"/>.</value>
    public int MaxImportRows { get; set; } = FormsConstants.DefaultMaxImportRows;

    /// <summary>Gets or sets the maximum length of a JSON definition in characters.</summary>
    /// <value>The default value is <see cref="FormsConstants.DefaultMaxDefinitionLength"/>.</value>
    public int MaxDefinitionLength { get; set; } = FormsConstants.DefaultMaxDefinitionLength;

    /// <summary>
    /// Gets or sets how audit entries store the values of sensitive fields (those a permission profile of the form
    /// masks): in clear, masked, or only as "changed".
    /// </summary>
    /// <value>The default value is <see cref="AuditValueMode.Clear"/>.</value>
    public AuditValueMode AuditSensitiveValues { get; set; } = AuditValueMode.Clear;

    /// <summary>Gets the options of the formulas of forms (length, depth, time zone for TODAY() and local date-times, host functions).</summary>
    public FormulaOptions Formulas { get; } = new();

    /// <summary>Checks the options and returns the time zone; throws a <see cref="FormworkException"/> when an option is out of range.</summary>
    /// <returns>The time zone of <see cref="Formulas"/>.</returns>
    public TimeZoneInfo Validate()
    {
        Check(MaxFields >= 1, nameof(MaxFields), MaxFields, "at least 1", "至少为 1");
        Check(MaxSubformRows >= 1, nameof(MaxSubformRows), MaxSubformRows, "at least 1", "至少为 1");
        Check(RegexTimeout > TimeSpan.Zero && RegexTimeout <= TimeSpan.FromSeconds(10), nameof(RegexTimeout), RegexTimeout, "between 0 and 10 seconds", "介于 0 到 10 秒之间");
        Check(MaxImportRows >= 1, nameof(MaxImportRows), MaxImportRows, "at least 1", "至少为 1");
        Check(MaxDefinitionLength >= 2, nameof(MaxDefinitionLength), MaxDefinitionLength, "at least 2", "至少为 2");
        return Formulas.Validate();
    }

    private static void Check(bool ok, string option, object value, string expected, string expectedChinese)
    {
        if (!ok)
        {
            throw new FormworkException(Diagnostic.Error(FormMessages.InvalidValue, "FormsOptions." + option, null, ("property", option), ("value", value), ("expected", expected), ("expectedZh", expectedChinese)));
        }
    }
}
