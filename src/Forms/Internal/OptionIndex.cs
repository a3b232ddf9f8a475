using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Formwork.Forms.Internal;

/// <summary>Fast option lookups of a select, multi-select or cascade field: by value and by label.</summary>
internal sealed class OptionIndex
{
    private readonly FrozenDictionary<string, FieldOption> _byValue;
    private readonly FrozenDictionary<string, FieldOption> _byLabel;

    private OptionIndex(IReadOnlyList<FieldOption> options)
    {
        Options = options;
        var byValue = new Dictionary<string, FieldOption>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, FieldOption>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options)
        {
            byValue.TryAdd(option.Value, option);
            byLabel.TryAdd(option.Label, option);
            byLabel.TryAdd(option.Value, option);
        }

        // Frozen: looked up on every submission (normalising labels, checking membership), built once per form.
        _byValue = byValue.ToFrozenDictionary(StringComparer.Ordinal);
        _byLabel = byLabel.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<FieldOption> Options { get; }

    public static OptionIndex? Create(FieldDefinition definition) =>
        definition.Settings.Options is { } options && definition.Type is FieldType.Select or FieldType.MultiSelect or FieldType.Cascade
            ? new OptionIndex(options)
            : null;

    public bool TryGetByValue(string value, out FieldOption option) => _byValue.TryGetValue(value, out option!);

    /// <summary>Maps user input (value or label, case-insensitive) to the stored value; returns the input when nothing matches.</summary>
    public string Resolve(string input) =>
        _byValue.ContainsKey(input) ? input : _byLabel.TryGetValue(input, out var option) ? option.Value : input;

    /// <summary>Walks a cascade path, mapping each level's value or label.</summary>
    public static bool TryResolvePath(IReadOnlyList<FieldOption> level, string input, out FieldOption option)
    {
        foreach (var candidate in level)
        {
            if (string.Equals(candidate.Value, input, StringComparison.Ordinal))
            {
                option = candidate;
                return true;
            }
        }

        foreach (var candidate in level)
        {
            if (string.Equals(candidate.Label, input, StringComparison.OrdinalIgnoreCase))
            {
                option = candidate;
                return true;
            }
        }

        option = null!;
        return false;
    }
}
