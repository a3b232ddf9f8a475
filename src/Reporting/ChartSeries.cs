using System.Collections.Generic;

namespace Formwork.Reporting;

/// <summary>One named series of chart values, aligned with <see cref="ChartData.Categories"/>; <see langword="null"/> where a cell is blank.</summary>
/// <param name="Name">The series name (a column key, or the measure caption).</param>
/// <param name="Values">The values, one per category.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);
