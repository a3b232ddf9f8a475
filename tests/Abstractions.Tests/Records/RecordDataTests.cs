using System;
using System.Linq;

namespace Formwork.Abstractions.Tests.Records;

public sealed class RecordDataTests
{
    [Fact]
    public void Indexer_MissingField_IsBlank() => Assert.True(new RecordData()["nothing"].IsBlank);

    [Fact]
    public void Set_KeepsFirstSetOrder()
    {
        var record = new RecordData().Set("b", 1).Set("a", 2).Set("b", 3);
        Assert.Equal(["b", "a"], record.Keys.ToArray());
        Assert.Equal(3m, record["b"].AsNumber());
    }

    [Fact]
    public void Freeze_RefusesWrites_CloneIsWritable()
    {
        var record = new RecordData().Set("a", 1).Freeze();
        var ex = Assert.Throws<InvalidOperationException>(() => record["a"] = 2);
        Assert.Contains("frozen", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => record.Remove("a"));
        var copy = record.Clone();
        copy["a"] = 2;
        Assert.False(copy.IsFrozen);
        Assert.Equal(1m, record["a"].AsNumber());
    }

    [Fact]
    public void ContentEquals_BlankEqualsMissing()
    {
        var a = new RecordData().Set("x", 1).Set("note", Value.Blank);
        var b = new RecordData().Set("x", 1m);
        Assert.True(a.ContentEquals(b));
        Assert.True(b.ContentEquals(a));
        Assert.False(a.ContentEquals(b.Clone().Set("y", "extra")));
        Assert.False(a.ContentEquals(null));
    }

    [Fact]
    public void Indexer_EmptyName_Throws() => Assert.Throws<ArgumentException>(() => new RecordData()[string.Empty] = 1);

    [Fact]
    public void FromJson_Null_Throws() => Assert.Throws<System.Text.Json.JsonException>(() => RecordData.FromJson("null"));

    [Fact]
    public void FromJson_TrailingContent_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => RecordData.FromJson("{\"a\":1} {\"b\":2}"));
    }

    [Fact]
    public void FromJson_NotAnObject_Throws()
    {
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => RecordData.FromJson("[1]"));
        Assert.Contains("record data must be a JSON object, found StartArray", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Capacity_StartsEmptyAndGrowsPastIt()
    {
        var record = new RecordData(2);
        Assert.Empty(record);
        Assert.False(record.IsFrozen);
        record.Set("a", 1).Set("b", 2).Set("c", 3);
        Assert.Equal(["a", "b", "c"], record.Keys.ToArray());
        Assert.Equal(3m, record["c"].AsNumber());
        Assert.Empty(new RecordData(0));
    }

    [Fact]
    public void Constructor_NegativeCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordData(-1));

    [Fact]
    public void Clone_KeepsOrderAndValues_IsIndependent()
    {
        var record = new RecordData().Set("b", 1).Set("a", "x").Freeze();
        var copy = record.Clone();
        Assert.Equal(["b", "a"], copy.Keys.ToArray());
        Assert.True(copy.ContentEquals(record));
        copy["c"] = 3;
        Assert.False(record.ContainsKey("c"));
    }

    [Fact]
    public void ValueFromTable_TakeOwnership_KeepsArrayAndRowsAndFreezesThem()
    {
        var first = new RecordData(1).Set("q", 1);
        var second = new RecordData(1).Set("q", 2).Freeze();
        RecordData[] rows = [first, second];
        var table = Value.FromTable(rows, takeOwnership: true).AsTable();
        Assert.Equal(2, table.Count);
        Assert.Same(first, table[0]);
        Assert.Same(second, table[1]);
        Assert.True(first.IsFrozen);
        Assert.Throws<InvalidOperationException>(() => first["q"] = 5);
        Assert.Equal(Value.FromTable([new RecordData().Set("q", 1), new RecordData().Set("q", 2)]), Value.FromTable(rows, takeOwnership: true));
    }

    [Fact]
    public void ValueFromTable_WithoutOwnership_CopiesAndLeavesRowsWritable()
    {
        var first = new RecordData().Set("q", 1);
        RecordData[] rows = [first];
        var table = Value.FromTable(rows, takeOwnership: false).AsTable();
        Assert.NotSame(first, table[0]);
        Assert.True(table[0].IsFrozen);
        Assert.False(first.IsFrozen);
        rows[0] = new RecordData().Set("q", 9);
        first["q"] = 7;
        Assert.Equal(1m, table[0]["q"].AsNumber());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ValueFromTable_EmptyArray_IsEmptyTable(bool takeOwnership)
    {
        var table = Value.FromTable([], takeOwnership);
        Assert.Equal(ValueKind.Table, table.Kind);
        Assert.Empty(table.AsTable());
        Assert.Equal(Value.FromTable(Array.Empty<RecordData>().AsEnumerable()), table);
    }

    [Fact]
    public void ValueFromTable_NullArrayOrRow_ThrowsAndFreezesNothing()
    {
        Assert.Throws<ArgumentNullException>(() => Value.FromTable(null!, takeOwnership: true));
        var first = new RecordData().Set("q", 1);
        var ex = Assert.Throws<ArgumentNullException>(() => Value.FromTable([first, null!], takeOwnership: true));
        Assert.Equal("rows", ex.ParamName);
        Assert.False(first.IsFrozen);
    }
}
