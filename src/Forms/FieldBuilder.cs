using System;
using System.Collections.Generic;

namespace Formwork.Forms;

/// <summary>Configures one field of a <see cref="FormBuilder"/>; every method returns the builder.</summary>
public sealed class FieldBuilder
{
    private readonly List<FieldOption> _options = [];
    private readonly List<string> _aliases = [];
    private FieldDefinition _field;
    private FieldSettings _settings = FieldSettings.None;

    internal FieldBuilder(string name, FieldType type)
    {
        _field = new FieldDefinition { Name = name, Type = type };
    }

    /// <summary>Sets the label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Label(string label) => Set(_field with { Label = label });

    /// <summary>Adds an alias that import headers may use.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Alias(string alias)
    {
        ArgumentException.ThrowIfNullOrEmpty(alias);
        _aliases.Add(alias);
        return this;
    }

    /// <summary>Sets the help text.</summary>
    /// <param name="help">The help text.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Help(string help) => Set(_field with { Help = help });

    /// <summary>Makes the field required.</summary>
    /// <param name="required">Whether the field is required.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Required(bool required = true) => Set(_field with { Required = required });

    /// <summary>Makes the field required when a formula is TRUE.</summary>
    /// <param name="formula">The condition.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder RequiredIf(string formula) => Set(_field with { RequiredIf = formula });

    /// <summary>Shows the field only when a formula is TRUE.</summary>
    /// <param name="formula">The condition.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder VisibleIf(string formula) => Set(_field with { VisibleIf = formula });

    /// <summary>Makes the field read-only when a formula is TRUE.</summary>
    /// <param name="formula">The condition.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder ReadOnlyIf(string formula) => Set(_field with { ReadOnlyIf = formula });

    /// <summary>Sets the default value.</summary>
    /// <param name="value">The default.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Default(FieldDefault value) => Set(_field with { Default = value });

    /// <summary>Sets the formula of a computed field or column.</summary>
    /// <param name="formula">The formula.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Formula(string formula) => Set(_field with { Formula = formula });

    /// <summary>Changes the settings.</summary>
    /// <param name="change">Returns the new settings, e.g. <c>s =&gt; s with { MaxLength = 50 }</c>.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Settings(Func<FieldSettings, FieldSettings> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _settings = change(_settings);
        return this;
    }

    /// <summary>Sets the text length limits.</summary>
    /// <param name="min">The minimum length.</param>
    /// <param name="max">The maximum length.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Length(int? min, int? max) => Settings(s => s with { MinLength = min, MaxLength = max });

    /// <summary>Sets the value range.</summary>
    /// <param name="min">The minimum.</param>
    /// <param name="max">The maximum.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Range(decimal? min, decimal? max) => Settings(s => s with { Min = min, Max = max });

    /// <summary>Adds an option.</summary>
    /// <param name="value">The stored value.</param>
    /// <param name="label">The label.</param>
    /// <param name="disabled">Whether the option is disabled.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Option(string value, string? label = null, bool disabled = false)
    {
        _options.Add(new FieldOption(value, label) { Disabled = disabled });
        return this;
    }

    /// <summary>Adds an option (with children for cascades).</summary>
    /// <param name="option">The option.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Option(FieldOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        _options.Add(option);
        return this;
    }

    /// <summary>Sets a pattern the text must match, with its messages.</summary>
    /// <param name="pattern">The regular expression.</param>
    /// <param name="message">The English message.</param>
    /// <param name="messageChinese">The Chinese message.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Pattern(string pattern, string? message = null, string? messageChinese = null) =>
        Settings(s => s with { Pattern = pattern, PatternMessage = message, PatternMessageChinese = messageChinese });

    /// <summary>Sets the format check.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The builder.</returns>
    public FieldBuilder Format(TextFormat format) => Settings(s => s with { Format = format });

    /// <summary>Makes the value unique across records.</summary>
    /// <returns>The builder.</returns>
    public FieldBuilder Unique() => Settings(s => s with { Unique = true });

    internal FieldDefinition Build(IReadOnlyList<FieldDefinition> children)
    {
        var settings = _options.Count > 0 ? _settings with { Options = [.. _options] } : _settings;
        return _field with { Aliases = [.. _aliases], Settings = settings, Fields = children };
    }

    private FieldBuilder Set(FieldDefinition field)
    {
        _field = field;
        return this;
    }
}
