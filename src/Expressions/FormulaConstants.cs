namespace Formwork.Expressions;

/// <summary>The default limits of the formula language; <see cref="FormulaOptions"/> starts from these.</summary>
public static class FormulaConstants
{
    /// <summary>The default maximum length of a formula, in characters: 4,096.</summary>
    public const int DefaultMaxLength = 4096;

    /// <summary>The default maximum nesting depth of a formula (parentheses, function calls, prefix operators): 64, as in Excel.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest maximum length a host may configure: 1,000,000 characters.</summary>
    public const int MaxLengthLimit = 1_000_000;

    /// <summary>The largest maximum nesting depth a host may configure: 256 (deeper formulas would risk the stack).</summary>
    public const int MaxDepthLimit = 256;

    /// <summary>The default time zone id in which <c>TODAY()</c> and <c>NOW()</c> read the clock: <c>UTC</c>.</summary>
    public const string DefaultTimeZoneId = "UTC";
}
