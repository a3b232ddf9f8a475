using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CustomerPortal.Dashboard;
using CustomerPortal.Data;
using CustomerPortal.Host;
using CustomerPortal.Scenarios;
using Formwork.Identity;
using Formwork.Reporting;

namespace Formwork.Scenarios.Tests;

/// <summary>S6 runs once (class fixture); every number is recomputed here with LINQ over the seeded data.</summary>
public class S6DashboardsTests(S6DashboardsTests.Run run) : IClassFixture<S6DashboardsTests.Run>
{
    private static readonly InMemoryOrganizationDirectory Directory = Organization.CreateDirectory();

    private SeedData Data => run.Data;

    private S6Outcome Outcome => run.Outcome;

    [Fact]
    public void RunAsync_LoadsEveryCustomerAndLeadIntoTheRecordStore()
    {
        Assert.Equal(3000, Outcome.CustomersLoaded);
        Assert.Equal(Data.PipelineLeads.Count, Outcome.LeadsLoaded);
        Assert.Equal(new DateOnly(2026, 11, 1), Outcome.MonthStart);
    }

    [Fact]
    public void RunAsync_Funnel_CountsLeadsThatReachedEachStageWithConversions()
    {
        var reached = SeedData.FunnelStages.Select((_, s) => Data.PipelineLeads.Count(l => IndexOfStage(l.Stage) >= s)).ToArray();
        var expected = SeedData.FunnelStages.Select((stage, s) => new S6FunnelStage(
            stage, reached[s], s == 0 ? 1m : Rate(reached[s], reached[s - 1]), Rate(reached[s], reached[0])));

        Assert.Equal(expected, Outcome.Funnel);
        Assert.True(reached[^1] > 100, "the seeded year signs a few hundred contracts");
    }

    [Fact]
    public void RunAsync_RepLeaderboard_IsThisMonthsContractAmountByRep()
    {
        var expected = ThisMonth().GroupBy(c => c.RepId)
            .ToDictionary(g => Name(g.Key), g => (Amount: g.Sum(c => c.Amount), Contracts: g.Count()));

        Assert.Equal(expected.Count, Outcome.RepLeaderboard.Count);
        foreach (var row in Outcome.RepLeaderboard)
        {
            Assert.Equal(expected[row.Label], (row.Amount, row.Contracts));
        }

        Assert.Equal(Outcome.RepLeaderboard.OrderByDescending(r => r.Amount).Select(r => r.Amount), Outcome.RepLeaderboard.Select(r => r.Amount));
    }

    [Fact]
    public void RunAsync_TeamLeaderboard_SumsThisMonthByRegionAndTeam()
    {
        var byTeam = ThisMonth().GroupBy(c => c.TeamId)
            .ToDictionary(g => $"{Organization.RegionOfTeam(g.Key)} / {TeamName(g.Key)}", g => (g.Sum(c => c.Amount), g.Count()));
        var byRegion = ThisMonth().GroupBy(c => Organization.RegionOfTeam(c.TeamId)).ToDictionary(g => g.Key, g => (g.Sum(c => c.Amount), g.Count()));

        Assert.Equal(byTeam, Outcome.TeamLeaderboard.ToDictionary(r => r.Label, r => (r.Amount, r.Contracts)));
        Assert.Equal(byRegion, Outcome.RegionLeaderboard.ToDictionary(r => r.Label, r => (r.Amount, r.Contracts)));
    }

    [Fact]
    public void RunAsync_ChannelShare_CountsCustomersByChannelLargestFirst()
    {
        var expected = Data.Customers.GroupBy(c => c.Channel).Select(g => new S6Row(g.Key, g.Count())).OrderByDescending(r => r.Value);

        Assert.Equal(expected, Outcome.ChannelShare);
    }

    [Fact]
    public void RunAsync_NewCustomersPerMonth_DrillsToTheBusiestDayAndPagesItsRecords()
    {
        var months = Data.Customers.GroupBy(c => c.CreatedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new S6Row(g.Key, g.Count())).ToList();
        var busiestMonth = months.MaxBy(m => m.Value)!.Label;
        var days = Data.Customers.Where(c => c.CreatedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture) == busiestMonth)
            .GroupBy(c => c.CreatedOn).OrderBy(g => g.Key).Select(g => new S6Row(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Count())).ToList();
        var busiestDay = days.MaxBy(d => d.Value)!.Label;
        var customersOfDay = Data.Customers.Where(c => c.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == busiestDay).Select(c => c.Id).ToList();

        Assert.Equal(months, Outcome.NewCustomersByMonth);
        Assert.Equal(busiestMonth, Outcome.DrilledMonth);
        Assert.Equal(days, Outcome.NewCustomersByDay);
        Assert.Equal(busiestDay, Outcome.DrilledDay);
        Assert.Equal(customersOfDay.Count, Outcome.DrilledDayRecordCount);
        Assert.Equal(customersOfDay, Outcome.DrilledDayCustomerIds);
        Assert.True(customersOfDay.Count > 10, "the drill-down reads more than one page");
    }

    [Fact]
    public void RunAsync_ProvinceDrillDown_CountsTheLargestProvincesCities()
    {
        var provinces = Data.Customers.GroupBy(c => c.Province).Select(g => new S6Row(g.Key, g.Count())).OrderByDescending(r => r.Value).ToList();
        var top = provinces[0].Label;
        var cities = Data.Customers.Where(c => c.Province == top).GroupBy(c => c.City).ToDictionary(g => g.Key, g => (decimal)g.Count());

        Assert.Equal(provinces, Outcome.Provinces);
        Assert.Equal(top, Outcome.DrilledProvince);
        Assert.Equal(cities, Outcome.Cities.ToDictionary(c => c.Label, c => c.Value));
    }

    [Fact]
    public void RunAsync_CeoDashboard_EachViewerSeesTheirScopeAndTheSharedFilterNarrowsEveryTile()
    {
        var expected = new[]
        {
            Kpis("ceo", string.Empty, _ => true),
            Kpis("ceo", $"region = {S6Dashboards.FilterRegion}", c => c.Region == S6Dashboards.FilterRegion),
            Kpis(S6Dashboards.ManagerId, string.Empty, c => Organization.TeamOf(c.OwnerId) == "sales-east"),
            Kpis(S6Dashboards.RepId, string.Empty, c => c.OwnerId == S6Dashboards.RepId),
        };

        Assert.Equal(expected, Outcome.Dashboards);
        Assert.True(Outcome.Dashboards[3].Leads < Outcome.Dashboards[2].Leads && Outcome.Dashboards[2].Leads < Outcome.Dashboards[0].Leads);
    }

    [Fact]
    public void RunAsync_SharedFilterOnAnUnknownColumn_IsRefusedWithPathAndBothLanguages()
    {
        var refusal = Assert.Single(Outcome.Refusals);

        Assert.Equal(
            new S6Refusal("FWR0101", "$.filters[0].column", "The dataset 'pipeline' has no column 'regoin'.", "数据集“pipeline”中没有列“regoin”。"),
            refusal);
    }

    [Fact]
    public void RunAsync_DashboardHtml_IsSelfContainedWithAnSvgPerChart()
    {
        var html = File.ReadAllText(Outcome.DashboardPath);

        var charts = Regex.Matches(html, "<section class=\"card\"><h2>[^<]*</h2>(.*?)</section>", RegexOptions.Singleline);
        Assert.Equal(6, charts.Count);
        Assert.All(charts, c => Assert.StartsWith("<svg ", c.Groups[1].Value, StringComparison.Ordinal));
        foreach (var kind in new[] { "bar", "line", "pie", "funnel" })
        {
            Assert.Contains($"class=\"chart chart-{kind}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        AssertBalanced(html);
        Assert.Contains(WebUtilityEncode(Name(S6Dashboards.RepId)), html, StringComparison.Ordinal);
        Assert.Contains(Outcome.DrilledDayCustomerIds[0], html, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardPage_TextFromData_IsHtmlEncoded()
    {
        var page = new DashboardPage("<b>Title</b>", "A & B")
            .Tiles([("<script>alert(1)</script>", "¥1", "\"quoted\"")])
            .Table("t", ["<th>"], [["Tom & Jerry <x@y>"]]);

        var html = page.ToHtml();

        Assert.Contains("&lt;b&gt;Title&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;quoted&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry &lt;x@y&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        AssertBalanced(html);
    }

    [Fact]
    public void SvgCharts_LabelsWithMarkup_AreEncodedInEveryChartType()
    {
        var data = new ChartData("n", ["<a>", "R&D"], [new ChartSeries("n", [3m, 1m])]);

        foreach (var type in new[] { ChartType.Bar, ChartType.Line, ChartType.Pie, ChartType.Funnel })
        {
            var svg = SvgCharts.Draw(type, data);

            Assert.StartsWith("<svg ", svg, StringComparison.Ordinal);
            Assert.Contains("&lt;a&gt;", svg, StringComparison.Ordinal);
            Assert.Contains("R&amp;D", svg, StringComparison.Ordinal);
            AssertBalanced(svg);
        }
    }

    private static string WebUtilityEncode(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>Every element is closed in order (void elements aside), and no raw <c>&lt;</c> or <c>&amp;</c> is left in text.</summary>
    private static void AssertBalanced(string html)
    {
        var stack = new Stack<string>();
        foreach (Match tag in Regex.Matches(html, "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>"))
        {
            var name = tag.Groups[2].Value;
            if (name == "meta" || tag.Groups[3].Value == "/")
            {
                continue;
            }

            if (tag.Groups[1].Value == "/")
            {
                Assert.True(stack.Count > 0 && stack.Pop() == name, $"</{name}> closes nothing open at {tag.Index}");
            }
            else
            {
                stack.Push(name);
            }
        }

        Assert.Empty(stack);
        var text = Regex.Replace(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal), "<[^<>]*>", string.Empty);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Empty(Regex.Matches(text, "&(?!(amp|lt|gt|quot|#39|#\\d+);)"));
    }

    private S6Kpis Kpis(string viewer, string filter, Func<SeedCustomer, bool> customers)
    {
        var visible = Data.Customers.Where(customers).Select(c => c.Id).ToHashSet();
        var contracts = ThisMonth().Where(c => visible.Contains(c.CustomerId)).ToList();
        return new S6Kpis(
            viewer,
            filter,
            Data.Customers.Count(c => visible.Contains(c.Id) && c.CreatedOn >= Outcome.MonthStart),
            contracts.Sum(c => c.Amount),
            contracts.Count,
            Data.PipelineLeads.Count(l => visible.Contains(l.CustomerId)));
    }

    private IEnumerable<SeedSignedContract> ThisMonth() =>
        Data.SignedContracts.Where(c => c.SignedOn >= Outcome.MonthStart && c.SignedOn < Outcome.MonthStart.AddMonths(1));

    /// <summary>A conversion rate as the report engine shows it: a fraction rounded half away from zero to 4 places.</summary>
    private static decimal Rate(int count, int of) => Math.Round(count / (decimal)of, 4, MidpointRounding.AwayFromZero);

    private static int IndexOfStage(string stage) => SeedData.FunnelStages.ToList().IndexOf(stage);

    private static string Name(string userId) => Directory.FindUserAsync(userId).AsTask().GetAwaiter().GetResult()!.Name;

    private static string TeamName(string teamId) => Directory.FindDepartmentAsync(teamId).AsTask().GetAwaiter().GetResult()!.Name;

    /// <summary>Runs S6 once for the class on a fresh portal writing into a temporary folder.</summary>
    public sealed class Run : IAsyncLifetime
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "formwork-s6-" + Guid.NewGuid().ToString("N"));

        public SeedData Data { get; } = new();

        public S6Outcome Outcome { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await using var portal = Portal.Create(TextWriter.Null, Data, folder);
            Outcome = await new S6Dashboards().RunAsync(portal);
        }

        public Task DisposeAsync()
        {
            System.IO.Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
