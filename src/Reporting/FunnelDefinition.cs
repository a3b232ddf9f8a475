using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>A funnel over a stage column: the stages in order, counted cumulatively (a record at a later stage passed the earlier ones) or exactly.</summary>
public sealed record FunnelDefinition
{
    /// <summary>Gets the column holding each record's stage.</summary>
    public required string Column { get; init; }

    /// <summary>Gets the stages in order (values of the column).</summary>
    public required IReadOnlyList<Value> Stages { get; init; }

    /// <summary>Gets a value indicating whether a record counts for its stage and every earlier one (the default), or only for its own stage.</summary>
    public bool Cumulative { get; init; } = true;
}
