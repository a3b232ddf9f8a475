namespace Formwork.Rules;

/// <summary>One condition of a rule firing's explanation: its text, its value and the values it compared.</summary>
public sealed class ConditionResult
{
    internal ConditionResult(string condition, bool value, string? detail)
    {
        Condition = condition;
        Value = value;
        Detail = detail;
    }

    /// <summary>Gets the condition as written, such as <c>lead.Amount &gt; 100000</c>.</summary>
    public string Condition { get; }

    /// <summary>Gets the value of the condition for the matched facts.</summary>
    public bool Value { get; }

    /// <summary>Gets the values the condition compared, such as <c>lead.Amount = 150000</c>, when it is a comparison.</summary>
    public string? Detail { get; }

    /// <summary>Returns <c>condition: value (detail)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Condition + ": " + (Value ? "true" : "false") + (Detail is null ? string.Empty : " (" + Detail + ")");
}
