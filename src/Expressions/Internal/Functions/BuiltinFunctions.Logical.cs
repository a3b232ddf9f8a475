using System.Collections.Generic;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions.Internal.Functions;

internal static partial class BuiltinFunctions
{
    private static void AddLogical(Dictionary<string, BuiltinFunction> f)
    {
        Add(f, new LazyFunction("IF", 2, 3, null, ArgumentShape.Scalar, static (a, in frame) =>
        {
            var condition = a[0].Evaluate(frame);
            if (!Excel.TryBoolean(condition, out var test, out var error))
            {
                return error;
            }

            if (test)
            {
                return a[1].Evaluate(frame);
            }

            return a.Length > 2 ? a[2].Evaluate(frame) : Value.False;
        }));
        Add(f, new LazyFunction("IFS", 2, 254, null, ArgumentShape.Scalar, static (a, in frame) =>
        {
            for (var i = 0; i + 1 < a.Length; i += 2)
            {
                if (!Excel.TryBoolean(a[i].Evaluate(frame), out var test, out var error))
                {
                    return error;
                }

                if (test)
                {
                    return a[i + 1].Evaluate(frame);
                }
            }

            return Excel.NotAvailable;
        }));
        Add(f, new LazyFunction("SWITCH", 3, 254, null, ArgumentShape.Scalar, static (a, in frame) =>
        {
            var subject = a[0].Evaluate(frame);
            if (subject.IsError)
            {
                return subject;
            }

            var i = 1;
            for (; i + 1 < a.Length; i += 2)
            {
                var candidate = a[i].Evaluate(frame);
                if (candidate.IsError)
                {
                    return candidate;
                }

                if (Excel.AreEqual(subject, candidate))
                {
                    return a[i + 1].Evaluate(frame);
                }
            }

            return i < a.Length ? a[i].Evaluate(frame) : Excel.NotAvailable;
        }));
        Add(f, new LazyFunction("AND", 1, 255, ValueKind.Boolean, ArgumentShape.Ranges, static (a, in frame) => Logic(a, frame, 0)));
        Add(f, new LazyFunction("OR", 1, 255, ValueKind.Boolean, ArgumentShape.Ranges, static (a, in frame) => Logic(a, frame, 1)));
        Add(f, new LazyFunction("XOR", 1, 255, ValueKind.Boolean, ArgumentShape.Ranges, static (a, in frame) => Logic(a, frame, 2)));
        Add(f, new EagerFunction("NOT", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) =>
            Excel.TryBoolean(a[0], out var b, out var error) ? Value.FromBoolean(!b) : error));
        Add(f, new LazyFunction("IFERROR", 2, 2, null, ArgumentShape.Scalar, static (a, in frame) =>
        {
            var value = a[0].Evaluate(frame);
            return value.IsError ? a[1].Evaluate(frame) : value;
        }));
        Add(f, new LazyFunction("IFNA", 2, 2, null, ArgumentShape.Scalar, static (a, in frame) =>
        {
            var value = a[0].Evaluate(frame);
            return value.IsError && value.AsError() == ValueError.NotAvailable ? a[1].Evaluate(frame) : value;
        }));
        Add(f, new EagerFunction("ISBLANK", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].IsBlank), propagateErrors: false));
        Add(f, new EagerFunction("ISNUMBER", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].Kind is ValueKind.Number or ValueKind.Date or ValueKind.DateTime or ValueKind.Time), propagateErrors: false));
        Add(f, new EagerFunction("ISTEXT", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].Kind == ValueKind.Text), propagateErrors: false));
        Add(f, new EagerFunction("ISLOGICAL", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].Kind == ValueKind.Boolean), propagateErrors: false));
        Add(f, new EagerFunction("ISERROR", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].IsError), propagateErrors: false));
        Add(f, new EagerFunction("ISNA", 1, 1, ValueKind.Boolean, static (in Args a, in EvaluationFrame _) => Value.FromBoolean(a[0].IsError && a[0].AsError() == ValueError.NotAvailable), propagateErrors: false));
    }

    /// <summary>AND (mode 0), OR (1), XOR (2): booleans and numbers count, text in columns is skipped, typed text that is not TRUE/FALSE is #VALUE!.</summary>
    private static Value Logic(Node[] arguments, in EvaluationFrame frame, int mode)
    {
        var seen = false;
        var all = true;
        var any = false;
        var trues = 0;
        foreach (var argument in arguments)
        {
            if (argument is not ColumnNode)
            {
                // One value (the usual case): no range to walk.
                var single = argument.Evaluate(frame);
                if (single.Kind == ValueKind.Boolean)
                {
                    var b = single.AsBoolean();
                    seen = true;
                    all &= b;
                    any |= b;
                    trues += b ? 1 : 0;
                    continue;
                }

                if (single.Kind != ValueKind.List)
                {
                    if (!Excel.TryBoolean(single, out var converted, out var singleError))
                    {
                        return singleError;
                    }

                    seen = true;
                    all &= converted;
                    any |= converted;
                    trues += converted ? 1 : 0;
                    continue;
                }
            }

            var range = ValueRange.Of(argument, frame);
            for (var i = 0; i < range.Count; i++)
            {
                var value = range[i];
                if (value.IsError)
                {
                    return value;
                }

                // Blank fields are FALSE (the "blank is FALSE in logic"); blanks and text inside columns are skipped as in Excel ranges.
                if (range.IsMany && value.Kind is ValueKind.Blank or ValueKind.Text)
                {
                    continue;
                }

                if (!Excel.TryBoolean(value, out var b, out var error))
                {
                    return error;
                }

                seen = true;
                all &= b;
                any |= b;
                trues += b ? 1 : 0;
            }
        }

        if (!seen)
        {
            return Excel.WrongType;
        }

        return Value.FromBoolean(mode switch
        {
            0 => all,
            1 => any,
            _ => trues % 2 == 1,
        });
    }
}
