namespace Formwork.Forms;

/// <summary>
/// How the audit trail stores the values of sensitive fields: the fields a permission profile of the form masks
/// (<see cref="FieldAccess.Masked"/> in any profile, subform columns included). See <see cref="FormsOptions.AuditSensitiveValues"/>.
/// </summary>
public enum AuditValueMode
{
    /// <summary>Store the values as they are; masking applies only when a profile views them.</summary>
    Clear,

    /// <summary>Store the values masked with <see cref="FieldMasking"/> (<c>138****1234</c>), so the trail never holds them in clear.</summary>
    Masked,

    /// <summary>Store only that the field changed: the change names the field, with both values blank.</summary>
    ChangedOnly,
}
