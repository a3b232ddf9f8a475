using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Formwork.Auditing;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Benchmarks.Forms;

/// <summary>
/// Import of a CSV file of leads (100,000 rows in a full run) into an in-memory store: the Formwork importer (header
/// matching, conversion, the whole submission pipeline per row, batched writes, audit and outbox) against a baseline
/// that only parses the file with CsvHelper and converts and checks the values by hand. Both return the rows accepted.
/// </summary>
[MemoryDiagnoser]
public class CsvImportBenchmark : ImportBenchmark
{
    private const string Lead = """
        {
          "id": "lead",
          "fields": [
            { "name": "name", "type": "text", "label": "姓名", "required": true, "settings": { "maxLength": 50 } },
            { "name": "phone", "type": "phone", "label": "手机号码", "settings": { "format": "mobile" } },
            { "name": "amount", "type": "money", "label": "金额", "settings": { "min": 0 } },
            { "name": "signedOn", "type": "date", "label": "签约日期" },
            { "name": "level", "type": "select", "label": "等级", "settings": { "options": [ { "value": "A", "label": "重要" }, { "value": "B", "label": "一般" } ] } }
          ]
        }
        """;

    /// <summary>Gets or sets the number of data rows.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Builds the file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rows = BenchmarkScale.Size(Rows);
        var builder = new StringBuilder("姓名,手机号码,金额,签约日期,等级\n");
        for (var i = 0; i < rows; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"客户{i},139{i:00000000},\"{i * 10:N2}\",2024年1月{1 + (i % 28)}日,{(i % 2 == 0 ? "重要" : "一般")}\n");
        }

        Load(Lead, builder);
    }

    /// <summary>CsvHelper parsing with hand-written conversion and checks, into a list.</summary>
    /// <returns>The rows accepted.</returns>
    [Benchmark(Baseline = true)]
    public int CsvHelperByHand()
    {
        var accepted = new System.Collections.Generic.List<(string, string, decimal, DateOnly, string)>();
        foreach (var r in DataRows())
        {
            if (r[0].Length == 0 || r[0].Length > 50 || !TextFormats.IsMobile(r[1]))
            {
                continue;
            }

            if (!decimal.TryParse(r[2].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(r[3], "yyyy年M月d日", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            var level = r[4] switch { "重要" => "A", "一般" => "B", _ => null };
            if (level is null)
            {
                continue;
            }

            accepted.Add((r[0], r[1], amount, date, level));
        }

        return accepted.Count;
    }

    /// <summary>The Formwork importer in valid-rows-only mode into a fresh in-memory store.</summary>
    /// <returns>The rows imported.</returns>
    [Benchmark]
    public int FormworkImporter() => ImportInto(NewEngine()).Imported;
}
