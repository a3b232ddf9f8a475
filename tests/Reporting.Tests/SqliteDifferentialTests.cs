using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace Formwork.Reporting.Tests;

/// <summary>Random datasets aggregated by the engine and by SQLite with the same GROUP BY; the results must agree.</summary>
public class SqliteDifferentialTests
{
    private static readonly ReportDataset Dataset = new("random",
    [
        new DatasetColumn("a", ValueKind.Text),
        new DatasetColumn("b", ValueKind.Number),
        new DatasetColumn("day", ValueKind.Date),
        new DatasetColumn("x", ValueKind.Number),
        new DatasetColumn("c", ValueKind.Text),
    ]);

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 500)]
    [InlineData(3, 5_000)]
    [InlineData(4, 40_000)]
    public void Run_RandomDataset_AgreesWithSqliteGroupBy(int seed, int count)
    {
        var random = new Random(seed);
        var records = new List<RecordData>(count);
        for (var i = 0; i < count; i++)
        {
            records.Add(new RecordData
            {
                ["a"] = random.Next(8) == 0 ? Value.Blank : "k" + random.Next(6).ToString(CultureInfo.InvariantCulture),
                ["b"] = random.Next(4),
                ["day"] = new DateOnly(2024, 1, 1).AddDays(random.Next(800)),
                ["x"] = random.Next(10) == 0 ? Value.Blank : Value.FromNumber(random.Next(-10_000, 10_000) / 100m),
                ["c"] = "c" + random.Next(count / 3 + 1).ToString(CultureInfo.InvariantCulture),
            });
        }

        var definition = new ReportBuilder("d").Row("a").Row("b").Row("day", DateGrain.Month)
            .Count("n").Measure("nx", MeasureAggregate.Count, "x").Sum("sum", "x").Measure("min", MeasureAggregate.Min, "x")
            .Measure("max", MeasureAggregate.Max, "x").Measure("distinct", MeasureAggregate.DistinctCount, "c")
            .Measure("avg", MeasureAggregate.Average, "x")
            .GrandTotals(false).Build(Dataset);
        var result = new ReportEngine("UTC").Run(definition, DatasetRows.FromRecords(Dataset, records), new ReportRunOptions { MaxDegreeOfParallelism = 3, ExactValues = true });
        var engine = result.Rows.Select(r => string.Join("|", r.Labels.Concat(r.Cells.Select(Format)))).ToArray();

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE t (a TEXT, b INTEGER, day TEXT, x INTEGER, c TEXT)");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES ($a, $b, $day, $x, $c)";
            var parameters = new[] { "$a", "$b", "$day", "$x", "$c" }.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToArray();
            foreach (var record in records)
            {
                parameters[0].Value = record["a"].IsBlank ? DBNull.Value : record["a"].AsText();
                parameters[1].Value = (long)record["b"].AsNumber();
                parameters[2].Value = record["day"].ToString();
                parameters[3].Value = record["x"].IsBlank ? DBNull.Value : (long)(record["x"].AsNumber() * 100);
                parameters[4].Value = record["c"].AsText();
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT COALESCE(a, ''), b, substr(day, 1, 7), COUNT(*), COUNT(x), COALESCE(SUM(x), 0), MIN(x), MAX(x), COUNT(DISTINCT c), SUM(x), COUNT(x)
            FROM t GROUP BY a, b, substr(day, 1, 7) ORDER BY a IS NOT NULL, a, b, 3
            """;
        var sqlite = new List<string>();
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                string Cents(int i) => reader.IsDBNull(i) ? string.Empty : Number(reader.GetInt64(i) / 100m);
                var average = reader.IsDBNull(9) ? string.Empty : Number(reader.GetInt64(9) / 100m / reader.GetInt64(10));
                sqlite.Add(string.Join("|", reader.GetString(0), reader.GetInt64(1).ToString(CultureInfo.InvariantCulture), reader.GetString(2),
                    reader.GetInt64(3).ToString(CultureInfo.InvariantCulture), reader.GetInt64(4).ToString(CultureInfo.InvariantCulture), Cents(5), Cents(6), Cents(7),
                    reader.GetInt64(8).ToString(CultureInfo.InvariantCulture), average));
            }
        }

        Assert.Equal(sqlite, engine);
    }

    private static string Format(Value value) => value.TryGetNumber(out var n) ? Number(n) : value.ToString();

    private static string Number(decimal n) => n.ToString("G29", CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
