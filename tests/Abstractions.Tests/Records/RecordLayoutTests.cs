using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Abstractions.Tests.Records;

public sealed class RecordLayoutTests
{
    private static readonly RecordLayout Layout = new(["a", "b", "c"]);

    [Fact]
    public void Constructor_DuplicateOrEmptyName_Throws()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => new RecordLayout(["a", "b", "a"]));
        Assert.Contains("The field 'a' is listed twice in the record layout.", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RecordLayout(["a", ""]));
    }

    [Fact]
    public void IndexOf_IsOrdinal()
    {
        Assert.Equal(3, Layout.Count);
        Assert.Equal(["a", "b", "c"], Layout.Fields);
        Assert.Equal(1, Layout.IndexOf("b"));
        Assert.Equal(-1, Layout.IndexOf("B"));
        Assert.Equal(-1, Layout.IndexOf("zzz"));
    }

    [Fact]
    public void CreateRecord_Values_SetsNonBlankOnly()
    {
        var record = Layout.CreateRecord([Value.FromNumber(1), Value.Blank, Value.FromText("x")]);
        Assert.Same(Layout, record.Layout);
        Assert.Equal(2, record.Count);
        Assert.Equal(["a", "c"], record.Keys.ToArray());
        Assert.Equal(1m, record["a"].AsNumber());
        Assert.True(record["b"].IsBlank);
        Assert.False(record.ContainsKey("b"));
        Assert.True(record.ContainsKey("c"));
        Assert.True(record.TryGetValue("c", out var c));
        Assert.Equal("x", c.AsText());
        Assert.False(record.TryGetValue("b", out _));
        Assert.True(record["nothing"].IsBlank);
        Assert.Throws<ArgumentException>(() => Layout.CreateRecord(new Value[4]));
    }

    [Fact]
    public void Set_InLayoutOrder_StaysLayoutBacked_CountsSetBlanks()
    {
        var record = Layout.CreateRecord().Set("a", 1).Set("b", Value.Blank).Set("a", 2);
        Assert.Same(Layout, record.Layout);
        Assert.Equal(2, record.Count);
        Assert.Equal(["a", "b"], record.Keys.ToArray());
        Assert.Equal(2m, record["a"].AsNumber());
        Assert.True(record.ContainsKey("b"));
    }

    [Fact]
    public void Set_OutOfOrderOrUnknownName_SwitchesToDictionary_KeepsFirstSetOrder()
    {
        var outOfOrder = Layout.CreateRecord().Set("c", 3).Set("a", 1);
        Assert.Null(outOfOrder.Layout);
        Assert.Equal(["c", "a"], outOfOrder.Keys.ToArray());
        Assert.Equal(2, outOfOrder.Count);

        var unknown = Layout.CreateRecord().Set("a", 1).Set("extra", "x").Set("b", 2);
        Assert.Null(unknown.Layout);
        Assert.Equal(["a", "extra", "b"], unknown.Keys.ToArray());
        Assert.Equal("x", unknown["extra"].AsText());
        Assert.Equal(2m, unknown["b"].AsNumber());
    }

    [Fact]
    public void Remove_KeepsLayoutAndOrder()
    {
        var record = Layout.CreateRecord([Value.FromNumber(1), Value.FromNumber(2), Value.FromNumber(3)]);
        Assert.True(record.Remove("c"));
        Assert.False(record.Remove("c"));
        Assert.False(record.Remove("nothing"));
        Assert.Same(Layout, record.Layout);
        Assert.Equal(["a", "b"], record.Keys.ToArray());
        Assert.Equal(2, record.Count);
        Assert.True(record["c"].IsBlank);

        record["c"] = 4;
        Assert.Equal(["a", "b", "c"], record.Keys.ToArray());
        Assert.True(record.Remove("a"));
        Assert.Equal([2m, 4m], record.Values.Select(v => v.AsNumber()).ToArray());
    }

    [Fact]
    public void Freeze_RefusesWrites_CloneIsWritableAndIndependent()
    {
        var record = Layout.CreateRecord([Value.FromNumber(1), Value.FromNumber(2)]).Freeze();
        Assert.Throws<InvalidOperationException>(() => record["a"] = 5);
        Assert.Throws<InvalidOperationException>(() => record["zzz"] = 5);
        Assert.Throws<InvalidOperationException>(() => record.Remove("a"));

        var copy = record.Clone();
        Assert.False(copy.IsFrozen);
        Assert.Same(Layout, copy.Layout);
        copy["a"] = 7;
        copy["c"] = 8;
        Assert.Equal(1m, record["a"].AsNumber());
        Assert.True(record["c"].IsBlank);
        Assert.Equal(["a", "b", "c"], copy.Keys.ToArray());
    }

    [Fact]
    public void ContentEquals_MatchesDictionaryBackedRecords()
    {
        var layout = Layout.CreateRecord([Value.FromNumber(1), Value.Blank, Value.FromText("x")]);
        var same = Layout.CreateRecord().Set("a", 1m).Set("b", Value.Blank).Set("c", "x");
        var dictionary = new RecordData().Set("c", "x").Set("a", 1);
        Assert.True(layout.ContentEquals(same));
        Assert.True(layout.ContentEquals(dictionary));
        Assert.True(dictionary.ContentEquals(layout));
        Assert.False(layout.ContentEquals(dictionary.Clone().Set("b", 2)));
        Assert.False(layout.ContentEquals(Layout.CreateRecord([Value.FromNumber(1)])));
        Assert.False(layout.ContentEquals(new RecordData().Set("a", 1).Set("c", "x").Set("d", 1)));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var rows = Value.FromTable([Layout.CreateRecord([Value.FromNumber(1)])]);
        var record = Layout.CreateRecord([Value.FromDate(new DateOnly(2024, 3, 1)), Value.FromText("x"), rows]);
        var json = record.ToJson();
        Assert.Equal(new RecordData().Set("a", new DateOnly(2024, 3, 1)).Set("b", "x").Set("c", rows).ToJson(), json);
        var back = RecordData.FromJson(json);
        Assert.True(back.ContentEquals(record));
        Assert.Equal(["a", "b", "c"], back.Keys.ToArray());
    }

    [Fact]
    public void TryCopyValues_OnlyForRecordsOfTheLayout()
    {
        var destination = new Value[4];
        Assert.True(Layout.TryCopyValues(Layout.CreateRecord([Value.FromNumber(1), Value.Blank, Value.FromNumber(3)]), destination));
        Assert.Equal(1m, destination[0].AsNumber());
        Assert.True(destination[1].IsBlank);
        Assert.Equal(3m, destination[2].AsNumber());
        Assert.False(Layout.TryCopyValues(new RecordData().Set("a", 1), destination));
        Assert.False(Layout.TryCopyValues(new RecordLayout(["a", "b", "c"]).CreateRecord(), destination));
        Assert.False(Layout.TryCopyValues(Layout.CreateRecord().Set("zzz", 1), destination));
        Assert.Throws<ArgumentException>(() => Layout.TryCopyValues(Layout.CreateRecord(), new Value[2]));
    }

    [Fact]
    public void TryReadValue_ReadsByIndexOnlyForRecordsOfTheLayout()
    {
        var record = Layout.CreateRecord([Value.FromNumber(1), Value.Blank, Value.FromText("x")]);
        Assert.True(Layout.TryReadValue(record, 0, out var first));
        Assert.Equal(1m, first.AsNumber());
        Assert.True(Layout.TryReadValue(record, 1, out var unset));
        Assert.True(unset.IsBlank);
        Assert.True(Layout.TryReadValue(record, 2, out var third));
        Assert.Equal("x", third.AsText());

        // Removed fields read as blank; a record that left the layout (a name the layout lacks) is read by name instead.
        record.Remove("a");
        Assert.True(Layout.TryReadValue(record, 0, out var removed));
        Assert.True(removed.IsBlank);
        Assert.False(Layout.TryReadValue(record.Set("zzz", 1), 2, out _));
        Assert.False(Layout.TryReadValue(new RecordData().Set("a", 1), 0, out _));
        Assert.False(Layout.TryReadValue(new RecordLayout(["a", "b", "c"]).CreateRecord(), 0, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Layout.TryReadValue(Layout.CreateRecord(), 3, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Layout.TryReadValue(Layout.CreateRecord(), -1, out _));
    }

    [Fact]
    public void WideLayout_TracksFieldsPast64()
    {
        var names = Enumerable.Range(0, 150).Select(i => "f" + i).ToArray();
        var layout = new RecordLayout(names);
        var record = layout.CreateRecord();
        for (var i = 0; i < 150; i += 7)
        {
            record[names[i]] = i;
        }

        Assert.Same(layout, record.Layout);
        Assert.Equal(22, record.Count);
        Assert.True(record.ContainsKey("f140"));
        Assert.False(record.ContainsKey("f141"));
        Assert.True(record.Remove("f147"));
        Assert.Equal(21, record.Count);
        Assert.Equal(140m, record.Values.Last().AsNumber());
        Assert.Equal(record.Keys, record.Clone().Keys);
    }

    [Fact]
    public void RandomOperations_BehaveLikeDictionaryBackedRecords()
    {
        var random = new Random(20240301);
        var names = new[] { "a", "b", "c", "d", "e", "zz" };
        var layout = new RecordLayout(names.Take(5));
        for (var round = 0; round < 300; round++)
        {
            var backed = layout.CreateRecord();
            var plain = new RecordData();
            for (var step = 0; step < 12; step++)
            {
                var name = names[random.Next(names.Length)];
                if (random.Next(4) == 0)
                {
                    Assert.Equal(plain.Remove(name), backed.Remove(name));
                }
                else
                {
                    var value = random.Next(3) == 0 ? Value.Blank : Value.FromNumber(random.Next(5));
                    plain[name] = value;
                    backed[name] = value;
                }

                Assert.Equal(plain.Count, backed.Count);
                Assert.True(plain.ContentEquals(backed));
                Assert.True(backed.ContentEquals(plain));
                Assert.Equal(plain.Keys.Order(StringComparer.Ordinal), backed.Keys.Order(StringComparer.Ordinal));
                foreach (var n in names)
                {
                    Assert.Equal(plain.ContainsKey(n), backed.ContainsKey(n));
                    Assert.Equal(plain[n], backed[n]);
                }
            }

            Assert.Equal(((IEnumerable<KeyValuePair<string, Value>>)plain).Count(), backed.Count());
        }
    }
}
