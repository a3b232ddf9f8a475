using System;
using System.Collections.Generic;
using System.Text;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    /// <summary>The longest text a formula may build (Excel's cell limit), so REPT and joins cannot exhaust memory.</summary>
    internal const int MaxTextLength = 32767;

    private static void AddText(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new LazyFunction("CONCATENATE", 1, 255, ValueKind.Text, ArgumentShape.Scalar, static (a, in frame) => Join(a, 0, frame, string.Empty, ignoreEmpty: false)));
        Add(f, new LazyFunction("CONCAT", 1, 255, ValueKind.Text, ArgumentShape.Ranges, static (a, in frame) => Join(a, 0, frame, string.Empty, ignoreEmpty: false)));
        Add(f, new LazyFunction("TEXTJOIN", 3, 255, ValueKind.Text, ArgumentShape.Ranges, static (a, in frame) =>
        {
            var delimiter = a[0].Evaluate(frame);
            if (delimiter.IsError)
            {
                return delimiter;
            }

            if (!Excel.TryBoolean(a[1].Evaluate(frame), out var ignoreEmpty, out var error))
            {
                return error;
            }

            return Join(a, 2, frame, Excel.ToText(delimiter), ignoreEmpty);
        }));
        Add(f, Text2("LEFT", 1, static (t, n) => Value.FromText(t[..Math.Min(n, t.Length)]), 1));
        Add(f, Text2("RIGHT", 1, static (t, n) => Value.FromText(t[(t.Length - Math.Min(n, t.Length))..]), 1));
        Add(f, new EagerFunction("MID", 3, 3, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
        {
            var text = Excel.ToText(a[0]);
            if (!Excel.TryInteger(a[1], out var start, out var error) || !Excel.TryInteger(a[2], out var count, out error))
            {
                return error;
            }

            if (start < 1 || count < 0)
            {
                return Excel.WrongType;
            }

            if (start > text.Length)
            {
                return Excel.EmptyText;
            }

            return Value.FromText(text.Substring(start - 1, Math.Min(count, text.Length - start + 1)));
        }));
        Add(f, Text1("LEN", ValueKind.Number, static t => Value.FromNumber(t.Length)));
        Add(f, Text1("UPPER", ValueKind.Text, static t => Value.FromText(t.ToUpperInvariant())));
        Add(f, Text1("LOWER", ValueKind.Text, static t => Value.FromText(t.ToLowerInvariant())));
        Add(f, Text1("PROPER", ValueKind.Text, static t => Value.FromText(Proper(t))));
        Add(f, Text1("TRIM", ValueKind.Text, static t => Value.FromText(Trim(t))));
        Add(f, new EagerFunction("SUBSTITUTE", 3, 4, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
        {
            var text = Excel.ToText(a[0]);
            var old = Excel.ToText(a[1]);
            var replacement = Excel.ToText(a[2]);
            if (old.Length == 0)
            {
                return Value.FromText(text);
            }

            if (!a.Has(3))
            {
                return Limit(text.Replace(old, replacement, StringComparison.Ordinal));
            }

            if (!Excel.TryInteger(a[3], out var instance, out var error))
            {
                return error;
            }

            if (instance < 1)
            {
                return Excel.WrongType;
            }

            var index = -1;
            for (var i = 0; i < instance; i++)
            {
                index = text.IndexOf(old, index + 1, StringComparison.Ordinal);
                if (index < 0)
                {
                    return Value.FromText(text);
                }
            }

            return Value.FromText(string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length)));
        }));
        Add(f, new EagerFunction("REPLACE", 4, 4, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
        {
            var text = Excel.ToText(a[0]);
            if (!Excel.TryInteger(a[1], out var start, out var error) || !Excel.TryInteger(a[2], out var count, out error))
            {
                return error;
            }

            if (start < 1 || count < 0)
            {
                return Excel.WrongType;
            }

            var from = Math.Min(start - 1, text.Length);
            var length = Math.Min(count, text.Length - from);
            return Limit(string.Concat(text.AsSpan(0, from), Excel.ToText(a[3]), text.AsSpan(from + length)));
        }));
        Add(f, new EagerFunction("FIND", 2, 3, ValueKind.Number, static (in Args a, in EvaluationFrame _) => Find(a, caseSensitive: true)));
        Add(f, new EagerFunction("SEARCH", 2, 3, ValueKind.Number, static (in Args a, in EvaluationFrame _) => Find(a, caseSensitive: false)));
        Add(f, new EagerFunction("TEXT", 2, 2, ValueKind.Text, static (in Args a, in EvaluationFrame _) => TextFormat.Format(a[0], Excel.ToText(a[1]))));
        Add(f, new EagerFunction("VALUE", 1, 1, ValueKind.Number, static (in Args a, in EvaluationFrame _) =>
        {
            var v = a[0];
            if (v.Kind == ValueKind.Text && Excel.TryParseDate(v.AsText(), out var date))
            {
                return Value.FromNumber(date.DayNumber - Excel.SerialBase);
            }

            if (v.Kind == ValueKind.Boolean)
            {
                return Excel.WrongType;
            }

            return Excel.TryNumber(v, out var number, out var error) ? Value.FromNumber(number) : error;
        }));
        Add(f, new EagerFunction("REPT", 2, 2, ValueKind.Text, static (in Args a, in EvaluationFrame _) =>
        {
            var text = Excel.ToText(a[0]);
            if (!Excel.TryInteger(a[1], out var times, out var error))
            {
                return error;
            }

            if (times < 0 || (long)times * text.Length > MaxTextLength)
            {
                return Excel.WrongType;
            }

            return Value.FromText(new StringBuilder(text.Length * times).Insert(0, text, times).ToString());
        }));
        Add(f, new EagerFunction("EXACT", 2, 2, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) =>
            Value.FromBoolean(string.Equals(Excel.ToText(a[0]), Excel.ToText(a[1]), StringComparison.Ordinal))));
    }

    private static EagerFunction Text1(string name, ValueKind kind, Func<string, Value> body) =>
        new(name, 1, 1, kind, (in Args a, in EvaluationFrame _) => body(Excel.ToText(a[0])));

    private static EagerFunction Text2(string name, int min, Func<string, int, Value> body, int defaultCount) =>
        new(name, min, 2, ValueKind.Text, (in Args a, in EvaluationFrame _) =>
        {
            var count = defaultCount;
            if (a.Has(1) && !Excel.TryInteger(a[1], out count, out var error))
            {
                return error;
            }

            return count < 0 ? Excel.WrongType : body(Excel.ToText(a[0]), count);
        });

    private static Value Limit(string text) => text.Length > MaxTextLength ? Excel.WrongType : Value.FromText(text);

    private static Value Join(Node[] arguments, int from, in EvaluationFrame frame, string delimiter, bool ignoreEmpty)
    {
        var builder = new StringBuilder();
        var first = true;
        for (var a = from; a < arguments.Length; a++)
        {
            var range = ValueRange.Of(arguments[a], frame);
            for (var i = 0; i < range.Count; i++)
            {
                var value = range[i];
                if (value.IsError)
                {
                    return value;
                }

                var text = Excel.ToText(value);
                if (ignoreEmpty && text.Length == 0)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append(delimiter);
                }

                builder.Append(text);
                first = false;
                if (builder.Length > MaxTextLength)
                {
                    return Excel.WrongType;
                }
            }
        }

        return Value.FromText(builder.ToString());
    }

    private static Value Find(in Args a, bool caseSensitive)
    {
        var find = Excel.ToText(a[0]);
        var within = Excel.ToText(a[1]);
        var start = 1;
        if (a.Has(2) && !Excel.TryInteger(a[2], out start, out var error))
        {
            return error;
        }

        if (start < 1 || start > within.Length + 1)
        {
            return Excel.WrongType;
        }

        int index;
        if (caseSensitive)
        {
            index = within.IndexOf(find, start - 1, StringComparison.Ordinal);
        }
        else if (find.AsSpan().IndexOfAny("*?~") >= 0)
        {
            index = Wildcard.IndexOf(within, find, start - 1, anchored: false);
        }
        else
        {
            index = within.IndexOf(find, start - 1, StringComparison.OrdinalIgnoreCase);
        }

        return index < 0 ? Excel.WrongType : Value.FromNumber(index + 1);
    }

    private static string Proper(string text)
    {
        var chars = text.ToCharArray();
        var previousIsLetter = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            chars[i] = previousIsLetter ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
            previousIsLetter = char.IsLetter(c);
        }

        return new string(chars);
    }

    /// <summary>Excel's TRIM: no leading or trailing spaces, single spaces between words.</summary>
    private static string Trim(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }
}
