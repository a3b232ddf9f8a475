using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Reporting.Tests;

public class DerivedDimensionTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static ReportDefinition BySize() => ReportDefinitionReader.Read(
        """{"id":"r","rows":[{"formula":"IF(amount >= 300, \"big\", \"small\")","label":"Size"},"channel"],"measures":[{"id":"n","aggregate":"count"},{"id":"s","aggregate":"sum","column":"amount"},{"id":"avg","formula":"s / n"}],"subtotals":true}""",
        SalesData.Dataset);

    [Fact]
    public void Run_FormulaDimension_GroupsByTheFormulaResultAtEveryLevel()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        string Size(decimal? amount) => amount >= 300m ? "big" : "small";
        Assert.Equal("Size", result.Rows.Count > 0 ? result.Definition.Rows[0].Label : null);
        foreach (var size in new[] { "big", "small" })
        {
            var row = result.FindRow(size)!;
            var matching = SalesData.Raw.Where(r => Size(r.Amount) == size).ToArray();
            Assert.Equal(matching.Length, SalesData.Number(result.GetCell(row, "n")));
            Assert.Equal(matching.Sum(r => r.Amount ?? 0m), SalesData.Number(result.GetCell(row, "s")));
            Assert.Equal(matching.Sum(r => r.Amount ?? 0m) / matching.Length, SalesData.Number(result.GetCell(row, "avg")));
            foreach (var channel in matching.Select(r => r.Channel).Distinct())
            {
                var detail = result.FindRow(size, channel)!;
                Assert.Equal(matching.Count(r => r.Channel == channel), SalesData.Number(result.GetCell(detail, "n")));
            }
        }
    }

    [Fact]
    public void DrillToRecords_FormulaDimensionCell_ReturnsTheRecordsWithThatResult()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        var page = Engine.DrillToRecords(result, result.FindRow("big")!);

        Assert.Equal(SalesData.Raw.Count(r => r.Amount >= 300m), page.TotalCount);
        Assert.All(page.Records, r => Assert.True(r["amount"].AsNumber() >= 300m));
    }

    [Fact]
    public void DrillDown_FormulaDimension_HasNothingFiner()
    {
        var result = Engine.Run(BySize(), SalesData.Rows());

        var error = Assert.Throws<FormworkException>(() => Engine.DrillDown(result, result.FindRow("big")!));

        Assert.Equal("FWR0201", error.Code);
    }

    [Theory]
    [InlineData("""{"id":"r","rows":[{"formula":"amout * 2"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0123 $.rows[0].formula The formula 'amout * 2' is not valid: FWE0103 Unknown field 'amout' at 1:1 — did you mean amount?")]
    [InlineData("""{"id":"r","columns":[{"formula":"region","grain":"month"}],"measures":[{"id":"n","aggregate":"count"}]}""", "FWR0119 $.columns[0] A dimension may have only one of grain, bands and level.")]
    public void TryRead_BadFormulaDimension_ReportsDiagnosticWithPath(string json, string expected)
    {
        var ok = ReportDefinitionReader.TryRead(json, SalesData.Dataset, out _, out var diagnostics);

        Assert.False(ok);
        Assert.Equal(expected, string.Join(" | ", diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
    }
}
