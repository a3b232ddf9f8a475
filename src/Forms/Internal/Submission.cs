using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Identity;

namespace Formwork.Forms.Internal;

/// <summary>The working state of one submission as it goes through the pipeline: values by slot plus what was provided.</summary>
internal sealed class Submission
{
    public Submission(CompiledForm form, Actor actor, PermissionProfile? profile, RecordData? before, FormulaContext context)
    {
        Form = form;
        Actor = actor;
        Profile = profile;
        Before = before;
        Context = context;
        Slots = new Value[form.SlotCount];
        Provided = new bool[form.SlotCount];
        Hidden = new bool[form.SlotCount];
        if (before is not null)
        {
            for (var i = 0; i < Slots.Length; i++)
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

    public RecordData ToRecordData()
    {
        var data = new RecordData();
        for (var i = 0; i < Slots.Length; i++)
        {
            if (!Slots[i].IsBlank)
            {
                data[Form.Fields[i].Name] = Slots[i];
            }
        }

        return data;
    }

    public FieldAccess AccessOf(string path) => Profile?.GetAccess(path) ?? FieldAccess.Editable;

    public static FormulaContext CreateContext(CompiledForm form, TimeProvider time) => new(time, form.Plan.TimeZone);

    public static ArgumentException NoProfile(CompiledForm form, string profile) =>
        new(Diagnostic.Error(FormMessages.UnknownProfile, null, null, ("form", form.Id), ("profile", profile)).Message, nameof(profile));
}
