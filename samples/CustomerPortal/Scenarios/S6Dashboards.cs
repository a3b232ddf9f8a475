using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CustomerPortal.Dashboard;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork;
using Formwork.Diagnostics;
using Formwork.Identity;
using Formwork.Reporting;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S6 Dashboards (报表与驾驶舱): the seeded year is loaded into the record store, the report definitions run through the
/// report engine (funnel, leaderboards, channel share, monthly trend with drill-down to the raw records, province →
/// city), the CEO dashboard runs for the CEO, with a shared filter, for a manager and for a sales rep (row-level scope),
/// and <c>dashboard.html</c> is written with its charts drawn as inline SVG.
/// </summary>
public sealed class S6Dashboards : Scenario<S6Outcome>
{
    /// <summary>The sales rep whose own view the scenario shows.</summary>
    public const string RepId = "rep-lina";

    /// <summary>The manager whose team view the scenario shows.</summary>
    public const string ManagerId = "mgr-east";

    /// <summary>The region the shared dashboard filter picks.</summary>
    public const string FilterRegion = "华东";

    /// <summary>The funnel stages as the narrative names them.</summary>
    private static readonly Dictionary<string, string> StageNames = new(StringComparer.Ordinal)
    {
        ["lead"] = "线索 Lead",
        ["contacted"] = "已联系 Contacted",
        ["opportunity"] = "商机 Opportunity",
        ["quote"] = "报价 Quote",
        ["signed"] = "签约 Signed",
        ["count"] = "数量 Count",
        ["stepConversion"] = "阶段转化 Step conversion",
        ["overallConversion"] = "总转化 Overall conversion",
    };

    /// <inheritdoc />
    public override string Id => "S6";

    /// <inheritdoc />
    public override string Title => "Dashboards 报表与驾驶舱";

    /// <inheritdoc />
    public override string Summary => "A year of leads and contracts: funnel, leaderboards, channel share, drill-downs, the CEO dashboard with row-level scope, and dashboard.html.";

    /// <inheritdoc />
    public override async Task<S6Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var narrator = portal.Narrator;
        var engine = portal.Get<ReportEngine>();
        var today = portal.Clock.Today;
        var monthStart = new DateOnly(today.Year, today.Month, 1);

        narrator.Step($"Loading the seeded year into the record store: {portal.Data.Customers.Count:N0} customers and {portal.Data.PipelineLeads.Count:N0} leads ({portal.Data.SignedContracts.Count():N0} signed contracts).");
        var (customerRows, pipelineRows) = await LoadAsync(portal).ConfigureAwait(false);
        narrator.Detail($"Read back from the store into column arrays: {customerRows.Count:N0} customer rows, {pipelineRows.Count:N0} pipeline rows, each with owner and team for row-level scope.");

        var ceo = await portal.ActorAsync("ceo").ConfigureAwait(false);
        var ceoOptions = new ReportRunOptions { Actor = ceo };

        narrator.Step("Sales funnel 销售漏斗 (sales-funnel.report.json), the whole year as the CEO sees it:");
        var funnelResult = engine.Run(portal.Definitions.Report("sales-funnel.report.json", S6Datasets.Pipeline), pipelineRows, ceoOptions);
        var funnel = funnelResult.Rows.Select(r => new S6FunnelStage(r.Labels[0], (int)r.Cells[0].AsNumber(), r.Cells[1].AsNumber(), r.Cells[2].AsNumber())).ToList();
        foreach (var stage in funnel)
        {
            narrator.Detail($"{StageNames[stage.Stage],-20} {stage.Count,6:N0}   step {stage.StepConversion,7:P1}   overall {stage.OverallConversion,7:P1}");
        }

        narrator.Step($"Leaderboard 销售排行 for {monthStart:yyyy-MM} (rep-leaderboard.report.json filters signedOn on the period \"thisMonth\" by the engine's clock):");
        var repResult = engine.Run(portal.Definitions.Report("rep-leaderboard.report.json", S6Datasets.Pipeline), pipelineRows, ceoOptions);
        var repBoard = Leaders(repResult, r => !r.IsTotal, r => r.Labels[0]);
        foreach (var (row, rank) in repBoard.Select((r, i) => (r, i + 1)).Take(5))
        {
            narrator.Detail($"#{rank} {row.Label,-22} ¥{row.Amount,12:N0}  ({row.Contracts} contracts)");
        }

        var teamResult = engine.Run(portal.Definitions.Report("team-leaderboard.report.json", S6Datasets.Pipeline), pipelineRows, ceoOptions);
        var teamBoard = Leaders(teamResult, r => !r.IsTotal, r => $"{r.Labels[0]} / {r.Labels[1]}");
        var regionBoard = Leaders(teamResult, r => r.IsTotal && r.Level == 1, r => r.Labels[0]);
        narrator.Detail("By region and team (team-leaderboard.report.json): " + string.Join("; ", teamBoard.Select(t => $"{t.Label} ¥{t.Amount:N0}")));

        narrator.Step("Channel share 客户来源 (channel-share.report.json):");
        var channelResult = engine.Run(portal.Definitions.Report("channel-share.report.json", S6Datasets.Customers), customerRows, ceoOptions);
        var channels = Rows(channelResult);
        narrator.Detail(string.Join("; ", channelResult.Rows.Where(r => !r.IsTotal).Select(r => $"{r.Labels[0]} {r.Cells[0].AsNumber():N0} ({r.Cells[1].AsNumber():P1})")));

        narrator.Step("New customers per month 每月新客户 (new-customers-by-month.report.json), then drill month → day → the raw records:");
        var monthsResult = engine.Run(portal.Definitions.Report("new-customers-by-month.report.json", S6Datasets.Customers), customerRows, ceoOptions);
        var months = Rows(monthsResult);
        narrator.Detail(string.Join("  ", months.Select(m => $"{m.Label}:{m.Value:N0}")));
        var busiestMonth = monthsResult.Rows.Where(r => !r.IsTotal).MaxBy(r => r.Cells[0].AsNumber())!;
        var daysResult = engine.Run(engine.DrillDown(monthsResult, busiestMonth), customerRows, ceoOptions);
        var days = Rows(daysResult);
        var busiestDay = daysResult.Rows.Where(r => !r.IsTotal).MaxBy(r => r.Cells[0].AsNumber())!;
        narrator.Detail($"Busiest month {busiestMonth.Labels[0]} ({busiestMonth.Cells[0].AsNumber():N0}) → {days.Count} days; busiest day {busiestDay.Labels[0]} ({busiestDay.Cells[0].AsNumber():N0}).");
        var drilled = new List<string>();
        var pageRecords = new List<RecordData>();
        DrillPage page;
        var pageNumber = 0;
        do
        {
            page = engine.DrillToRecords(daysResult, busiestDay, null, drilled.Count, 10);
            drilled.AddRange(page.Records.Select(r => r["customer"].AsText()));
            pageRecords.AddRange(page.Records);
            narrator.Detail($"page {++pageNumber}: " + string.Join(", ", page.Records.Select(r => $"{r["customer"]} {r["name"]} ({r["rep"]})")));
        }
        while (drilled.Count < page.TotalCount && page.Records.Count > 0);

        narrator.Step("Where the customers are 客户地域 (customers-by-province.report.json), drilled province → city:");
        var provinceResult = engine.Run(portal.Definitions.Report("customers-by-province.report.json", S6Datasets.Customers), customerRows, ceoOptions);
        var provinces = Rows(provinceResult);
        var topProvince = provinceResult.Rows.First(r => !r.IsTotal);
        var cityResult = engine.Run(engine.DrillDown(provinceResult, topProvince), customerRows, ceoOptions);
        var cities = Rows(cityResult);
        narrator.Detail(string.Join("; ", provinces.Select(p => $"{p.Label} {p.Value:N0}")));
        narrator.Detail($"{topProvince.Labels[0]} → " + string.Join("; ", cities.Select(c => $"{c.Label} {c.Value:N0}")));

        narrator.Step("The CEO dashboard 驾驶舱 (ceo.dashboard.json): KPI tiles, funnel, leaderboard, channels and trend over one shared filter set.");
        var dashboard = DashboardReader.Read(portal.Definitions.Read("ceo.dashboard.json"), S6Datasets.Pipeline);
        var regionFilter = new FilterDefinition { Column = "region", Operator = FilterOperator.Equal, Values = [FilterRegion] };
        var views = new List<(S6Kpis Kpis, DashboardResult Result)>();
        foreach (var (userId, filter) in new[] { ("ceo", (FilterDefinition?)null), ("ceo", regionFilter), (ManagerId, null), (RepId, null) })
        {
            var actor = await portal.ActorAsync(userId).ConfigureAwait(false);
            var result = engine.RunDashboard(dashboard, pipelineRows, new ReportRunOptions { Actor = actor, Filters = filter is null ? [] : [filter] });
            var kpis = new S6Kpis(
                userId,
                filter is null ? string.Empty : $"region = {FilterRegion}",
                (int)Number(Widget(result, "new-customers").Value),
                Number(Widget(result, "signed-amount").Value),
                (int)Number(Widget(result, "contracts-signed").Value),
                (int)Widget(result, "funnel").Result.Rows[0].Cells[0].AsNumber());
            views.Add((kpis, result));
            narrator.Detail($"{await portal.NameOfAsync(userId).ConfigureAwait(false)} [{string.Join(",", actor.Roles)}]{(filter is null ? string.Empty : $" filter {kpis.Filter}")}: "
                + $"new customers {kpis.NewCustomers:N0}, signed ¥{kpis.SignedAmount:N0} in {kpis.Contracts} contracts, funnel over {kpis.Leads:N0} leads");
        }

        narrator.Detail("A filter from the dashboard's filter bar names a column the dataset does not have (\"regoin\"):");
        var refusals = new List<S6Refusal>();
        try
        {
            engine.RunDashboard(dashboard, pipelineRows, ceoOptions with { Filters = [regionFilter with { Column = "regoin" }] });
        }
        catch (FormworkException ex)
        {
            refusals.AddRange(ex.Diagnostics.Select(d => new S6Refusal(d.Code, d.Path ?? string.Empty, d.Message, d.MessageChinese)));
            narrator.Detail(string.Join(" ", refusals.Select(r => $"refused [{r.Code}] at {r.Path}: {r.English} / {r.Chinese}")));
        }

        narrator.Detail($"A sales rep sees only their own records (scope 'own'); the east manager sees team {Organization.TeamOf(RepId)} (scope 'department'); executives see all.");
        narrator.Detail("Approval cycle time: not shown — the seeded contracts were signed before the portal ran, so there are no workflow instances to measure (S4 runs the approvals; a host would add the instance's CompletedAt − CreatedAt as a dataset column).");

        narrator.Step("Writing dashboard.html: self-contained, charts as inline SVG, no scripts, nothing from the network.");
        var path = WritePage(portal, views[0].Result, views[^1].Result, repResult, teamResult, channelResult, monthsResult, daysResult, busiestDay.Labels[0], pageRecords, provinceResult, cityResult, topProvince.Labels[0], funnelResult);
        narrator.Detail(path);

        return new S6Outcome
        {
            CustomersLoaded = customerRows.Count,
            LeadsLoaded = pipelineRows.Count,
            MonthStart = monthStart,
            Funnel = funnel,
            RepLeaderboard = repBoard,
            TeamLeaderboard = teamBoard,
            RegionLeaderboard = regionBoard,
            ChannelShare = channels,
            NewCustomersByMonth = months,
            DrilledMonth = busiestMonth.Labels[0],
            NewCustomersByDay = days,
            DrilledDay = busiestDay.Labels[0],
            DrilledDayRecordCount = page.TotalCount,
            DrilledDayCustomerIds = drilled,
            Provinces = provinces,
            DrilledProvince = topProvince.Labels[0],
            Cities = cities,
            Dashboards = views.Select(v => v.Kpis).ToList(),
            RepId = RepId,
            FilterRegion = FilterRegion,
            Refusals = refusals,
            DashboardPath = path,
        };
    }

    private static async Task<(DatasetRows Customers, DatasetRows Pipeline)> LoadAsync(Portal portal)
    {
        var store = portal.Get<IRecordStore>();
        var now = portal.Clock.GetUtcNow();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var userId in Organization.AllReps.Concat(Organization.Regions.Select(r => r.TeamId)))
        {
            names[userId] = userId.StartsWith("sales-", StringComparison.Ordinal)
                ? (await portal.Directory.FindDepartmentAsync(userId).ConfigureAwait(false))?.Name ?? userId
                : await portal.NameOfAsync(userId).ConfigureAwait(false);
        }

        var customers = portal.Data.Customers;
        var leads = portal.Data.PipelineLeads;
        var total = customers.Count + leads.Count;
        var done = 0;
        var byId = new Dictionary<string, SeedCustomer>(StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            byId[customer.Id] = customer;
            var data = new RecordData()
                .Set("customer", customer.Id)
                .Set("name", customer.Name)
                .Set("contact", customer.Contact)
                .Set("channel", customer.Channel)
                .Set("region", customer.Region)
                .Set("rep", names[customer.OwnerId])
                .Set("area", $"{customer.Province}/{customer.City}")
                .Set("industry", customer.Industry)
                .Set("level", customer.Level)
                .Set("createdOn", customer.CreatedOn);
            await store.InsertAsync(Stored(S6Datasets.CustomerFormId, customer.Id, data, customer.OwnerId, Organization.TeamOf(customer.OwnerId), now)).ConfigureAwait(false);
            Progress(portal, ++done, total);
        }

        foreach (var lead in leads)
        {
            var customer = byId[lead.CustomerId];
            var data = new RecordData()
                .Set("lead", lead.Id)
                .Set("customer", customer.Id)
                .Set("customerName", customer.Name)
                .Set("channel", customer.Channel)
                .Set("region", customer.Region)
                .Set("team", names[lead.TeamId])
                .Set("rep", names[lead.OwnerId])
                .Set("area", $"{customer.Province}/{customer.City}")
                .Set("createdOn", lead.CreatedOn)
                .Set("customerSince", customer.CreatedOn)
                .Set("stage", lead.Stage);
            if (lead.Contract is { } contract)
            {
                data.Set("contract", contract.Id).Set("amount", contract.Amount).Set("signedOn", contract.SignedOn);
            }

            await store.InsertAsync(Stored(S6Datasets.LeadFormId, lead.Id, data, lead.OwnerId, lead.TeamId, now)).ConfigureAwait(false);
            Progress(portal, ++done, total);
        }

        return (DatasetRows.FromStoredRecords(S6Datasets.Customers, await ReadAllAsync(store, S6Datasets.CustomerFormId).ConfigureAwait(false)),
            DatasetRows.FromStoredRecords(S6Datasets.Pipeline, await ReadAllAsync(store, S6Datasets.LeadFormId).ConfigureAwait(false)));
    }

    private static void Progress(Portal portal, int done, int total)
    {
        if (done % 250 == 0 || done == total)
        {
            portal.Narrator.Progress("records stored", done, total);
        }
    }

    private static StoredRecord Stored(string formId, string id, RecordData data, string ownerId, string teamId, DateTimeOffset now) => new()
    {
        FormId = formId,
        Id = id,
        Data = data.Freeze(),
        OwnerId = ownerId,
        DepartmentId = teamId,
        CreatedAt = now,
        CreatedBy = "admin",
        UpdatedAt = now,
        UpdatedBy = "admin",
    };

    private static async Task<List<StoredRecord>> ReadAllAsync(IRecordStore store, string formId)
    {
        var all = new List<StoredRecord>();
        while (true)
        {
            var page = await store.QueryAsync(new RecordQuery { FormId = formId, Skip = all.Count, Take = 1000 }).ConfigureAwait(false);
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.TotalCount)
            {
                return all;
            }
        }
    }

    private static WidgetResult Widget(DashboardResult result, string id) => result.Widgets.Single(w => w.Widget.Id == id);

    private static decimal Number(Value value) => value.Kind == ValueKind.Number ? value.AsNumber() : 0m;

    private static List<S6Row> Rows(ReportResult result) =>
        result.Rows.Where(r => !r.IsTotal).Select(r => new S6Row(r.Labels[^1], Number(r.Cells[0]))).ToList();

    private static List<S6LeaderRow> Leaders(ReportResult result, Func<ResultRow, bool> which, Func<ResultRow, string> label) =>
        result.Rows.Where(which).Select(r => new S6LeaderRow(label(r), Number(result.GetCell(r, "amount")), (int)Number(result.GetCell(r, "contracts")))).ToList();

    private static string WritePage(
        Portal portal, DashboardResult ceoView, DashboardResult repView, ReportResult reps, ReportResult teams, ReportResult channels, ReportResult months,
        ReportResult days, string day, IReadOnlyList<RecordData> dayRecords, ReportResult provinces, ReportResult cities, string province, ReportResult funnel)
    {
        var month = portal.Clock.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var page = new DashboardPage("远景软件 CEO 驾驶舱 · Vista Software CEO dashboard", $"Seed {portal.Data.Seed} · data up to {SeedData.LastDay:yyyy-MM-dd} · this month = {month} · generated by the Formwork customer portal (S6)");
        page.Tiles(KpiTiles(ceoView, "全公司 Whole company"));
        page.Tiles(KpiTiles(repView, $"仅本人 Own records only: {RepId}"));
        page.Note("审批周期 Approval cycle time: not available — the seeded contracts were approved before the portal ran, so there is no workflow data to measure.");
        page.Chart("销售漏斗 Sales funnel", ChartType.Funnel, Widget(ceoView, "funnel").Result, "count", StageName);
        page.Table("漏斗转化 Funnel conversion", funnel, label: StageName);
        page.Chart($"本月销售排行 Leaderboard {month}", ChartType.Bar, Widget(ceoView, "leaderboard").Result);
        page.Chart("客户来源渠道 Customers by channel", ChartType.Pie, Widget(ceoView, "channels").Result);
        page.Chart("每月签约额 Signed amount per month", ChartType.Line, Widget(ceoView, "signed-trend").Result);
        page.Chart("每月新客户 New customers per month", ChartType.Line, months, "customers");
        page.Table($"销售排行 Leaderboard by rep, {month}", reps);
        page.Table($"区域与团队 By region and team, {month}", teams);
        page.Table("客户来源渠道 Channel share", channels);
        page.Table("每月新客户 New customers per month", months);
        page.Table("钻取：按日 Drill-down: days of the busiest month", days);
        page.Table(
            $"钻取：原始记录 Drill-down: the customers of {day}",
            ["客户编号 Id", "客户 Customer", "联系人 Contact", "渠道 Channel", "地区 Area", "销售 Rep"],
            dayRecords.Select(r => (IReadOnlyList<string>)[r["customer"].ToString(), r["name"].ToString(), r["contact"].ToString(), r["channel"].ToString(), r["area"].ToString(), r["rep"].ToString()]));
        page.Chart("客户地域 Customers by province", ChartType.Bar, provinces, "customers");
        page.Table("客户地域 Customers by province", provinces);
        page.Table($"钻取：{province} 各城市 Drill-down: cities of {province}", cities);
        return page.Write(Path.Combine(portal.OutputDirectory, "dashboard.html"));
    }

    private static string StageName(string stage) => StageNames.GetValueOrDefault(stage, stage);

    private static IEnumerable<(string, string, string)> KpiTiles(DashboardResult result, string who) =>
        result.Widgets.Where(w => w.Widget.Type == WidgetType.Kpi).Select(w => (w.Widget.Title ?? w.Widget.Id,
            (w.Widget.Id == "signed-amount" ? "¥" : string.Empty) + Number(w.Value).ToString("#,0", CultureInfo.InvariantCulture), who));
}
