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
    [ThreadStatic]
    private static Submission? t_spare;

    private readonly bool _reusable;
    private bool _released;
    private List<Diagnostic>? _errors;
    private ProfileAccess? _access;

    // Errors of subform rows validated while they were normalised, kept with the subform's slot until validation reaches
    // that subform, so that errors come in form order; -1 when errors go straight to the list.
    private List<(int Slot, Diagnostic Error)>? _rowErrors;
    private int _rowErrorSlot = -1;

    // Whether every slot is blank: a spare's slots are cleared when it is released, so starting it again clears nothing.
    private bool _slotsClear;

    public Submission(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context)
        : this(form, actor, profile, before, context, reusable: false)
    {
    }

    private Submission(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context, bool reusable)
    {
        _reusable = reusable;
        Form = form;
        Actor = actor;
        Context = context;
        Slots = [];
        Provided = [];
        Hidden = [];
        RowsChecked = [];
        Start(form, actor, profile, before, context);
    }

    public CompiledForm Form { get; private set; }

    public Actor Actor { get; private set; }

    public PermissionProfile? Profile { get; private set; }

    public RecordData? Before { get; private set; }

    public bool IsNew => Before is null;

    public FormulaContext Context { get; private set; }

    public Value[] Slots { get; private set; }

    public bool[] Provided { get; private set; }

    public bool[] Hidden { get; private set; }

    /// <summary>Gets, by slot, whether a subform's rows were validated when they were normalised (their errors are held until <see cref="TakeRowErrors"/>).</summary>
    public bool[] RowsChecked { get; private set; }

    /// <summary>Gets or sets whether the caller only computes (a preview, an import's key probe): rows are then not validated while they are normalised.</summary>
    public bool ComputeOnly { get; set; }

    /// <summary>Gets the error list, created on first use: a valid submission allocates none.</summary>
    public List<Diagnostic> Errors => _errors ??= [];

    /// <summary>Adds an error.</summary>
    public void AddError(Diagnostic error)
    {
        if (_rowErrorSlot >= 0)
        {
            (_rowErrors ??= []).Add((_rowErrorSlot, error));
            return;
        }

        Errors.Add(error);
    }

    /// <summary>Holds the errors added from now on for the subform in <paramref name="slot"/> (its rows are being validated early).</summary>
    public void HoldRowErrors(int slot)
    {
        _rowErrorSlot = slot;
        RowsChecked[slot] = true;
    }

    /// <summary>Sends errors straight to the list again.</summary>
    public void StopHoldingRowErrors() => _rowErrorSlot = -1;

    /// <summary>Adds the held errors of the subform in <paramref name="slot"/> to the list, where validation reached it.</summary>
    public void TakeRowErrors(int slot)
    {
        if (_rowErrors is not { } held)
        {
            return;
        }

        foreach (var (heldSlot, error) in held)
        {
            if (heldSlot == slot)
            {
                Errors.Add(error);
            }
        }
    }

    /// <summary>Gets the number of errors so far (without creating the list).</summary>
    public int ErrorCount => _errors?.Count ?? 0;

    /// <summary>Gets the errors for a result: the list, or a shared empty list when there are none.</summary>
    public IReadOnlyList<Diagnostic> ErrorsOrEmpty => _errors is { Count: > 0 } errors ? errors : Array.Empty<Diagnostic>();

    public Value BeforeValue(CompiledField field) => Before?[field.Name] ?? Value.Blank;

    /// <summary>Gets the number of slots in use (the pooled arrays may be longer).</summary>
    public int SlotCount => Form.SlotCount;

    /// <summary>Builds the record data from the slots: backed by the form's layout, the non-blank fields set in slot order.</summary>
    public RecordData ToRecordData() => Form.Layout.CreateRecord(Slots.AsSpan(0, Form.SlotCount));

    /// <summary>
    /// Returns this thread's spare submission set up for a synchronous call (validate, compute), or a new one when the
    /// spare is in use; <see cref="Release"/> hands it back, so a validate call keeps nothing but its result.
    /// </summary>
    public static Submission Rent(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context)
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new Submission(form, actor, profile, before, context, reusable: true);
        }

        t_spare = null;
        spare.Start(form, actor, profile, before, context);
        return spare;
    }

    /// <summary>Returns the working arrays to their pools (a spare keeps them for its thread); the submission must not be used afterwards.</summary>
    public void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        if (_reusable)
        {
            // The error list belongs to the result now; no value may outlive the call (and the next Start needs no clearing).
            Slots.AsSpan(0, Form.SlotCount).Clear();
            _slotsClear = true;
            _errors = null;
            _rowErrors = null;
            Before = null;
            t_spare = this;
            return;
        }

        ArrayPool<Value>.Shared.Return(Slots, clearArray: true);
        ArrayPool<bool>.Shared.Return(Provided);
        ArrayPool<bool>.Shared.Return(Hidden);
        ArrayPool<bool>.Shared.Return(RowsChecked);
    }

    private void Start(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context)
    {
        Form = form;
        Actor = actor;
        Profile = profile;
        _access = profile is null ? null : form.AccessFor(profile);
        Before = before;
        Context = context;
        _released = false;
        _errors = null;
        _rowErrors = null;
        _rowErrorSlot = -1;
        ComputeOnly = false;

        // A spare keeps its arrays (grown for a larger form); other submissions rent from the shared pools and return in Release.
        var count = form.SlotCount;
        if (Slots.Length < count)
        {
            Slots = _reusable ? new Value[Math.Max(count, 32)] : ArrayPool<Value>.Shared.Rent(count);
            Provided = _reusable ? new bool[Slots.Length] : ArrayPool<bool>.Shared.Rent(count);
            Hidden = _reusable ? new bool[Slots.Length] : ArrayPool<bool>.Shared.Rent(count);
            RowsChecked = _reusable ? new bool[Slots.Length] : ArrayPool<bool>.Shared.Rent(count);
        }

        if (!_slotsClear)
        {
            Slots.AsSpan(0, count).Clear();
        }

        _slotsClear = false;
        Provided.AsSpan(0, count).Clear();
        Hidden.AsSpan(0, count).Clear();
        RowsChecked.AsSpan(0, count).Clear();
        if (before is not null && !form.Layout.TryCopyValues(before, Slots))
        {
            for (var i = 0; i < count; i++)
            {
                Slots[i] = before[form.Fields[i].Name];
            }
        }
    }

    /// <summary>Gets the actor's access to a top-level field (by slot).</summary>
    public FieldAccess AccessOf(CompiledField field) => _access?.Of(field) ?? FieldAccess.Editable;

    /// <summary>Gets the actor's access to a subform column (by slots).</summary>
    public FieldAccess AccessOf(CompiledField subform, CompiledField column) => _access?.Of(subform, column) ?? FieldAccess.Editable;

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
