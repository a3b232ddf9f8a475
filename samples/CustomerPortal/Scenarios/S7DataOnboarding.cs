using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CustomerPortal.Data;
using CustomerPortal.Host;
using Formwork.Forms;
using Formwork.Stores;

namespace CustomerPortal.Scenarios;

/// <summary>
/// S7 data onboarding (Excel 一键导入): a sales operations clerk imports the existing customer list exported from the
/// old CRM. Headers are matched to the customer form's fields by label and alias, every row is converted and validated;
/// the all-or-nothing import refuses the file and writes nothing, the valid-rows import takes the good rows and
/// reports the bad ones by row, column and reason, and the corrected rows are imported afterwards (upsert by phone).
/// </summary>
public sealed class S7DataOnboarding : Scenario<S7Outcome>
{
    /// <summary>How many seeded customers the file carries.</summary>
    public const int CustomersInFile = 1200;

    /// <summary>How many seeded contracts the old CRM exports with their lines.</summary>
    public const int ContractsInFile = 12;

    /// <summary>The file's header: labels, an English alias (<c>Mobile</c>) and a required marker (<c>*</c>), as exported.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["客户名称*", "联系人", "Mobile", "邮箱", "区域", "省份", "城市", "行业", "来源渠道", "等级", "员工人数", "负责人", "建档日期"];

    /// <summary>The broken rows planted in the file: after which good customer (index) and what is wrong.</summary>
    public static IReadOnlyList<(int After, string Problem)> Problems { get; } =
    [
        (100, "phone"), (250, "name"), (400, "level"), (550, "employees"),
        (700, "date"), (850, "duplicate phone"), (1000, "region"), (1150, "email"),
    ];

    /// <inheritdoc />
    public override string Id => "S7";

    /// <inheritdoc />
    public override string Title => "Data onboarding (Excel 一键导入)";

    /// <inheritdoc />
    public override string Summary => "1,208 customer rows from the old CRM: headers matched, rows validated, bad rows reported, nothing half-written; contracts with their lines, one line per row.";

    /// <inheritdoc />
    public override async Task<S7Outcome> RunAsync(Portal portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var narrator = portal.Narrator;
        var form = portal.Definitions.Form("customer.form.json");
        var importer = portal.Get<FormImporter>();
        var clerk = await portal.ActorAsync("accountant").ConfigureAwait(false);

        var rows = BuildRows(portal.Data);
        Directory.CreateDirectory(portal.OutputDirectory);
        var csvPath = Path.Combine(portal.OutputDirectory, "customers-import.csv");
        await File.WriteAllTextAsync(csvPath, ToCsv(rows), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)).ConfigureAwait(false);
        narrator.Step($"{await portal.NameOfAsync("accountant").ConfigureAwait(false)} exports {rows.Count - 1:N0} customers from the old CRM to {Path.GetFileName(csvPath)} (headers: {string.Join(", ", Header)}).");

        var strict = await ImportAsync(importer, form, csvPath, new ImportOptions { Actor = clerk, Mode = ImportMode.AllOrNothing }).ConfigureAwait(false);
        var storedAfterStrict = await CountAsync(portal).ConfigureAwait(false);
        narrator.Step($"All-or-nothing import: refused, {strict.Errors.Count} problems, {storedAfterStrict} customers written (the store is untouched).");
        foreach (var error in strict.Errors)
        {
            narrator.Detail($"row {error.Row}, column {error.Column ?? "-"}: [{error.Code}] {error.Message} / {error.MessageChinese}");
        }

        var lenient = await ImportAsync(importer, form, csvPath, new ImportOptions { Actor = clerk, Mode = ImportMode.ValidRowsOnly, BatchSize = 200 }).ConfigureAwait(false);
        var storedAfterImport = await CountAsync(portal).ConfigureAwait(false);
        narrator.Step($"Valid-rows import: {lenient.Imported:N0} customers imported, {lenient.Errors.Select(e => e.Row).Distinct().Count()} rows reported back to the clerk; the store now holds {storedAfterImport:N0} customers.");

        var corrections = Corrections(portal.Data);
        var correctionPath = Path.Combine(portal.OutputDirectory, "customers-corrections.csv");
        await File.WriteAllTextAsync(correctionPath, ToCsv(corrections), new UTF8Encoding(true)).ConfigureAwait(false);
        var upsert = await ImportAsync(importer, form, correctionPath, new ImportOptions { Actor = clerk, Mode = ImportMode.AllOrNothing, KeyFields = ["phone"] }).ConfigureAwait(false);
        var storedAtEnd = await CountAsync(portal).ConfigureAwait(false);
        narrator.Step($"The clerk fixes the rows and re-imports {corrections.Count - 1} rows keyed by phone: {upsert.Imported} new, {upsert.Updated} updated, {upsert.Errors.Count} problems; {storedAtEnd:N0} customers in all.");

        // Contracts come out of the old CRM one line per row (lines.product …, the contract's cells on its first row only):
        // the importer groups the rows into contracts, each with its subform lines, and computes the totals.
        var contractRows = BuildContractRows(portal.Data);
        var contractPath = Path.Combine(portal.OutputDirectory, "contracts-import.csv");
        await File.WriteAllTextAsync(contractPath, ToCsv(contractRows), new UTF8Encoding(true)).ConfigureAwait(false);
        var contractForm = portal.Definitions.Form("contract.form.json");
        var contracts = await ImportAsync(importer, contractForm, contractPath, new ImportOptions { Actor = clerk, Mode = ImportMode.AllOrNothing }).ConfigureAwait(false);
        narrator.Step($"Contracts with their lines, one line per row ({string.Join(", ", ContractHeader)}): {contractRows.Count - 1} rows grouped into {contracts.Imported} contracts, {contracts.Errors.Count} problems.");
        foreach (var error in contracts.Errors)
        {
            narrator.Detail($"row {error.Row}, column {error.Column ?? "-"}: [{error.Code}] {error.Message} / {error.MessageChinese}");
        }

        var stored = await portal.Get<IRecordStore>().QueryAsync(new RecordQuery { FormId = contractForm.Id, Take = ContractsInFile * 2 }).ConfigureAwait(false);
        var first = stored.Items.Count > 0 ? stored.Items[0].Data : null;
        if (first is not null)
        {
            narrator.Detail($"e.g. {first["customer"]}: {first["lines"].AsTable().Count} lines, amount {first["amount"]} ({first["amountInWords"]}).");
        }

        return new S7Outcome
        {
            ContractsCsvPath = contractPath,
            ImportedContracts = stored.Items.Select(r => r.Data).ToList(),
            ContractRowsInFile = contractRows.Count - 1,
            Contracts = contracts,
            CsvPath = csvPath,
            RowsInFile = rows.Count - 1,
            AllOrNothing = strict,
            StoredAfterAllOrNothing = storedAfterStrict,
            ValidRowsOnly = lenient,
            StoredAfterValidRowsOnly = storedAfterImport,
            Corrections = upsert,
            StoredAtEnd = storedAtEnd,
        };
    }

    /// <summary>The headers of the contracts file: the contract's fields by label, then its lines' columns as <c>subform.column</c>.</summary>
    public static IReadOnlyList<string> ContractHeader { get; } = ["客户 Customer", "客户等级 Level", "客户电话 Customer phone", "折扣 Discount", "lines.product", "lines.quantity", "lines.unitPrice"];

    /// <summary>
    /// The rows of the contracts file (header first): the first <see cref="ContractsInFile"/> seeded contracts, one row per
    /// line, the contract's own cells filled on its first row only (as the old CRM exports them).
    /// </summary>
    public static List<string[]> BuildContractRows(SeedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<string[]> { ContractHeader.ToArray() };
        foreach (var contract in data.Contracts.Take(ContractsInFile))
        {
            for (var l = 0; l < contract.Lines.Count; l++)
            {
                var line = contract.Lines[l];
                var first = l == 0;
                rows.Add(
                [
                    first ? contract.Customer.Name : string.Empty,
                    first ? contract.Customer.Level : string.Empty,
                    first ? contract.Customer.Phone : string.Empty,
                    first ? contract.Discount.ToString(CultureInfo.InvariantCulture) : string.Empty,
                    line.Product,
                    line.Quantity.ToString(CultureInfo.InvariantCulture),
                    line.UnitPrice.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }

        return rows;
    }

    /// <summary>The rows of the exported file (header first): the first <see cref="CustomersInFile"/> seeded customers with the broken rows planted.</summary>
    public static List<string[]> BuildRows(SeedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<string[]> { Header.ToArray() };
        var customers = data.Customers.Take(CustomersInFile).ToArray();
        for (var i = 0; i < customers.Length; i++)
        {
            rows.Add(ToRow(customers[i], i));
            foreach (var (_, problem) in Problems.Where(p => p.After == i))
            {
                rows.Add(Broken(customers, i, problem));
            }
        }

        return rows;
    }

    /// <summary>The corrected versions of the broken rows (the duplicate is dropped), plus three customers whose level was upgraded.</summary>
    public static List<string[]> Corrections(SeedData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var customers = data.Customers.Take(CustomersInFile).ToArray();
        var rows = new List<string[]> { Header.ToArray() };
        foreach (var (after, problem) in Problems.Where(p => p.Problem != "duplicate phone"))
        {
            rows.Add(ToRow(Planted(customers, after), after));
        }

        foreach (var customer in customers.Where(c => c.Level == "STD").Take(3))
        {
            var row = ToRow(customer, 0);
            row[9] = "金牌客户";
            rows.Add(row);
        }

        return rows;
    }

    private static SeedCustomer Planted(SeedCustomer[] customers, int after) => customers[after] with
    {
        Name = "导入测试" + customers[after].Name,
        Phone = "1990000" + after.ToString("0000", CultureInfo.InvariantCulture),
    };

    private static string[] Broken(SeedCustomer[] customers, int after, string problem)
    {
        var row = ToRow(Planted(customers, after), after);
        switch (problem)
        {
            case "phone": row[2] = "1234567"; break;
            case "name": row[0] = string.Empty; break;
            case "level": row[9] = "钻石客户"; break;
            case "employees": row[10] = "很多"; break;
            case "date": row[12] = "2026-13-01"; break;
            case "duplicate phone": row[2] = customers[after].Phone; break;
            case "region": row[4] = "西北"; break;
            case "email": row[3] = "wang@"; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem), problem, "Unknown planted problem.");
        }

        return row;
    }

    private static string[] ToRow(SeedCustomer c, int index) =>
    [
        c.Name, c.Contact, c.Phone, c.Email, c.Region, c.Province, c.City, c.Industry, c.Channel,
        // The old CRM exported some levels as labels and some as codes: both are accepted.
        index % 2 == 0 ? c.Level : c.Level switch { "VIP" => "VIP客户", "GOLD" => "金牌客户", _ => "普通客户" },
        c.Employees.ToString(CultureInfo.InvariantCulture),
        c.OwnerId,
        // Dates arrive in the formats people type: ISO, slashes and Chinese.
        (index % 3) switch
        {
            0 => c.CreatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => c.CreatedOn.ToString("yyyy/M/d", CultureInfo.InvariantCulture),
            _ => c.CreatedOn.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
        },
    ];

    private static string ToCsv(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static async Task<ImportResult> ImportAsync(FormImporter importer, CompiledForm form, string path, ImportOptions options)
    {
        await using var stream = File.OpenRead(path);
        return await importer.ImportCsvAsync(form, stream, options).ConfigureAwait(false);
    }

    private static async Task<int> CountAsync(Portal portal) =>
        (await portal.Get<IRecordStore>().QueryAsync(new RecordQuery { FormId = "customer", Take = 1 }).ConfigureAwait(false)).TotalCount;
}
