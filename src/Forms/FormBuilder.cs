using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Forms;

/// <summary>
/// Builds a <see cref="FormDefinition"/> in C#, the same model the JSON format produces:
/// <c>new FormBuilder("contract").Field("amount", FieldType.Money, f =&gt; f.Required()).Build()</c>.
/// Every method returns the builder; compile the result with <see cref="FormDefinitionLoader.Compile"/>.
/// </summary>
public sealed class FormBuilder
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<FormRule> _rules = [];
    private readonly List<PermissionProfile> _profiles = [];
    private FormDefinition _form;

    /// <summary>Initializes a builder.</summary>
    /// <param name="id">The form id.</param>
    /// <param name="version">The version.</param>
    public FormBuilder(string id, int version = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        _form = new FormDefinition { Id = id, Version = version };
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Title(string title)
    {
        _form = _form with { Title = title };
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Description(string description)
    {
        _form = _form with { Description = description };
        return this;
    }

    /// <summary>Adds a field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">The field type.</param>
    /// <param name="configure">Configures the field.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Field(string name, FieldType type, Action<FieldBuilder>? configure = null)
    {
        _fields.Add(BuildField(name, type, configure, []));
        return this;
    }

    /// <summary>Adds a computed field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="formula">The formula.</param>
    /// <param name="configure">Configures the field.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Computed(string name, string formula, Action<FieldBuilder>? configure = null) =>
        Field(name, FieldType.Computed, f =>
        {
            f.Formula(formula);
            configure?.Invoke(f);
        });

    /// <summary>Adds a subform whose columns are built by another builder.</summary>
    /// <param name="name">The subform name.</param>
    /// <param name="columns">Adds the columns (use <see cref="Field"/> and <see cref="Computed"/> on the inner builder).</param>
    /// <param name="configure">Configures the subform field (label, row limits).</param>
    /// <returns>The builder.</returns>
    public FormBuilder Subform(string name, Action<FormBuilder> columns, Action<FieldBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var inner = new FormBuilder(_form.Id);
        columns(inner);
        _fields.Add(BuildField(name, FieldType.Subform, configure, [.. inner._fields]));
        return this;
    }

    /// <summary>Adds a cross-field rule.</summary>
    /// <param name="name">The rule name.</param>
    /// <param name="condition">The formula that must be TRUE.</param>
    /// <param name="message">The English message.</param>
    /// <param name="messageChinese">The Chinese message.</param>
    /// <param name="field">The field the error is reported on.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Rule(string name, string condition, string message, string? messageChinese = null, string? field = null)
    {
        _rules.Add(new FormRule { Name = name, Condition = condition, Message = message, MessageChinese = messageChinese, Field = field });
        return this;
    }

    /// <summary>Adds a permission profile.</summary>
    /// <param name="name">The profile name.</param>
    /// <param name="fields">The access per field.</param>
    /// <param name="defaultAccess">The access of unlisted fields.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Profile(string name, IReadOnlyDictionary<string, FieldAccess> fields, FieldAccess defaultAccess = FieldAccess.Editable)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _profiles.Add(new PermissionProfile { Name = name, Default = defaultAccess, Fields = fields.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) });
        return this;
    }

    /// <summary>Adds a permission profile that actors in the given roles get (<see cref="CompiledForm.ProfileFor"/>).</summary>
    /// <param name="name">The profile name.</param>
    /// <param name="roles">The roles the profile applies to.</param>
    /// <param name="fields">The access per field.</param>
    /// <param name="defaultAccess">The access of unlisted fields.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Profile(string name, IEnumerable<string> roles, IReadOnlyDictionary<string, FieldAccess> fields, FieldAccess defaultAccess = FieldAccess.Editable)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(fields);
        _profiles.Add(new PermissionProfile { Name = name, Roles = [.. roles], Default = defaultAccess, Fields = fields.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) });
        return this;
    }

    /// <summary>Adds a permission profile as it is (for settings the other overloads do not take, such as <see cref="PermissionProfile.Records"/>).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The builder.</returns>
    public FormBuilder Profile(PermissionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profiles.Add(profile);
        return this;
    }

    /// <summary>Sets the profile of actors none of whose roles a profile lists (<see cref="FormDefinition.DefaultProfile"/>).</summary>
    /// <param name="name">The profile name.</param>
    /// <returns>The builder.</returns>
    public FormBuilder DefaultProfile(string name)
    {
        _form = _form with { DefaultProfile = name };
        return this;
    }

    /// <summary>Returns the definition built so far.</summary>
    /// <returns>The definition.</returns>
    public FormDefinition Build() => _form with { Fields = [.. _fields], Rules = [.. _rules], Permissions = [.. _profiles] };

    private static FieldDefinition BuildField(string name, FieldType type, Action<FieldBuilder>? configure, IReadOnlyList<FieldDefinition> children)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var builder = new FieldBuilder(name, type);
        configure?.Invoke(builder);
        return builder.Build(children);
    }
}
