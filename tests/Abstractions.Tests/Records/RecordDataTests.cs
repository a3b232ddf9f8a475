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
}
