using Formwork.Auditing;

namespace Formwork.Abstractions.Tests.Auditing;

public sealed class FieldChangeTests
{
    [Fact]
    public void Diff_ListsChangedAddedAndCleared()
    {
        var before = new RecordData().Set("amount", 100m).Set("level", "VIP").Set("note", "x");
        var after = new RecordData().Set("amount", 100.00m).Set("level", "STD").Set("discount", 0.1m);
        var changes = FieldChange.Diff(before, after);
        Assert.Equal(
            [new FieldChange("level", "VIP", "STD"), new FieldChange("note", "x", Value.Blank), new FieldChange("discount", Value.Blank, 0.1m)],
            changes);
    }

    [Fact]
    public void Diff_NewRecord_ListsNonBlankFields()
    {
        var changes = FieldChange.Diff(null, new RecordData().Set("a", 1).Set("b", Value.Blank));
        Assert.Equal([new FieldChange("a", Value.Blank, 1)], changes);
    }

    [Fact]
    public void Diff_NewRecordAllBlankOrEmpty_ListsNothing()
    {
        Assert.Empty(FieldChange.Diff(null, new RecordData().Set("a", Value.Blank)));
        Assert.Empty(FieldChange.Diff(null, new RecordData()));
    }

    [Fact]
    public void Diff_FieldAddedBlankOrUnchanged_IsNotAChange()
    {
        var before = new RecordData().Set("a", 1).Set("b", Value.Blank);
        var after = new RecordData().Set("a", 1).Set("c", Value.Blank).Set("d", "x");
        Assert.Equal([new FieldChange("d", Value.Blank, "x")], FieldChange.Diff(before, after));
    }
}
