using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Formwork.Diagnostics;

namespace Formwork.Forms.Internal;

/// <summary>The checks of one non-blank value against its field: lengths, ranges, scale, options, patterns, formats, rows and files.</summary>
internal static class FieldValidator
{
    /// <summary>
    /// Returns whether <see cref="Validate"/> checks anything for this field (a length, range, scale, option set, pattern,
    /// format, list or file setting), so fields without any skip the call; kept next to it so that both agree.
    /// </summary>
    public static bool HasValueChecks(CompiledField field) => field.Kind switch
    {
        ValueKind.Text => field.MinLength > 0 || field.MaxLength != int.MaxValue || field.Type == FieldType.Select
            || field.Plan.Pattern is not null || field.TextFormat != TextFormat.None,
        ValueKind.Number => field.NumberMin is not null || field.NumberMax is not null || (field.NumberScale is not null && !field.IsComputed),
        ValueKind.List => field.Type is FieldType.MultiSelect or FieldType.Cascade,
        ValueKind.Table => FieldKinds.IsFile(field.Type),
        _ => false,
    };

    public static void Validate(CompiledField field, in Value value, in FieldPath path, FormPlan plan, Submission errors, in Value before)
    {
        switch (field.Kind)
        {
            case ValueKind.Text:
                ValidateText(field, value.AsText(), in path, plan, errors, in before);
                break;
            case ValueKind.Number:
                ValidateNumber(field, value.AsNumber(), in path, errors);
                break;
            case ValueKind.List when field.Type == FieldType.MultiSelect:
                ValidateMultiSelect(field, value.AsList(), in path, errors, in before);
                break;
            case ValueKind.List when field.Type == FieldType.Cascade:
                ValidateCascade(field, value.AsList(), in path, errors);
                break;
            case ValueKind.Table when FieldKinds.IsFile(field.Type):
                ValidateFiles(field, value.AsTable(), path, errors);
                break;
        }
    }

    /// <summary>Adds an error for a field (out of line: errors are rare, and building one must not weigh on the checks).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Report(Submission errors, MessageTemplate template, in FieldPath path, CompiledField field) =>
        errors.AddError(Error(template, path, field));

    /// <summary>Adds an error for a field with one argument of its message (out of line, see the overload).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Report(Submission errors, MessageTemplate template, in FieldPath path, CompiledField field, string name, object? value) =>
        errors.AddError(Error(template, path, field, (name, value)));

    // Multi-select, cascade and file checks are out of line: they are rarer than text and numbers, and their loops and
    // locals would otherwise make every call's frame larger.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ValidateMultiSelect(CompiledField field, IReadOnlyList<Value> items, in FieldPath path, Submission errors, in Value before)
    {
        var s = field.Settings;
        if (s.Min is { } min && items.Count < min)
        {
            Report(errors, FormMessages.TooSmall, path, field, "min", min);
        }

        if (s.Max is { } max && items.Count > max)
        {
            Report(errors, FormMessages.TooLarge, path, field, "max", max);
        }

        foreach (var item in items)
        {
            CheckOption(field, item.AsText(), path, errors, before.Kind == ValueKind.List && Contains(before.AsList(), item));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ValidateCascade(CompiledField field, IReadOnlyList<Value> items, in FieldPath path, Submission errors)
    {
        var level = field.Settings.Options;
        foreach (var item in items)
        {
            FieldOption? found = null;
            foreach (var option in level ?? [])
            {
                if (option.Value == item.AsText())
                {
                    found = option;
                    break;
                }
            }

            if (found is null)
            {
                Report(errors, FormMessages.NotAnOption, path, field, "value", item.AsText());
                break;
            }

            level = found.Children;
        }
    }

    private static bool Contains(IReadOnlyList<Value> list, Value item)
    {
        foreach (var v in list)
        {
            if (v.Equals(item))
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateText(CompiledField field, string text, in FieldPath path, FormPlan plan, Submission errors, in Value before)
    {
        if (text.Length < field.MinLength)
        {
            Report(errors, FormMessages.TooShort, path, field, "min", field.MinLength);
        }

        if (text.Length > field.MaxLength)
        {
            Report(errors, FormMessages.TooLong, path, field, "max", field.MaxLength);
        }

        if (field.Type == FieldType.Select)
        {
            CheckOption(field, text, path, errors, before.Kind == ValueKind.Text && before.AsText() == text);
            return;
        }

        if (field.Plan.Pattern is { } pattern)
        {
            CheckPattern(field, pattern, text, in path, plan, errors);
        }

        var format = field.TextFormat;
        if (format == TextFormat.None)
        {
            return;
        }

        var (ok, template) = format switch
        {
            TextFormat.Email => (TextFormats.IsEmail(text), FormMessages.InvalidEmail),
            TextFormat.Mobile => (TextFormats.IsMobile(text), FormMessages.InvalidMobile),
            TextFormat.Landline => (TextFormats.IsLandline(text), FormMessages.InvalidPhone),
            TextFormat.Phone => (TextFormats.IsMobile(text) || TextFormats.IsLandline(text), FormMessages.InvalidPhone),
            TextFormat.IdNumber => (TextFormats.IsResidentIdNumber(text), FormMessages.InvalidIdNumber),
            TextFormat.CreditCode => (TextFormats.IsUnifiedSocialCreditCode(text), FormMessages.InvalidCreditCode),
            TextFormat.Url => (TextFormats.IsHttpUrl(text), FormMessages.InvalidUrl),
            TextFormat.BankCard => (TextFormats.IsBankCardNumber(text), FormMessages.InvalidBankCard),
            _ => (true, FormMessages.InvalidValue),
        };
        if (!ok)
        {
            Report(errors, template, path, field);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CheckPattern(CompiledField field, Regex pattern, string text, in FieldPath path, FormPlan plan, Submission errors)
    {
        var s = field.Settings;
        try
        {
            if (!pattern.IsMatch(text))
            {
                errors.AddError(s.PatternMessage is { } message
                    ? Error(FormMessages.RuleFailed, path, field, ("message", message), ("messageZh", s.PatternMessageChinese ?? message))
                    : Error(FormMessages.PatternMismatch, path, field));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            errors.AddError(Error(FormMessages.PatternTimeout, path, field, ("timeout", (long)plan.RegexTimeout.TotalMilliseconds)));
        }
    }

    private static void ValidateNumber(CompiledField field, decimal number, in FieldPath path, Submission errors)
    {
        if (field.NumberMin is { } lower && number < lower)
        {
            Report(errors, FormMessages.TooSmall, path, field, "min", lower);
        }

        if (field.NumberMax is { } upper && number > upper)
        {
            Report(errors, FormMessages.TooLarge, path, field, "max", upper);
        }

        // A number written with no more decimals than allowed needs no rounding to check.
        if (field.NumberScale is { } places && number.Scale > places && !field.IsComputed && decimal.Round(number, places) != number)
        {
            Report(errors, FormMessages.TooManyDecimals, path, field, "scale", places);
        }
    }

    private static void CheckOption(CompiledField field, string value, FieldPath path, Submission errors, bool unchanged)
    {
        if (field.Options is not { } options || !options.TryGetByValue(value, out var option))
        {
            Report(errors, FormMessages.NotAnOption, path, field, "value", value);
        }
        else if (option.Disabled && !unchanged)
        {
            Report(errors, FormMessages.OptionDisabled, path, field, "value", option.Label);
        }
    }

    private static void ValidateFiles(CompiledField field, IReadOnlyList<RecordData> files, FieldPath path, Submission errors)
    {
        var s = field.Settings;
        if (s.MaxFiles is { } maxFiles && files.Count > maxFiles)
        {
            Report(errors, FormMessages.TooManyFiles, path, field, "max", maxFiles);
        }

        var allowed = s.ContentTypes ?? (field.Type == FieldType.Image ? ["image/*"] : null);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var filePath = $"{path}[{i}]";
            var name = file["name"].TryGetText(out var n) ? n : string.Empty;
            if (name.Length == 0)
            {
                errors.AddError(Diagnostic.Error(FormMessages.Required, filePath + ".name", null, ("label", field.Label + " / name")));
            }

            if (s.MaxFileSize is { } maxSize && file["size"].TryConvertToNumber(out var size) && size > maxSize)
            {
                errors.AddError(Error(FormMessages.FileTooLarge, filePath, field, ("file", name), ("size", size), ("max", maxSize)));
            }

            if (allowed is not null)
            {
                var contentType = file["contentType"].TryGetText(out var c) ? c : string.Empty;
                if (!Matches(allowed, contentType))
                {
                    errors.AddError(Error(FormMessages.FileTypeNotAllowed, filePath, field, ("file", name), ("contentType", contentType.Length == 0 ? "unknown" : contentType), ("allowed", string.Join(", ", allowed))));
                }
            }
        }
    }

    private static bool Matches(IReadOnlyList<string> allowed, string contentType)
    {
        foreach (var pattern in allowed)
        {
            if (pattern.EndsWith("/*", StringComparison.Ordinal)
                ? contentType.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, contentType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static Diagnostic Error(MessageTemplate template, string path, CompiledField field, params (string, object?)[] arguments)
    {
        var all = new (string, object?)[arguments.Length + 1];
        all[0] = ("label", field.Label);
        arguments.CopyTo(all, 1);
        return Diagnostic.Error(template, path, null, all);
    }
}
