using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Reporting.Tests;

public class JoinTests
{
    private static readonly ReportEngine Engine = new("Asia/Shanghai");

    private static readonly ReportDataset Customers = new("customer",
    [
        new DatasetColumn("name", ValueKind.Text, label: "Name"),
        new DatasetColumn("level", ValueKind.Text, label: "Level"),
        new DatasetColumn("region", ValueKind.Text, label: "Region"),
    ]);

    private static readonly ReportDataset Contracts = new("contract",
    [
        new DatasetColumn("customer", ValueKind.Reference, label: "Customer"),
        new DatasetColumn("amount", ValueKind.Number),
    ]);

    private static readonly (string Id, string Name, string Level, string Region)[] CustomerRaw =
    [
        ("cu1", "Acme", "gold", "east"),
        ("cu2", "Bolt", "silver", "west"),
        ("cu3", "Core", "gold", "north"),
    ];

    /// <summary>(customer reference or id text or nothing, amount, owner).</summary>
    private static readonly (Value Customer, decimal Amount, string Owner)[] ContractRaw =
    [
        (Reference("cu1"), 100m, "li"),
        (Reference("cu2"), 200m, "wang"),
        (Reference("cu1"), 300m, "li"),
        (Reference("cu3"), 50m, "wang"),
        (Reference("cu9"), 70m, "li"),
        (Value.Blank, 10m, "li"),
        (Value.FromText("cu2"), 40m, "li"),
        (Value.FromList([Reference("cu3"), Reference("cu1")]), 5m, "wang"),
    ];

    private static Value Reference(string id) => Value.FromReference(new RecordReference("customer", id));

    private static IReadOnlyList<StoredRecord> StoredCustomers() => CustomerRaw.Select(c => new StoredRecord
    {
        FormId = "customer",
        Id = c.Id,
        Data = new RecordData { ["name"] = c.Name, ["level"] = c.Level, ["region"] = c.Region }.Freeze(),
    }).ToArray();

    private static IReadOnlyList<StoredRecord> StoredContracts() => ContractRaw.Select((c, i) => new StoredRecord
    {
        FormId = "contract",
        Id = "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Data = new RecordData { ["customer"] = c.Customer, ["amount"] = c.Amount }.Freeze(),
        OwnerId = c.Owner,
    }).ToArray();

    private static DatasetRows Joined() =>
        DatasetRows.FromStoredRecords(Contracts, StoredContracts()).Join("customer", DatasetRows.FromStoredRecords(Customers, StoredCustomers()));

    private static string? LevelOf(Value customer)
    {
        var id = customer.Kind switch
        {
            ValueKind.Reference => customer.AsReference().RecordId,
            ValueKind.Text => customer.AsText(),
            ValueKind.List => customer.AsList()[0].AsReference().RecordId,
            _ => null,
        };
        return CustomerRaw.Where(c => c.Id == id).Select(c => c.Level).FirstOrDefault();
    }

    [Fact]
    public void Run_GroupByRelatedColumn_SumsEachContractUnderItsCustomersLevel()
    {
        var dataset = Contracts.Join("customer", Customers);
        var definition = new ReportBuilder("r").Row("customer.level").Sum("sum", "amount").Count("n").Build(dataset);

        var result = Engine.Run(definition, Joined());

        var expected = ContractRaw.GroupBy(c => LevelOf(c.Customer) ?? string.Empty)
            .Select(g => $"{g.Key}:{g.Sum(c => c.Amount)}:{g.Count()}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Rows.Where(r => !r.IsTotal).Select(r => $"{r.Labels[0]}:{r.Cells[0]}:{r.Cells[1]}").Order(StringComparer.Ordinal));
        Assert.Equal([":80", "gold:455", "silver:240"], result.Rows.Where(r => !r.IsTotal).Select(r => $"{r.Labels[0]}:{r.Cells[0]}").Order(StringComparer.Ordinal));
        Assert.Equal("Customer.Level", result.RowDimensions[0]);
    }

    [Fact]
    public void Run_FilterAndFormulaOverRelatedColumns_SeeTheRelatedValues()
    {
        var dataset = Contracts.Join("customer", Customers);
        var definition = new ReportBuilder("r").Row("customer.region").Sum("sum", "amount")
            .Where(new FilterDefinition { Formula = "[customer.level] = \"gold\"" })
            .Build(dataset);

        var result = Engine.Run(definition, Joined());

        Assert.Equal(["east:400", "north:55", "Total:455"], result.Rows.Select(r => $"{r}:{r.Cells[0]}"));
    }

    [Fact]
    public void DrillToRecords_JoinedRows_CarryTheRelatedFieldsAndRecordIds()
    {
        var dataset = Contracts.Join("customer", Customers);
        var result = Engine.Run(new ReportBuilder("r").Row("customer.name").Count("n").Build(dataset), Joined());

        var page = Engine.DrillToRecords(result, result.FindRow("Acme")!);

        Assert.Equal(["k0", "k2"], page.RecordIds);
        Assert.All(page.Records, r => Assert.Equal("gold", r["customer.level"].AsText()));
        Assert.Equal(300m, page.Records[1]["amount"].AsNumber());
    }

    [Fact]
    public void Run_JoinedRowsWithScope_KeepTheBaseRowsOwnership()
    {
        var dataset = Contracts.Join("customer", Customers);
        var definition = new ReportBuilder("r").Row("customer.level").Sum("sum", "amount").Build(dataset);

        var result = Engine.Run(definition, Joined(), new ReportRunOptions { Actor = new Formwork.Identity.Actor("wang"), Scope = RecordScope.Own });

        Assert.Equal(["gold:55", "silver:200", "Total:255"], result.Rows.Select(r => $"{r}:{r.Cells[0]}"));
    }

    [Fact]
    public async Task RunAsync_JoinedDataset_ReadsTheRelatedFormFromTheStore()
    {
        var store = new InMemoryRecordStore();
        foreach (var record in StoredCustomers().Concat(StoredContracts()))
        {
            await store.InsertAsync(record);
        }

        var dataset = Contracts.Join("customer", Customers);
        var definition = new ReportBuilder("r").Row("customer.level").Sum("sum", "amount").Build(dataset);

        var fromStore = await Engine.RunAsync(definition, dataset, store, "contract");

        Assert.Equal(Engine.Run(definition, Joined()).ToJson(), fromStore.ToJson());
    }

    [Fact]
    public void Run_MaskedRelatedColumn_IsMaskedLikeAnyOther()
    {
        var dataset = Contracts.Join("customer", Customers);
        var definition = new ReportBuilder("r").Row("customer.name").Sum("sum", "amount").Build(dataset);
        var profile = new PermissionProfile { Name = "p", Fields = new Dictionary<string, FieldAccess> { ["customer.name"] = FieldAccess.Masked } };

        var result = Engine.Run(definition, Joined(), new ReportRunOptions { Profile = profile });

        Assert.Equal(["A**e:400", "B**t:240", "C**e:55"], result.Rows.Where(r => !r.IsTotal && r.Keys[0].Kind == ValueKind.Text).Select(r => $"{r}:{r.Cells[0]}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(CustomerRaw, c => result.ToJson().Contains(c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Join_UnknownRelationOrRelatedRowsWithoutIds_Throw()
    {
        Assert.Throws<ArgumentException>(() => Contracts.Join("nope", Customers));
        Assert.Throws<ArgumentException>(() => Contracts.Join("amount", Customers));
        var withoutIds = DatasetRows.FromRecords(Customers, StoredCustomers().Select(c => c.Data));
        Assert.Throws<ArgumentException>(() => DatasetRows.FromStoredRecords(Contracts, StoredContracts()).Join("customer", withoutIds));
    }
}
