using System;
using Formwork.Diagnostics;

namespace Formwork.Expressions;

/// <summary>
/// Limits and extensions of a <see cref="FormulaCompiler"/>. Set the properties, then hand the options to the compiler,
/// which validates them once (<see cref="Validate"/>).
/// </summary>
public sealed class FormulaOptions
{
    /// <summary>Gets or sets the maximum length of a formula in characters; a longer formula is refused with <c>FWE0002</c>.</summary>
    /// <value>The default value is <see cref="FormulaConstants.DefaultMaxLength"/> (4,096).</value>
    public int MaxLength { get; set; } = FormulaConstants.DefaultMaxLength;

    /// <summary>
    /// Gets or sets the maximum nesting depth (parentheses, function calls, prefix operators); a deeper formula is refused
    /// with <c>FWE0003</c> instead of risking the stack.
    /// </summary>
    /// <value>The default value is <see cref="FormulaConstants.DefaultMaxDepth"/> (64).</value>
    public int MaxDepth { get; set; } = FormulaConstants.DefaultMaxDepth;

    /// <summary>
    /// Gets or sets the IANA or Windows id of the time zone in which <c>TODAY()</c> and <c>NOW()</c> read the clock, unless
    /// the <see cref="FormulaContext"/> of an evaluation names its own.
    /// </summary>
    /// <value>The default value is <see cref="FormulaConstants.DefaultTimeZoneId"/> (<c>UTC</c>).</value>
    public string TimeZoneId { get; set; } = FormulaConstants.DefaultTimeZoneId;

    /// <summary>Gets the host's own functions, added next to the built-in ones.</summary>
    /// <value>The default value is an empty registry.</value>
    public FormulaFunctionRegistry Functions { get; } = new();

    /// <summary>Checks the options; the compiler calls this when it is created.</summary>
    /// <returns>The time zone named by <see cref="TimeZoneId"/>.</returns>
    /// <exception cref="FormworkException">A limit is out of range or the time zone is unknown (code <c>FWE0901</c>).</exception>
    public TimeZoneInfo Validate()
    {
        if (MaxLength < 1 || MaxLength > FormulaConstants.MaxLengthLimit)
        {
            throw Invalid(nameof(MaxLength), MaxLength, $"1..{FormulaConstants.MaxLengthLimit}");
        }

        if (MaxDepth < 1 || MaxDepth > FormulaConstants.MaxDepthLimit)
        {
            throw Invalid(nameof(MaxDepth), MaxDepth, $"1..{FormulaConstants.MaxDepthLimit}");
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId ?? string.Empty);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw Invalid(nameof(TimeZoneId), TimeZoneId, "a time zone id such as Asia/Shanghai");
        }
    }

    private static FormworkException Invalid(string option, object? value, string expected) =>
        new(Diagnostic.Error(Internal.ExpressionMessages.InvalidOption, "FormulaOptions." + option, null, ("option", option), ("value", value), ("expected", expected)));
}
