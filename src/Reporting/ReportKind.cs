namespace Formwork.Reporting;

/// <summary>The shape of a report.</summary>
public enum ReportKind
{
    /// <summary>A pivot table (row dimensions × column dimensions × measures); a plain table when there are no column dimensions.</summary>
    Pivot,

    /// <summary>A funnel: ordered stages with counts, step conversion and overall conversion.</summary>
    Funnel,
}
