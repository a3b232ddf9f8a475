using System;
using System.Buffers;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Identity;

namespace Formwork.Forms.Internal;

/// <summary>The working state of one submission as it goes through the pipeline: values by slot plus what was provided.</summary>
internal sealed class Submission
{
    private bool _released;

    public Submission(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context)
    {
        Form = form;
        Actor = actor;
        Profile = profile;
        Before = before;
        Context = context;

        // The working arrays come from the shared pools and go back in Release (validate-only calls keep nothing but the result).
        var count = form.SlotCount;
        Slots = ArrayPool<Value>.Shared.Rent(count);
        Array.Clear(Slots, 0, count);
        Provided = ArrayPool<bool>.Shared.Rent(count);
        Array.Clear(Provided, 0, count);
        Hidden = ArrayPool<bool>.Shared.Rent(count);
        Array.Clear(Hidden, 0, count);
        if (before is not null)
        {
            for (var i = 0; i < count; i++)
            {
                Slots[i] = before[form.Fields[i].Name];
            }
        }
    }

    public CompiledForm Form { get; }

    public Actor Actor { get; }

    public PermissionProfile? Profile { get; }

    public RecordData? Before { get; }

    public bool IsNew => Before is null;

    public FormulaContext Context { get; }

    public Value[] Slots { get; }

    public bool[] Provided { get; }

    public bool[] Hidden { get; }

    public List<Diagnostic> Errors { get; } = [];

    public Value BeforeValue(CompiledField field) => Before?[field.Name] ?? Value.Blank;

    /// <summary>Gets the number of slots in use (the pooled arrays may be longer).</summary>
    public int SlotCount => Form.SlotCount;

    public RecordData ToRecordData()
    {
        // Sized to the fields that will be set, so the dictionary is built once without growing.
        var fields = Form.Fields;
        var count = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (!Slots[i].IsBlank)
            {
                count++;
            }
        }

        var data = new RecordData(count);
        for (var i = 0; i < fields.Count; i++)
        {
            if (!Slots[i].IsBlank)
            {
                data[fields[i].Name] = Slots[i];
            }
        }

        return data;
    }

    /// <summary>Returns the working arrays to their pools; the submission must not be used afterwards.</summary>
    public void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        ArrayPool<Value>.Shared.Return(Slots, clearArray: true);
        ArrayPool<bool>.Shared.Return(Provided);
        ArrayPool<bool>.Shared.Return(Hidden);
    }

    public FieldAccess AccessOf(string path) => Profile?.GetAccess(path) ?? FieldAccess.Editable;

    public static FormulaContext CreateContext(CompiledForm form, TimeProvider time) => new(time, form.Plan.TimeZone);

    /// <summary>Returns the cached context when it has the form's clock and time zone (contexts are immutable), else a new one stored in the cache.</summary>
    public static FormulaContext CreateContext(CompiledForm form, TimeProvider time, ref FormulaContext? cache)
    {
        var cached = cache;
        if (cached is not null && ReferenceEquals(cached.TimeProvider, time) && ReferenceEquals(cached.TimeZone, form.Plan.TimeZone))
        {
            return cached;
        }

        return cache = CreateContext(form, time);
    }

    public static ArgumentException NoProfile(CompiledForm form, string profile) =>
        new(Diagnostic.Error(FormMessages.UnknownProfile, null, null, ("form", form.Id), ("profile", profile)).Message, nameof(profile));
}
