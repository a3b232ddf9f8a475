using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Forms.Internal;
using Formwork.Identity;

namespace Formwork.Forms;

/// <summary>
/// A loaded, checked and compiled form definition: fields with slots and value kinds, the formula scope, the
/// permission profiles and the compiled computations and validators. Immutable and thread-safe: compile once per
/// id and version, then use it from any number of threads.
/// </summary>
public sealed class CompiledForm
{
    private readonly Dictionary<string, CompiledField> _byName;
    private readonly Dictionary<string, PermissionProfile> _profiles;
    private readonly Dictionary<string, ProfileAccess> _access;

    internal CompiledForm(FormDefinition definition, IReadOnlyList<CompiledField> fields, FormPlan plan)
    {
        Definition = definition;
        Fields = fields;
        Plan = plan;
        _byName = new Dictionary<string, CompiledField>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            _byName[field.Name] = field;
        }

        FieldArray = [.. fields];
        InputFieldArray = [.. fields.Where(f => !f.IsComputed)];
        Layout = new RecordLayout(fields.Select(f => f.Name));
        _profiles = new Dictionary<string, PermissionProfile>(StringComparer.Ordinal);
        _access = new Dictionary<string, ProfileAccess>(StringComparer.Ordinal);
        foreach (var profile in definition.Permissions)
        {
            _profiles[profile.Name] = profile;
            _access[profile.Name] = new ProfileAccess(profile, fields);
        }

        MaskedFields = FindMasked(fields, _access.Values);
    }

    /// <summary>Gets the form id.</summary>
    public string Id => Definition.Id;

    /// <summary>Gets the definition version.</summary>
    public int Version => Definition.Version;

    /// <summary>Gets the title (the id when the definition has none).</summary>
    public string Title => Definition.Title ?? Definition.Id;

    /// <summary>Gets the definition the form was compiled from.</summary>
    public FormDefinition Definition { get; }

    /// <summary>Gets the value fields in display order; a field's <see cref="CompiledField.Slot"/> is its index here. Layout-only fields are not listed.</summary>
    public IReadOnlyList<CompiledField> Fields { get; }

    /// <summary>Gets the number of slots of a record of this form.</summary>
    public int SlotCount => Fields.Count;

    /// <summary>Gets the named permission profiles.</summary>
    public IReadOnlyList<PermissionProfile> Permissions => Definition.Permissions;

    internal FormPlan Plan { get; }

    /// <summary>Returns the profile's access by slot: precomputed for the form's own profiles, resolved now for another.</summary>
    internal ProfileAccess AccessFor(PermissionProfile profile) =>
        _access.TryGetValue(profile.Name, out var access) && ReferenceEquals(access.Profile, profile) ? access : new ProfileAccess(profile, Fields);

    /// <summary>Gets the fields and subform columns that some profile of the form masks (kept out of stored audit entries on request).</summary>
    internal IReadOnlySet<CompiledField> MaskedFields { get; }

    /// <summary>Gets the fields as an array (loops over it need no enumerator).</summary>
    internal CompiledField[] FieldArray { get; }

    /// <summary>Gets the fields that take input (not computed): normalisation looks up only these in the submitted data.</summary>
    internal CompiledField[] InputFieldArray { get; }

    /// <summary>Gets the layout of the form's records (its fields by slot): record data the engine builds is backed by it.</summary>
    internal RecordLayout Layout { get; }

    /// <summary>Finds a top-level field by name (case-insensitive, as in formulas).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> when the form has the field.</returns>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompiledField? field)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name, out field);
    }

    /// <summary>Finds a field by path: <c>amount</c> or <c>lines.quantity</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public CompiledField? FindField(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return _byName.GetValueOrDefault(path);
        }

        return _byName.TryGetValue(path[..dot], out var parent) && parent.TryGetField(path[(dot + 1)..], out var child) ? child : null;
    }

    /// <summary>Finds a permission profile by name (ordinal).</summary>
    /// <param name="name">The profile name.</param>
    /// <param name="profile">The profile.</param>
    /// <returns><see langword="true"/> when the form defines the profile.</returns>
    public bool TryGetProfile(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PermissionProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _profiles.TryGetValue(name, out profile);
    }

    /// <summary>
    /// Returns the name of the permission profile an actor gets from the form's role mapping: the first profile (in
    /// definition order) whose <see cref="PermissionProfile.Roles"/> lists one of the actor's roles, else
    /// <see cref="FormDefinition.DefaultProfile"/> (<see langword="null"/>: full access).
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The profile name, or <see langword="null"/> for full access.</returns>
    public string? ProfileFor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var profile in Definition.Permissions)
        {
            foreach (var role in profile.Roles)
            {
                if (actor.IsInRole(role))
                {
                    return profile.Name;
                }
            }
        }

        return Definition.DefaultProfile;
    }

    /// <summary>
    /// Creates a new formula scope with the form's fields in their slots (subforms as tables with their row scope,
    /// single relations as records when their fields are known), so workflow conditions and rules compile against the
    /// same names. The scope is a fresh copy: adding entries to it does not change the form.
    /// </summary>
    /// <returns>The scope.</returns>
    public FormulaScope CreateFormulaScope() => ScopeFactory.Create(Fields);

    /// <summary>Copies a record's values into an array indexed by slot.</summary>
    /// <param name="data">The record data.</param>
    /// <returns>The slots.</returns>
    public Value[] ToSlots(RecordData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var slots = new Value[Fields.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = data[Fields[i].Name];
        }

        return slots;
    }

    /// <summary>
    /// Reads a submission from plain JSON (<c>{"amount": 12.5, "lines": [{"quantity": 2}]}</c>); objects of address,
    /// location and file fields become one-row tables. Values are converted to field kinds by the pipeline, not here.
    /// </summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The raw record data.</returns>
    /// <exception cref="Formwork.Diagnostics.FormworkException">The text is not a JSON object.</exception>
    public RecordData ReadData(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SubmissionJson.Read(this, json);
    }

    /// <summary>Writes the definition as JSON in the documented format (stable: loading it gives the same definition).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => DefinitionWriter.Write(Definition);

    /// <summary>Returns a JSON Schema (draft 2020-12) describing a submission of this form, for front ends and other languages.</summary>
    /// <returns>The schema as JSON text.</returns>
    public string ToJsonSchema() => JsonSchemaWriter.Write(this);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} v{Version}";

    private static HashSet<CompiledField> FindMasked(IReadOnlyList<CompiledField> fields, IEnumerable<ProfileAccess> profiles)
    {
        var masked = new HashSet<CompiledField>();
        foreach (var access in profiles)
        {
            foreach (var field in fields)
            {
                if (access.Of(field) == FieldAccess.Masked)
                {
                    masked.Add(field);
                }

                foreach (var column in field.Fields)
                {
                    if (access.Of(field, column) == FieldAccess.Masked)
                    {
                        masked.Add(column);
                    }
                }
            }
        }

        return masked;
    }
}
