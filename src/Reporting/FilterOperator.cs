namespace Formwork.Reporting;

/// <summary>How a filter compares a column with its values.</summary>
public enum FilterOperator
{
    /// <summary>Equal to the single value.</summary>
    Equal,

    /// <summary>Not equal to the single value.</summary>
    NotEqual,

    /// <summary>Equal to one of the values.</summary>
    In,

    /// <summary>Equal to none of the values.</summary>
    NotIn,

    /// <summary>Greater than the single value.</summary>
    GreaterThan,

    /// <summary>Greater than or equal to the single value.</summary>
    GreaterThanOrEqual,

    /// <summary>Less than the single value.</summary>
    LessThan,

    /// <summary>Less than or equal to the single value.</summary>
    LessThanOrEqual,

    /// <summary>In the half-open range [first value, second value).</summary>
    Range,

    /// <summary>Blank.</summary>
    IsBlank,

    /// <summary>Not blank.</summary>
    IsNotBlank,

    /// <summary>
    /// In the <see cref="FilterDefinition.Period"/> relative to the run's clock in the report's time zone (a date or
    /// date-time column; no values).
    /// </summary>
    Period,
}
