using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Stores;

namespace Formwork.Reporting.Tests;

/// <summary>A small sales dataset whose numbers are easy to check by hand.</summary>
internal static class SalesData
{
    public static ReportDataset Dataset { get; } = new("sales",
    [
        new DatasetColumn("region", ValueKind.Text, label: "Region"),
        new DatasetColumn("channel", ValueKind.Text, label: "Channel"),
        new DatasetColumn("rep", ValueKind.Text),
        new DatasetColumn("amount", ValueKind.Number, label: "Amount"),
        new DatasetColumn("customer", ValueKind.Text),
        new DatasetColumn("signedAt", ValueKind.DateTime),
        new DatasetColumn("signedOn", ValueKind.Date),
        new DatasetColumn("stage", ValueKind.Text),
        new DatasetColumn("area", ValueKind.List, ["province", "city"]),
        new DatasetColumn("vip", ValueKind.Boolean),
        new DatasetColumn("lines", ValueKind.Table),
    ]);

    /// <summary>(region, channel, rep, amount, customer, signedAt UTC, stage, area).</summary>
    public static readonly (string Region, string Channel, string Rep, decimal? Amount, string Customer, string SignedAtUtc, string Stage, string Area)[] Raw =
    [
        ("east", "online", "li", 100m, "c1", "2025-01-15T02:00:00Z", "signed", "Jiangsu/Nanjing"),
        ("east", "online", "li", 300m, "c2", "2025-01-20T02:00:00Z", "quote", "Jiangsu/Suzhou"),
        ("east", "store", "wang", 200m, "c1", "2025-02-03T02:00:00Z", "signed", "Jiangsu/Nanjing"),
        ("east", "store", "wang", 50m, "c3", "2025-02-10T02:00:00Z", "lead", "Zhejiang/Hangzhou"),
        ("west", "online", "zhao", 400m, "c4", "2025-01-05T02:00:00Z", "opportunity", "Sichuan/Chengdu"),
        ("west", "online", "zhao", 600m, "c4", "2025-02-25T02:00:00Z", "signed", "Sichuan/Chengdu"),
        ("west", "store", "zhao", null, "c5", "2025-02-26T02:00:00Z", "contacted", "Sichuan/Mianyang"),
        ("north", "store", "sun", 1000m, "c6", "2025-03-01T02:00:00Z", "signed", "Hebei/Shijiazhuang"),
    ];

    public static IReadOnlyList<RecordData> Records() => Raw.Select(r =>
    {
        var at = DateTimeOffset.Parse(r.SignedAtUtc, System.Globalization.CultureInfo.InvariantCulture);
        var record = new RecordData
        {
            ["region"] = r.Region,
            ["channel"] = r.Channel,
            ["rep"] = r.Rep,
            ["amount"] = r.Amount is { } a ? Value.FromNumber(a) : Value.Blank,
            ["customer"] = r.Customer,
            ["signedAt"] = at,
            ["signedOn"] = DateOnly.FromDateTime(at.UtcDateTime),
            ["stage"] = r.Stage,
            ["area"] = Value.FromList(r.Area.Split('/').Select(s => Value.FromText(s))),
            ["vip"] = r.Amount >= 500m,
        };
        return record.Freeze();
    }).ToArray();

    public static DatasetRows Rows() => DatasetRows.FromRecords(Dataset, Records());

    public static IReadOnlyList<StoredRecord> Stored() => Records().Select((r, i) => new StoredRecord
    {
        FormId = "sales",
        Id = "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Data = r,
        OwnerId = r["rep"].AsText(),
        DepartmentId = r["region"].AsText(),
    }).ToArray();

    public static decimal Number(Value value) => value.AsNumber();
}
