namespace Formwork.Forms;

/// <summary>Where a field's default value comes from.</summary>
public enum DefaultSource
{
    /// <summary>A constant value.</summary>
    Value,

    /// <summary>A formula such as <c>TODAY()</c>, evaluated against the submission.</summary>
    Formula,

    /// <summary>The submitting actor's user id.</summary>
    CurrentUser,

    /// <summary>The submitting actor's main department.</summary>
    CurrentDepartment,
}
