using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Benchmarks.Forms;

/// <summary>
/// Import of orders exported one line per subform row (20,000 orders × 3 lines = 60,000 file rows in a full run;
/// the order's cells on its first row only, <c>明细.产品</c> columns): the Formwork importer (grouping, the whole
/// pipeline per order, writes, audit, outbox) against CsvHelper with hand-written grouping, conversion and checks.
/// Both return the orders accepted.
/// </summary>
[MemoryDiagnoser]
public class FlatSubformImportBenchmark : ImportBenchmark
{
    private const string Order = """
        {
          "id": "order",
          "fields": [
            { "name": "customer", "type": "text", "label": "客户", "required": true, "settings": { "maxLength": 50 } },
            { "name": "phone", "type": "phone", "label": "手机", "settings": { "format": "mobile" } },
            { "name": "orderedOn", "type": "date", "label": "下单日期" },
            { "name": "lines", "type": "subform", "label": "明细", "settings": { "minRows": 1, "maxRows": 50 }, "fields": [
              { "name": "product", "type": "text", "label": "产品", "required": true },
              { "name": "quantity", "type": "number", "label": "数量", "settings": { "min": 1, "scale": 0 } },
              { "name": "price", "type": "money", "label": "单价", "settings": { "min": 0 } },
              { "name": "amount", "type": "money", "formula": "quantity * price" }
            ] },
            { "name": "total", "type": "computed", "formula": "SUM(lines.amount)", "settings": { "resultKind": "number", "scale": 2 } }
          ]
        }
        """;

    /// <summary>Gets or sets the number of orders (three file rows each).</summary>
    [Params(20_000)]
    public int Orders { get; set; }

    /// <summary>Builds the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var orders = BenchmarkScale.Size(Orders);
        var builder = new StringBuilder("客户,手机,下单日期,明细.产品,明细.数量,明细.单价\n");
        for (var i = 0; i < orders; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"客户{i},139{i:00000000},2024-03-{1 + (i % 28):00},P{i % 97},{1 + (i % 5)},{i % 1000}.50\n");
            builder.Append(CultureInfo.InvariantCulture, $",,,Q{i % 89},2,19.90\n");
            builder.Append(CultureInfo.InvariantCulture, $",,,R{i % 83},1,\"1,200.00\"\n");
        }

        Load(Order, builder);
    }

    /// <summary>CsvHelper parsing with hand-written grouping, conversion and checks, into a list of orders.</summary>
    /// <returns>The orders accepted.</returns>
    [Benchmark(Baseline = true)]
    public int CsvHelperByHand()
    {
        var accepted = new List<(string Customer, string Phone, DateOnly Date, List<(string, decimal, decimal, decimal)> Lines, decimal Total)>();
        (string Customer, string Phone, DateOnly Date, List<(string, decimal, decimal, decimal)> Lines, decimal Total)? current = null;
        var valid = false;
        foreach (var r in DataRows())
        {
            if (r[0].Length > 0)
            {
                Finish();
                var date = default(DateOnly);
                valid = r[0].Length <= 50 && TextFormats.IsMobile(r[1]) && DateOnly.TryParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
                current = valid ? (r[0], r[1], date, [], 0m) : null;
            }

            if (!valid || current is null)
            {
                continue;
            }

            if (r[3].Length == 0
                || !decimal.TryParse(r[4], NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity) || quantity < 1 || decimal.Truncate(quantity) != quantity
                || !decimal.TryParse(r[5].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var price) || price < 0)
            {
                valid = false;
                continue;
            }

            current.Value.Lines.Add((r[3], quantity, price, quantity * price));
        }

        Finish();
        return accepted.Count;

        void Finish()
        {
            if (valid && current is { } order && order.Lines.Count is >= 1 and <= 50)
            {
                var total = 0m;
                foreach (var line in order.Lines)
                {
                    total += line.Item4;
                }

                accepted.Add(order with { Total = Math.Round(total, 2) });
            }

            current = null;
        }
    }

    /// <summary>The Formwork importer in valid-rows-only mode into a fresh in-memory store.</summary>
    /// <returns>The orders imported.</returns>
    [Benchmark]
    public int FormworkImporter() => ImportInto(NewEngine()).Imported;
}
