using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Formwork.Expressions.Internal.Functions;
using Linq = System.Linq.Expressions;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>What the parts of a fast lane share while they compile: the two parameters and the constant results.</summary>
internal sealed class LaneContext
{
    public Linq.ParameterExpression First { get; } = Linq.Expression.Parameter(typeof(Value).MakeByRefType(), "first");

    public Linq.ParameterExpression Result { get; } = Linq.Expression.Parameter(typeof(Value).MakeByRefType(), "result");

    public List<Value> Results { get; } = [];

    /// <summary>Gets the typed locals the guard fills with the fields read through related records.</summary>
    public Dictionary<PathRead, Linq.ParameterExpression> Locals { get; } = [];

    public Linq.ParameterExpression Local(PathRead read)
    {
        if (!Locals.TryGetValue(read, out var local))
        {
            local = Linq.Expression.Variable(typeof(Value), "path" + Locals.Count);
            Locals.Add(read, local);
        }

        return local;
    }

    /// <summary>The index under which the compiled lane returns a constant result.</summary>
    public Linq.Expression ResultIndex(Value value)
    {
        Results.Add(value);
        return Linq.Expression.Constant(Results.Count - 1);
    }

    /// <summary>Writes a computed value to the result and answers <see cref="FastLane.Computed"/>.</summary>
    public Linq.Expression Computed(Linq.Expression value)
    {
        WritesResult = true;
        return Linq.Expression.Block(Linq.Expression.Assign(Result, value), Linq.Expression.Constant(FastLane.Computed));
    }

    /// <summary>
    /// Gets the flag a division by zero raises (read once the lane is done: a raised flag sends the evaluation to the
    /// general tree, which gives <c>#DIV/0!</c>); it saves throwing an exception for every such record.
    /// </summary>
    public Linq.ParameterExpression Failed => _failed ??= Linq.Expression.Variable(typeof(bool), "failed");

    /// <summary>Gets whether some part of the lane raises <see cref="Failed"/>.</summary>
    public bool UsesFailed => _failed is not null;

    private Linq.ParameterExpression? _failed;

    /// <summary>Gets whether the lane computes a result (else it only ever answers with a constant result's index).</summary>
    public bool WritesResult { get; private set; }
}

/// <summary>Slot reads of the fast lane: the guard checked each slot's kind, so no read checks it again.</summary>
internal static class LaneRead
{
    /// <summary>Reads a number slot (blank reads as 0, as Excel arithmetic does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Number(ref Value first, int slot)
    {
        Unsafe.Add(ref first, slot).TryGetNumber(out var number);
        return number;
    }

    /// <summary>Reads a text slot (blank reads as "").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Text(ref Value first, int slot)
    {
        Unsafe.Add(ref first, slot).TryGetText(out var text);
        return text;
    }

    /// <summary>Reads a date slot as its day number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Day(ref Value first, int slot)
    {
        Unsafe.Add(ref first, slot).TryGetDate(out var date);
        return date.DayNumber;
    }

    /// <summary>Reads a slot as it is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value Value(ref Value first, int slot) => Unsafe.Add(ref first, slot);

    /// <summary>
    /// Follows a path through related records given as one-row tables, as <see cref="RecordFieldNode"/> does; a reference
    /// (which needs the context's resolver), an error or any other value gives #VALUE!, which no guard accepts, so the
    /// general tree evaluates.
    /// </summary>
    public static Value Path(Value holder, string[] path)
    {
        foreach (var field in path)
        {
            if (holder.Kind == ValueKind.Blank)
            {
                return default;
            }

            if (holder.Kind != ValueKind.Table)
            {
                return Excel.WrongType;
            }

            var rows = holder.AsTable();
            if (rows.Count == 0)
            {
                return default;
            }

            holder = rows[0][field];
        }

        return holder;
    }

    /// <summary>The number of a value the guard checked (blank reads as 0).</summary>
    public static decimal NumberOf(Value value)
    {
        value.TryGetNumber(out var number);
        return number;
    }

    /// <summary>The text of a value the guard checked (blank reads as "").</summary>
    public static string TextOf(Value value)
    {
        value.TryGetText(out var text);
        return text;
    }

    /// <summary>Reads the kind of a slot, for the guard and ISBLANK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ValueKind Kind(ref Value first, int slot) => Unsafe.Add(ref first, slot).Kind;
}

/// <summary>Text helpers of the fast lane.</summary>
internal static class LaneText
{
    /// <summary>
    /// Exactly <c>string.Equals(a, b, StringComparison.OrdinalIgnoreCase)</c>, as Excel compares text; ASCII characters are
    /// folded inline and any other character hands the rest of the work to the framework's comparison (the Kelvin sign
    /// equals <c>k</c> there).
    /// </summary>
    public static bool EqualsIgnoreCase(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            int x = a[i];
            int y = b[i];
            if (x == y)
            {
                continue;
            }

            if ((x | y) > 0x7F)
            {
                return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
            }

            var lower = (uint)(x | 0x20);
            if (lower != (uint)(y | 0x20) || lower - 'a' > 'z' - 'a')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ordering as the general comparison: case-insensitive by character code.</summary>
    public static int Compare(string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>A number as <c>&amp;</c> shows it.</summary>
    public static string Format(decimal number) => Excel.FormatNumber(number);
}

/// <summary>
/// Number helpers of the fast lane, with the built-in functions' exact semantics. A result the lane cannot represent (an
/// Excel error) throws <see cref="ArithmeticException"/>, so the general tree evaluates and gives the error.
/// </summary>
internal static class LaneMath
{
    public static decimal Power(decimal a, decimal b) => Number(Operators.Power(a, b));

    public static decimal Round(decimal x, decimal digits) => Number(BuiltinFunctions.Round(x, digits, MidpointRounding.AwayFromZero));

    public static decimal RoundUp(decimal x, decimal digits) =>
        Number(BuiltinFunctions.Round(x, digits, x < 0m ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity));

    public static decimal RoundDown(decimal x, decimal digits) => Number(BuiltinFunctions.Round(x, digits, MidpointRounding.ToZero));

    public static decimal Int(decimal x) => decimal.Floor(x);

    public static decimal Sign(decimal x) => Math.Sign(x);

    public static decimal Mod(decimal x, decimal y)
    {
        // Excel's MOD takes the divisor's sign; y = 0 throws DivideByZeroException, and the general tree gives #DIV/0!.
        var r = x % y;
        return r != 0m && (r < 0m) != (y < 0m) ? r + y : r;
    }

    /// <summary>A number operation that raises the lane's failure flag instead of throwing (its result is then unused).</summary>
    public delegate decimal Flagged(decimal a, decimal b, ref bool failed);

    /// <summary>MOD as the lane calls it: a zero divisor raises the lane's failure flag instead of throwing (the result is then unused).</summary>
    public static decimal Mod(decimal x, decimal y, ref bool failed)
    {
        if (y == 0m)
        {
            failed = true;
            return 0m;
        }

        return Mod(x, y);
    }

    /// <summary><c>a / b</c>; division by zero raises the lane's failure flag instead of throwing (the result is then unused).</summary>
    public static decimal Divide(decimal a, decimal b, ref bool failed)
    {
        if (b == 0m)
        {
            failed = true;
            return 0m;
        }

        return a / b;
    }

    /// <summary>
    /// SUM, COUNT, COUNTA, MIN, MAX or AVERAGE of one subform column (<c>MAX(lines.amount)</c>), as the aggregates fold a
    /// range: COUNT counts numbers and dates, COUNTA every cell that is not blank; SUM, MIN, MAX and AVERAGE take the
    /// number cells in row order (skipping blank, text and boolean ones; SUM adds them to <paramref name="sum"/>, the sum
    /// of the arguments before the column; MIN and MAX of none are 0). A cell the lane cannot fold (an error or a date for
    /// SUM, MIN, MAX and AVERAGE) and AVERAGE of no numbers raise the failure flag; overflow throws. The guard let only a
    /// table or blank through.
    /// </summary>
    public static decimal FoldColumn(ref Value first, int slot, string field, ColumnFold fold, decimal sum, ref bool failed)
    {
        ref var holder = ref Unsafe.Add(ref first, slot);
        var rows = holder.Kind == ValueKind.Table ? holder.AsTableRows() : [];
        var column = new ColumnReader(rows.Length > 0 ? rows[0] : null, field);
        var count = 0;
        var result = fold == ColumnFold.Sum ? sum : 0m;
        foreach (var row in rows)
        {
            var cell = column.Read(row);
            var kind = cell.Kind;
            if (fold == ColumnFold.CountA)
            {
                count += kind == ValueKind.Blank ? 0 : 1;
                continue;
            }

            if (kind == ValueKind.Number)
            {
                var number = cell.AsNumber();
                result = fold switch
                {
                    ColumnFold.Min => count == 0 || number < result ? number : result,
                    ColumnFold.Max => count == 0 || number > result ? number : result,
                    ColumnFold.Sum or ColumnFold.Average => result + number,
                    _ => result,
                };
                count++;
            }
            else if (fold == ColumnFold.Count)
            {
                count += kind is ValueKind.Date or ValueKind.DateTime or ValueKind.Time ? 1 : 0;
            }
            else if (kind is ValueKind.Error or ValueKind.Date or ValueKind.DateTime or ValueKind.Time)
            {
                failed = true;
                return 0m;
            }
        }

        switch (fold)
        {
            case ColumnFold.Count or ColumnFold.CountA:
                return count;
            case ColumnFold.Average when count == 0:
                failed = true;
                return 0m;
            case ColumnFold.Average:
                return result / count;
            default:
                return result;
        }
    }

    /// <summary>MIN's fold: the first of equal numbers is kept, as the aggregate does.</summary>
    public static decimal Min(decimal min, decimal number) => number < min ? number : min;

    /// <summary>MAX's fold.</summary>
    public static decimal Max(decimal max, decimal number) => number > max ? number : max;

    /// <summary><c>date + days</c> as <see cref="Value.AddDays"/> does: whole days (truncated); out of range throws.</summary>
    public static int AddDays(int day, decimal days)
    {
        var whole = decimal.Truncate(days);
        var result = (long)day + (whole < int.MinValue || whole > int.MaxValue ? long.MaxValue / 2 : (long)whole);
        if (result < DateOnly.MinValue.DayNumber || result > DateOnly.MaxValue.DayNumber)
        {
            Fail();
        }

        return (int)result;
    }

    /// <summary>
    /// Compares a number with a whole, non-negative constant (<c>amount &gt; 100000</c>) without the general decimal
    /// comparison when the number is a whole non-negative one that fits in 64 bits (scale 0: what integers and most
    /// amounts typed into forms are): then it is its low 64 bits. Any other number is compared as a decimal. Only used
    /// where <see cref="DecimalParts.LayoutKnown"/> holds (the lane checks it when it compiles).
    /// </summary>
    /// <param name="number">The number.</param>
    /// <param name="whole">The constant as an unsigned integer.</param>
    /// <param name="constant">The constant as a decimal.</param>
    /// <returns>The sign of <paramref name="number"/> minus the constant.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CompareWithWhole(decimal number, ulong whole, decimal constant)
    {
        // Reinterpreted, not addressed: the number's parts can stay in registers on the fast path.
        var parts = Unsafe.BitCast<decimal, DecimalParts>(number);
        return (parts.Flags | (int)parts.High) == 0 ? parts.Low.CompareTo(whole) : CompareDecimal(number, constant);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CompareDecimal(decimal number, decimal constant) => number.CompareTo(constant);

    /// <summary>A date as its Excel serial number (date comparisons and arithmetic with numbers).</summary>
    public static decimal Serial(int day) => day - Excel.SerialBase;

    private static decimal Number(Value value)
    {
        if (!value.TryGetNumber(out var number))
        {
            Fail();
        }

        return number;
    }

    /// <summary>Hands the evaluation to the general tree (the typed tree walk catches this).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Fail() => throw new ArithmeticException("The result is an Excel error value; the general evaluator gives it.");
}

/// <summary>Expression-tree pieces the parts of a fast lane compile to.</summary>
internal static class LaneEmit
{
    private static readonly MethodInfo ReadNumber = Method(typeof(LaneRead), nameof(LaneRead.Number));
    private static readonly MethodInfo ReadText = Method(typeof(LaneRead), nameof(LaneRead.Text));
    private static readonly MethodInfo ReadDay = Method(typeof(LaneRead), nameof(LaneRead.Day));
    private static readonly MethodInfo ReadValue = Method(typeof(LaneRead), nameof(LaneRead.Value));
    private static readonly MethodInfo ReadKind = Method(typeof(LaneRead), nameof(LaneRead.Kind));
    private static readonly MethodInfo TextEquals = Method(typeof(LaneText), nameof(LaneText.EqualsIgnoreCase));
    private static readonly MethodInfo StringChars = typeof(string).GetMethod("get_Chars", [typeof(int)])!;
    private static readonly MethodInfo TextCompare = Method(typeof(LaneText), nameof(LaneText.Compare));
    private static readonly MethodInfo FromText = typeof(Formwork.Value).GetMethod(nameof(Formwork.Value.FromText), [typeof(string)])!;
    private static readonly MethodInfo FromNumber = typeof(Formwork.Value).GetMethod(nameof(Formwork.Value.FromNumber), [typeof(decimal)])!;
    private static readonly MethodInfo FromDate = typeof(Formwork.Value).GetMethod(nameof(Formwork.Value.FromDate), [typeof(DateOnly)])!;
    private static readonly MethodInfo FromDayNumber = typeof(DateOnly).GetMethod(nameof(DateOnly.FromDayNumber), [typeof(int)])!;

    public static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;

    /// <summary>Calls a static helper of the lane.</summary>
    public static Linq.Expression Call(Type type, string name, params Linq.Expression[] arguments) => Linq.Expression.Call(Method(type, name), arguments);

    /// <summary>The guard of one slot: it holds the kind the lane was built for (or blank, where blank reads like it).</summary>
    public static Linq.Expression KindIs(Linq.ParameterExpression first, int slot, ValueKind kind, bool blankAllowed)
    {
        var read = Linq.Expression.Call(ReadKind, first, Linq.Expression.Constant(slot));
        if (!blankAllowed)
        {
            return Linq.Expression.Equal(read, Linq.Expression.Constant(kind));
        }

        // The kind or blank, as one bit test: (mask >> kind) & 1 with the bits of both kinds set in mask.
        var mask = (1 << (int)kind) | (1 << (int)ValueKind.Blank);
        var bit = Linq.Expression.And(Linq.Expression.RightShift(Linq.Expression.Constant(mask), Linq.Expression.Convert(read, typeof(int))), Linq.Expression.Constant(1));
        return Linq.Expression.NotEqual(bit, Linq.Expression.Constant(0));
    }

    /// <summary>The guard of a field read through related records: reads it into its local and checks the kind.</summary>
    public static Linq.Expression PathIs(Linq.ParameterExpression first, PathRead read, Linq.ParameterExpression local)
    {
        var value = Linq.Expression.Call(Method(typeof(LaneRead), nameof(LaneRead.Path)), Value(first, read.Slot), Linq.Expression.Constant(read.Path));
        var kind = Linq.Expression.Property(Linq.Expression.Assign(local, value), nameof(Formwork.Value.Kind));
        var check = Linq.Expression.Equal(kind, Linq.Expression.Constant(read.Kind));
        return read.BlankAllowed
            ? Linq.Expression.OrElse(check, Linq.Expression.Equal(Linq.Expression.Property(local, nameof(Formwork.Value.Kind)), Linq.Expression.Constant(ValueKind.Blank)))
            : check;
    }

    public static Linq.Expression NumberOf(Linq.Expression value) => Linq.Expression.Call(Method(typeof(LaneRead), nameof(LaneRead.NumberOf)), value);

    public static Linq.Expression TextOf(Linq.Expression value) => Linq.Expression.Call(Method(typeof(LaneRead), nameof(LaneRead.TextOf)), value);

    public static Linq.Expression Number(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadNumber, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Text(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadText, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Day(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadDay, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Value(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadValue, first, Linq.Expression.Constant(slot));

    public static Linq.Expression Kind(Linq.ParameterExpression first, int slot) => Linq.Expression.Call(ReadKind, first, Linq.Expression.Constant(slot));

    public static Linq.Expression NumberValue(Linq.Expression number) => Linq.Expression.Call(FromNumber, number);

    public static Linq.Expression TextValue(Linq.Expression text) => Linq.Expression.Call(FromText, text);

    public static Linq.Expression DateValue(Linq.Expression day) => Linq.Expression.Call(FromDate, Linq.Expression.Call(FromDayNumber, day));

    public static Linq.Expression Compare(BinaryOperator op, Linq.Expression left, Linq.Expression right) => op switch
    {
        BinaryOperator.Equal => Linq.Expression.Equal(left, right),
        BinaryOperator.NotEqual => Linq.Expression.NotEqual(left, right),
        BinaryOperator.Less => Linq.Expression.LessThan(left, right),
        BinaryOperator.LessOrEqual => Linq.Expression.LessThanOrEqual(left, right),
        BinaryOperator.Greater => Linq.Expression.GreaterThan(left, right),
        _ => Linq.Expression.GreaterThanOrEqual(left, right),
    };

    /// <summary>Case-insensitive by character code, as the general comparison.</summary>
    public static Linq.Expression CompareText(BinaryOperator op, Linq.Expression left, Linq.Expression right) => op switch
    {
        BinaryOperator.Equal => TextEqual(left, right),
        BinaryOperator.NotEqual => Linq.Expression.Not(TextEqual(left, right)),
        _ => Compare(op, Linq.Expression.Call(TextCompare, left, right), Linq.Expression.Constant(0)),
    };

    private static Linq.Expression TextEqual(Linq.Expression left, Linq.Expression right)
    {
        var constant = (right as Linq.ConstantExpression)?.Value as string ?? (left as Linq.ConstantExpression)?.Value as string;
        if (constant is null || constant.Length is 0 or > 16 || constant.AsSpan().ContainsAnyExceptInRange((char)0, (char)0x7F))
        {
            return Linq.Expression.Call(TextEquals, left, right);
        }

        // A short ASCII constant (level = "VIP"): its characters are compared inline, letters folded with | 0x20. Only a
        // non-ASCII character in the text hands the comparison to the exact helper (the Kelvin sign equals k there).
        var text = Linq.Expression.Variable(typeof(string), "text");
        var ch = Linq.Expression.Variable(typeof(int), "ch");
        var textOperand = right is Linq.ConstantExpression ? left : right;
        Linq.Expression test = Linq.Expression.Equal(Linq.Expression.Property(text, nameof(string.Length)), Linq.Expression.Constant(constant.Length));
        var exact = Linq.Expression.Call(TextEquals, text, Linq.Expression.Constant(constant));
        for (var i = 0; i < constant.Length; i++)
        {
            var c = constant[i];
            var read = Linq.Expression.Assign(ch, Linq.Expression.Convert(Linq.Expression.Call(text, StringChars, Linq.Expression.Constant(i)), typeof(int)));
            var same = char.IsAsciiLetter(c)
                ? Linq.Expression.Equal(Linq.Expression.Or(read, Linq.Expression.Constant(0x20)), Linq.Expression.Constant(c | 0x20))
                : Linq.Expression.Equal(read, Linq.Expression.Constant((int)c));
            test = Linq.Expression.AndAlso(test, Linq.Expression.OrElse(same, Linq.Expression.AndAlso(Linq.Expression.GreaterThan(ch, Linq.Expression.Constant(0x7F)), exact)));
        }

        return Linq.Expression.Block([text, ch], Linq.Expression.Assign(text, textOperand), test);
    }
}

/// <summary>
/// The fields of <see cref="decimal"/> as .NET lays them out (flags with sign and scale, the high 32 bits, the low 64
/// bits; what <see cref="decimal.GetBits(decimal)"/> reads). <see cref="LayoutKnown"/> checks the layout once against
/// <see cref="decimal.GetBits(decimal)"/>; on a runtime that lays it out otherwise the lane compares decimals the
/// ordinary way.
/// </summary>
internal readonly struct DecimalParts
{
    public static readonly bool LayoutKnown = Check(1.5m) && Check(-79228162514264337593543950335m) && Check(123456789012345678m) && Check(0.0001m);

    public readonly int Flags;
    public readonly uint High;
    public readonly ulong Low;

    private static bool Check(decimal value)
    {
        var bits = decimal.GetBits(value);
        var parts = Unsafe.As<decimal, DecimalParts>(ref value);
        return parts.Flags == bits[3] && parts.High == (uint)bits[2] && parts.Low == (((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
    }
}
