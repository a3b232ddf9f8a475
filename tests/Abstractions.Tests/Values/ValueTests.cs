using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Abstractions.Tests.Values;

public sealed class ValueTests
{
    private static readonly DateOnly Jan31 = new(2024, 1, 31);

    [Fact]
    public void Default_IsBlank()
    {
        Value value = default;
        Assert.True(value.IsBlank);
        Assert.Equal(ValueKind.Blank, value.Kind);
        Assert.Equal(Value.Blank, value);
        Assert.Equal(string.Empty, value.ToString());
    }

    [Fact]
    public void FromText_Null_IsBlank() => Assert.True(Value.FromText(null).IsBlank);

    [Fact]
    public void Number_DecimalArithmetic_IsExact()
    {
        var sum = Value.FromNumber(0.1m) + Value.FromNumber(0.2m);
        Assert.Equal(0.3m, sum.AsNumber());
        Assert.Equal(Value.FromNumber(0.3m), sum);
    }

    [Fact]
    public void Number_KeepsScaleInText_ButEqualsAcrossScales()
    {
        var a = Value.FromNumber(12.50m);
        var b = Value.FromNumber(12.5m);
        Assert.Equal("12.50", a.ToString());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_AcrossKinds_IsFalse()
    {
        Assert.NotEqual(Value.FromNumber(1), Value.FromText("1"));
        Assert.NotEqual(Value.True, Value.FromNumber(1));
        Assert.NotEqual(Value.Blank, Value.FromText(string.Empty));
        Assert.NotEqual(Value.FromDate(Jan31), Value.FromDateTime(new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Equals_Text_IsOrdinal()
    {
        Assert.Equal(Value.FromText("VIP"), Value.FromText("VIP"));
        Assert.NotEqual(Value.FromText("VIP"), Value.FromText("vip"));
    }

    [Fact]
    public void Equals_DateTime_ComparesInstantsAcrossOffsets()
    {
        var shanghai = Value.FromDateTime(new DateTimeOffset(2024, 1, 31, 8, 0, 0, TimeSpan.FromHours(8)));
        var utc = Value.FromDateTime(new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(shanghai, utc);
        Assert.Equal(shanghai.GetHashCode(), utc.GetHashCode());
        Assert.Equal(TimeSpan.FromHours(8), shanghai.AsDateTime().Offset);
    }

    [Fact]
    public void Equals_ListsAndTables_CompareByContent()
    {
        Assert.Equal(Value.FromList([1, "a"]), Value.FromList([1m, "a"]));
        Assert.NotEqual(Value.FromList([1, "a"]), Value.FromList(["a", 1]));
        var t1 = Value.FromTable([new RecordData().Set("qty", 2), new RecordData().Set("qty", 3)]);
        var t2 = Value.FromTable([new RecordData().Set("qty", 2m), new RecordData().Set("qty", 3m)]);
        Assert.Equal(t1, t2);
        Assert.NotEqual(t1, Value.FromTable([new RecordData().Set("qty", 2)]));
    }

    [Fact]
    public void Equals_References_IgnoreDisplay()
    {
        var a = Value.FromReference(new RecordReference("customer", "c1", "ACME"));
        var b = Value.FromReference(new RecordReference("customer", "c1"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, Value.FromReference(new RecordReference("customer", "c2")));
    }

    [Fact]
    public void CompareTo_SortsByKindThenContent()
    {
        var values = new List<Value>
        {
            Value.FromError(ValueError.NotAvailable), "b", 10, Value.Blank, "a", 2, Value.True, Value.FromDate(Jan31),
        };
        values.Sort();
        Assert.Equal(["", "TRUE", "2", "10", "2024-01-31", "a", "b", "#N/A"], values.Select(v => v.ToString()));
    }

    [Fact]
    public void Operators_Comparison_FollowCompareTo()
    {
        Assert.True(Value.FromNumber(2) < Value.FromNumber(10));
        Assert.True(Value.FromDate(Jan31) >= Value.FromDate(Jan31));
        Assert.True(Value.FromText("b") > Value.FromText("a"));
    }

    [Fact]
    public void AsNumber_WrongKind_ThrowsClearMessage()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Value.FromText("x").AsNumber());
        Assert.Equal("The value is a text, not a number.", ex.Message);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 1,234.5 ", 1234.5)]
    [InlineData("-3e2", -300)]
    [InlineData("15%", 0.15)]
    public void TryConvertToNumber_NumericText_Converts(string text, double expected)
    {
        Assert.True(Value.FromText(text).TryConvertToNumber(out var number));
        Assert.Equal((decimal)expected, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12abc")]
    public void TryConvertToNumber_OtherText_Fails(string text) =>
        Assert.False(Value.FromText(text).TryConvertToNumber(out _));

    [Fact]
    public void TryConvertToNumber_BlankAndBooleans_AreExcelNumbers()
    {
        Assert.True(Value.Blank.TryConvertToNumber(out var blank));
        Assert.Equal(0m, blank);
        Assert.True(Value.True.TryConvertToNumber(out var one));
        Assert.Equal(1m, one);
        Assert.False(Value.FromDate(Jan31).TryConvertToNumber(out _));
    }

    [Fact]
    public void ToBooleanValue_FollowsExcel()
    {
        Assert.Equal(Value.False, Value.Blank.ToBooleanValue());
        Assert.Equal(Value.True, Value.FromNumber(-2).ToBooleanValue());
        Assert.Equal(Value.False, Value.FromNumber(0).ToBooleanValue());
        Assert.Equal(Value.True, Value.FromText("true").ToBooleanValue());
        Assert.Equal(ValueError.Value, Value.FromText("yes").ToBooleanValue().AsError());
        Assert.Equal(ValueError.DivideByZero, Value.FromError(ValueError.DivideByZero).ToBooleanValue().AsError());
    }

    [Fact]
    public void Add_DatePlusDays_IsDate()
    {
        var result = Value.FromDate(Jan31) + 1;
        Assert.Equal(Value.FromDate(new DateOnly(2024, 2, 1)), result);
        Assert.Equal(Value.FromDate(new DateOnly(2024, 3, 1)), Value.FromNumber(30) + Value.FromDate(Jan31));
    }

    [Fact]
    public void Add_DatePlusFraction_DropsTheFraction()
    {
        Assert.Equal(Value.FromDate(new DateOnly(2024, 2, 1)), Value.FromDate(Jan31) + 1.75m);
        Assert.Equal(Value.FromDate(new DateOnly(2024, 1, 30)), Value.FromDate(Jan31) - 1.75m);
    }

    [Fact]
    public void Add_LeapYear_LandsOnFeb29()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), (Value.FromDate(new DateOnly(2024, 2, 28)) + 1).AsDate());
        Assert.Equal(new DateOnly(2023, 3, 1), (Value.FromDate(new DateOnly(2023, 2, 28)) + 1).AsDate());
    }

    [Fact]
    public void Add_DateTimePlusFractionalDays_KeepsOffset()
    {
        var start = new DateTimeOffset(2024, 1, 31, 22, 0, 0, TimeSpan.FromHours(8));
        var result = (Value.FromDateTime(start) + 0.25m).AsDateTime();
        Assert.Equal(new DateTimeOffset(2024, 2, 1, 4, 0, 0, TimeSpan.FromHours(8)), result);
        Assert.Equal(TimeSpan.FromHours(8), result.Offset);
    }

    [Fact]
    public void Subtract_DateMinusDate_IsDays()
    {
        Assert.Equal(366m, (Value.FromDate(new DateOnly(2025, 1, 1)) - Value.FromDate(new DateOnly(2024, 1, 1))).AsNumber());
        Assert.Equal(-1m, (Value.FromDate(Jan31) - Value.FromDate(new DateOnly(2024, 2, 1))).AsNumber());
    }

    [Fact]
    public void Subtract_DateTimes_IsFractionalDays()
    {
        var a = Value.FromDateTime(new DateTimeOffset(2024, 1, 1, 6, 0, 0, TimeSpan.Zero));
        var b = Value.FromDateTime(new DateTimeOffset(2024, 1, 1, 18, 0, 0, TimeSpan.Zero));
        Assert.Equal(0.5m, (b - a).AsNumber());
    }

    [Fact]
    public void Subtract_DateTimeMinusDate_MeetsAtMidnightInTheOffset()
    {
        var noon = Value.FromDateTime(new DateTimeOffset(2024, 1, 31, 12, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(0.5m, (noon - Value.FromDate(Jan31)).AsNumber());
    }

    [Fact]
    public void Subtract_NumberMinusDate_IsValueError() =>
        Assert.Equal(ValueError.Value, (Value.FromNumber(3) - Value.FromDate(Jan31)).AsError());

    [Fact]
    public void Arithmetic_BlankIsZero_TextNumberConverts()
    {
        Assert.Equal(5m, (Value.Blank + 5).AsNumber());
        Assert.Equal(0m, (Value.Blank * 5).AsNumber());
        Assert.Equal(7m, (Value.FromText("2") + 5).AsNumber());
        Assert.Equal(ValueError.Value, (Value.FromText("two") + 5).AsError());
    }

    [Fact]
    public void Divide_ByZeroOrBlank_IsDivError()
    {
        Assert.Equal(ValueError.DivideByZero, (Value.FromNumber(1) / 0).AsError());
        Assert.Equal(ValueError.DivideByZero, (Value.FromNumber(1) / Value.Blank).AsError());
        Assert.Equal(0.25m, (Value.FromNumber(1) / 4).AsNumber());
    }

    [Fact]
    public void Arithmetic_Errors_PropagateLeftFirst()
    {
        var div = Value.FromError(ValueError.DivideByZero);
        var na = Value.FromError(ValueError.NotAvailable);
        Assert.Equal(div, div + na);
        Assert.Equal(na, Value.FromNumber(1) * na);
        Assert.Equal(na, -na);
    }

    [Fact]
    public void Multiply_Overflow_IsNumError() =>
        Assert.Equal(ValueError.Number, (Value.FromNumber(decimal.MaxValue) * 2).AsError());

    [Fact]
    public void AddDays_OutOfRange_IsNumError() =>
        Assert.Equal(ValueError.Number, Value.FromDate(DateOnly.MaxValue).AddDays(1).AsError());

    [Fact]
    public void FromDouble_NaNAndInfinity_AreNumErrors()
    {
        Assert.Equal(ValueError.Number, Value.FromDouble(double.NaN).AsError());
        Assert.Equal(ValueError.Number, Value.FromDouble(double.PositiveInfinity).AsError());
        Assert.Equal(2.5m, Value.FromDouble(2.5).AsNumber());
    }

    [Fact]
    public void ToString_EveryKind_IsInvariant()
    {
        Assert.Equal("TRUE", Value.True.ToString());
        Assert.Equal("-1234.5", Value.FromNumber(-1234.5m).ToString());
        Assert.Equal("2024-01-31", Value.FromDate(Jan31).ToString());
        Assert.Equal("2024-01-31T10:00:00+08:00", Value.FromDateTime(new DateTimeOffset(2024, 1, 31, 10, 0, 0, TimeSpan.FromHours(8))).ToString());
        Assert.Equal("09:30:00", Value.FromTime(new TimeOnly(9, 30)).ToString());
        Assert.Equal("1, a", Value.FromList([1, "a"]).ToString());
        Assert.Equal("#DIV/0!", Value.FromError(ValueError.DivideByZero).ToString());
        Assert.Equal("ACME", Value.FromReference(new RecordReference("customer", "c1", "ACME")).ToString());
    }

    [Fact]
    public void FromTable_FreezesCopiesOfRows()
    {
        var row = new RecordData().Set("qty", 1);
        var table = Value.FromTable([row]);
        row["qty"] = 99;
        Assert.Equal(1m, table.AsTable()[0]["qty"].AsNumber());
        Assert.Throws<InvalidOperationException>(() => table.AsTable()[0]["qty"] = 2);
    }

    [Fact]
    public void AsTableRows_SameRowsAsAsTable_ForEveryWayATableIsMade()
    {
        var rows = new[] { new RecordData().Set("qty", 1), new RecordData().Set("qty", 2) };
        foreach (var table in new[] { Value.FromTable(rows), Value.FromTable(rows, takeOwnership: false), Value.FromTable([.. rows], takeOwnership: true), Value.FromTable([]) })
        {
            Assert.Equal(table.AsTable(), table.AsTableRows().ToArray());
        }

        Assert.Equal(2m, Value.FromTable(rows).AsTableRows()[1]["qty"].AsNumber());
        Assert.Throws<InvalidOperationException>(() => Value.FromNumber(1).AsTableRows().Length);
        Assert.Throws<InvalidOperationException>(() => Value.Blank.AsTableRows().Length);
    }

    [Fact]
    public void ValueErrors_ParseAndDisplay_RoundTrip()
    {
        foreach (var error in Enum.GetValues<ValueError>())
        {
            Assert.True(ValueErrors.TryParse(error.ToDisplayString().ToLowerInvariant(), out var parsed));
            Assert.Equal(error, parsed);
        }

        Assert.False(ValueErrors.TryParse("#OOPS", out _));
    }
}
