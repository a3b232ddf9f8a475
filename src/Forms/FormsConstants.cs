namespace Formwork.Forms;

/// <summary>The defaults and limits of <see cref="FormsOptions"/>.</summary>
public static class FormsConstants
{
    /// <summary>The default maximum number of fields of a form, subform columns included.</summary>
    public const int DefaultMaxFields = 500;

    /// <summary>The default maximum number of rows of a subform in one submission.</summary>
    public const int DefaultMaxSubformRows = 1_000;

    /// <summary>The default match timeout of a designer's regular expression, in milliseconds.</summary>
    public const int DefaultRegexTimeoutMilliseconds = 100;

    /// <summary>The default maximum number of data rows of an import file.</summary>
    public const int DefaultMaxImportRows = 1_000_000;

    /// <summary>The default maximum size of a definition in characters.</summary>
    public const int DefaultMaxDefinitionLength = 4_000_000;

    /// <summary>The outbox message type of a created record.</summary>
    public const string RecordCreatedEvent = "forms.record.created";

    /// <summary>The outbox message type of an updated record.</summary>
    public const string RecordUpdatedEvent = "forms.record.updated";

    /// <summary>The audit subject type of form records.</summary>
    public const string AuditSubjectType = "form-record";
}
