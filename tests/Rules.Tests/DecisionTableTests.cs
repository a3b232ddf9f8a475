using System.Linq;
using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class DecisionTableTests
{
    private static RuleLoadResult Table(string hitPolicy, string rows) => new RuleLoader(Schemas.Crm()).LoadJson($$"""
        { "name": "grading", "decisionTables": [
          { "name": "bands", "form": "lead", "hitPolicy": "{{hitPolicy}}",
            "inputs": [{ "field": "score", "min": 0, "max": 100 }],
            "outputs": [{ "field": "grade" }],
            "rows": [{{rows}}] } ] }
        """);

    private static string Grade(RuleSet rules, decimal score)
    {
        var session = rules.Compile().CreateSession();
        var lead = Schemas.Record("lead", "l", ("score", score));
        session.Insert(lead);
        session.Fire();
        return lead.Data.TryGetValue("grade", out var grade) ? grade.AsText() : "-";
    }

    [Fact]
    public void LoadJson_Bands_GradeByRange()
    {
        var result = Table("unique", """["[0..60)", "C"], ["[60..85)", "B"], ["[85..100]", "A"]""");

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["C", "B", "B", "A"], new[] { 10m, 60m, 84.5m, 85m }.Select(s => Grade(result.RuleSet!, s)));
    }

    [Fact]
    public void LoadJson_OverlappingRows_FailsWithFwu0201()
    {
        var result = Table("unique", """["[0..60]", "C"], [">=60", "B"]""");

        Assert.Null(result.RuleSet);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FWU0201", diagnostic.Code);
        Assert.Equal("$.decisionTables[0].rows[1]", diagnostic.Path);
        Assert.Equal("Rows 1 and 2 of decision table 'bands' overlap: one record can match both. Make them exclusive or use hit policy \"first\".", diagnostic.Message);
    }

    [Fact]
    public void LoadJson_FirstHitPolicy_AllowsOverlapAndFirstRowWins()
    {
        var result = Table("first", """[">=85", "A"], [">=60", "B"], ["-", "C"]""");

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(["A", "B", "C"], new[] { 90m, 70m, 5m }.Select(s => Grade(result.RuleSet!, s)));
    }

    [Fact]
    public void LoadJson_Gap_WarnsWithAnExampleButLoads()
    {
        var result = Table("unique", """["[0..60)", "C"], ["[70..100]", "A"]""");

        Assert.True(result.Success);
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
        var warning = result.Diagnostics[0];
        Assert.Equal("FWU0202", warning.Code);
        Assert.Equal("Decision table 'bands' has no row for score = 60.", warning.Message);
    }

    [Fact]
    public void LoadJson_BadCellAndShortRow_ReportEachRow()
    {
        var result = Table("unique", """["[0..x)", "C"], ["B"]""");

        Assert.Equal(["FWU0204", "FWU0203"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        Assert.Equal("$.decisionTables[0].rows[0][0]", result.Diagnostics[0].Path);
        Assert.Equal("$.decisionTables[0].rows[1]", result.Diagnostics[1].Path);
    }

    [Fact]
    public void LoadDecisionTableCsv_RegionIndustryRouting_AssignsOwners()
    {
        const string csv = "region,industry,then:owner\nEast,Manufacturing,zhang\nEast,Retail,wang\nNorth,-,\"li, north\"\n";
        var result = new RuleLoader(Schemas.Crm()).LoadDecisionTableCsv(csv, "routing", "lead");

        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var session = result.RuleSet!.Compile().CreateSession();
        var east = Schemas.Record("lead", "1", ("region", "East"), ("industry", "Retail"));
        var north = Schemas.Record("lead", "2", ("region", "North"), ("industry", "Energy"));
        var west = Schemas.Record("lead", "3", ("region", "West"), ("industry", "Retail"));
        session.InsertAll([east, north, west]);
        session.Fire();

        Assert.Equal("wang", east.Data["owner"].AsText());
        Assert.Equal("li, north", north.Data["owner"].AsText());
        Assert.False(west.Data.ContainsKey("owner"));
    }

    [Fact]
    public void LoadDecisionTableCsv_UnknownColumn_ReportsLineAndColumn()
    {
        var result = new RuleLoader(Schemas.Crm()).LoadDecisionTableCsv("region,colour,then:owner\nEast,red,zhang\n", "routing", "lead");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FWU0106", diagnostic.Code);
        Assert.Equal("line 1, column 2", diagnostic.Path);
    }

    [Fact]
    public void LoadDecisionTableCsv_HeaderDomains_ReportGapsAsWarnings()
    {
        const string csv = "region {East|North|South},score [0..100],then:owner\nEast,-,zhang\nNorth,[0..60),li\nSouth,-,wang\n";

        var result = new RuleLoader(Schemas.Crm()).LoadDecisionTableCsv(csv, "routing", "lead");

        Assert.True(result.Success);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, "FWU0202"), (d.Severity, d.Code)));
        Assert.Equal("Decision table 'routing' has no row for region = \"North\", score = 60.", result.Diagnostics[0].Message);
    }

    [Fact]
    public void LoadDecisionTableCsv_OverlappingRows_ReportsLinesAndLoadsNothing()
    {
        const string csv = "region {East|North},then:owner\nEast,zhang\n-,li\n";

        var result = new RuleLoader(Schemas.Crm()).LoadDecisionTableCsv(csv, "routing", "lead");

        Assert.Null(result.RuleSet);
        var overlap = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("FWU0201", overlap.Code);
        Assert.Equal("line 3, column 1", overlap.Path);
    }

    [Theory]
    [InlineData("region {},then:owner", "region {}")]
    [InlineData("region {East|},then:owner", "region {East|}")]
    [InlineData("score [a..100],then:owner", "score [a..100]")]
    [InlineData("score [100..0],then:owner", "score [100..0]")]
    [InlineData("region [0..5],then:owner", "region [0..5]")]
    public void LoadDecisionTableCsv_BadHeaderDomain_ReportsFwu0207(string header, string cell)
    {
        var result = new RuleLoader(Schemas.Crm()).LoadDecisionTableCsv(header + "\nEast,zhang\n", "routing", "lead");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FWU0207", diagnostic.Code);
        Assert.Equal("line 1, column 1", diagnostic.Path);
        Assert.Contains("'" + cell + "'", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Null(result.RuleSet);
    }
}
