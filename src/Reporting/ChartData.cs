using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>Chart-ready data of a measure: categories (the detail rows) and one series per detail column.</summary>
/// <param name="MeasureId">The measure charted.</param>
/// <param name="Categories">The category labels.</param>
/// <param name="Series">The series.</param>
public sealed record ChartData(string MeasureId, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);
