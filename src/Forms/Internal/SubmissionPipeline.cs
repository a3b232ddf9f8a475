using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Forms.Internal;

/// <summary>
/// The synchronous stages of the one submission pipeline: normalise, defaults, compute, visibility, validate,
/// permissions. The asynchronous stages (lookups, uniqueness, serial numbers, persistence) live in FormEngine.
/// </summary>
internal static class SubmissionPipeline
{
    private static readonly int SerialBase = new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>Zero written with 0 to 28 decimals (0, 0.0, 0.00, ...).</summary>
    private static readonly decimal[] ZeroWithScale = [.. Enumerable.Range(0, 29).Select(places => new decimal(0, 0, 0, false, (byte)places))];

    public static void Normalize(Submission submission, RecordData input)
    {
        // Input fields first, looked up by their exact name (no enumerator, no case folding); names the form spells
        // otherwise (other case, unknown fields) and computed fields, which ignore input, are rare and take the second pass.
        var form = submission.Form;
        var matched = 0;
        foreach (var field in form.InputFieldArray)
        {
            if (input.TryGetValue(field.Name, out var raw))
            {
                matched++;
                NormalizeField(submission, field, raw);
            }
        }

        if (matched != input.Count)
        {
            NormalizeOtherNames(submission, input);
        }
    }

    /// <summary>The second pass over submitted names the form spells otherwise (other case) or does not have (errors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NormalizeOtherNames(Submission submission, RecordData input)
    {
        var form = submission.Form;
        foreach (var (name, raw) in input)
        {
            if (!form.TryGetField(name, out var field))
            {
                submission.AddError(Diagnostic.Error(FormMessages.UnknownField, name, null, ("field", name), ("form", form.Id)));
            }
            else if (!string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                NormalizeField(submission, field, raw);
            }
        }
    }

    /// <summary>Normalises one provided top-level value into its slot (computed fields ignore input).</summary>
    public static void NormalizeField(Submission submission, CompiledField field, Value raw)
    {
        if (field.IsComputed)
        {
            return;
        }

        submission.Provided[field.Slot] = true;
        submission.Slots[field.Slot] = field.Type == FieldType.Subform
            ? NormalizeRows(submission, field, raw, field.Name)
            : ValueConverter.IsAlreadyNormal(field, in raw) ? raw : Convert(submission, field, raw, field.Name, submission.Form.Plan.TimeZone);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReportNotRows(Submission submission, CompiledField field, Value raw, string path) =>
        submission.AddError(FieldValidator.Error(FormMessages.WrongValueType, path, field, ("value", Display(raw)), ("expected", "list of rows"), ("expectedZh", "行列表")));

    private static Value Convert(Submission submission, CompiledField field, Value raw, FieldPath path, TimeZoneInfo timeZone)
    {
        if (ValueConverter.TryConvert(field, raw, timeZone, out var value))
        {
            return value;
        }

        submission.AddError(FieldValidator.Error(FormMessages.WrongValueType, path, field, ("value", Display(raw)), ("expected", Expected(field)), ("expectedZh", ExpectedChinese(field))));
        return raw;
    }

    private static Value NormalizeRows(Submission submission, CompiledField field, Value raw, string path)
    {
        if (raw.IsBlank || (raw.Kind == ValueKind.List && raw.AsList().Count == 0))
        {
            return Value.Blank;
        }

        if (raw.Kind != ValueKind.Table)
        {
            ReportNotRows(submission, field, raw, path);
            return Value.Blank;
        }

        var rows = raw.AsTableRows();
        var max = Math.Min(submission.Form.Plan.MaxSubformRows, field.Settings.MaxRows ?? int.MaxValue);
        if (rows.Length > submission.Form.Plan.MaxSubformRows)
        {
            FieldValidator.Report(submission, FormMessages.TooManyRows, path, field, "max", max);
            return Value.Blank;
        }

        var timeZone = submission.Form.Plan.TimeZone;
        var result = new RecordData[rows.Length];
        var slots = RowSlots(field);
        var columns = field.FieldArray;
        var inputColumns = field.InputFieldArray;
        var layout = field.RowLayout!;
        var computeNow = !field.Plan.RowFormulasReadParent;

        // Rows that nothing after normalisation changes or hides are validated now, while their values are at hand.
        var validateNow = field.Plan.RowsFinalWhenNormalised && !submission.ComputeOnly;
        for (var r = 0; r < rows.Length; r++)
        {
            // Each row is normalised into the scratch slots (by column), computed there and built once from them.
            slots.AsSpan(0, columns.Length).Clear();
            var input = rows[r];
            var matched = 0;
            foreach (var child in inputColumns)
            {
                ref var cell = ref slots[child.Slot];
                if (input.TryGetValue(child.Name, out cell))
                {
                    matched++;
                    if (!ValueConverter.IsAlreadyNormal(child, in cell))
                    {
                        cell = Convert(submission, child, cell, FieldPath.Cell(path, r, child.Name), timeZone);
                    }
                }
            }

            if (matched != input.Count)
            {
                NormalizeOtherCells(submission, field, input, slots, path, r);
            }

            // Row columns depend only on their row (and the form's input fields, which are complete only after
            // normalisation: those rows are computed at the compute stage); a frozen row goes into the table uncopied.
            if (computeNow)
            {
                ComputeRow(submission, field, slots);
            }

            if (validateNow)
            {
                submission.HoldRowErrors(field.Slot);
                for (var i = 0; i < columns.Length; i++)
                {
                    var child = columns[i];
                    ValidateField(submission, field, child, in slots[i], FieldPath.Cell(path, r, child.Name), default);
                }

                submission.StopHoldingRowErrors();
            }

            result[r] = ReuseOrCreate(input, layout, slots.AsSpan(0, columns.Length)).Freeze();
        }

        ClearRowSlots(field, slots);
        return Value.FromTable(result, takeOwnership: true);
    }

    /// <summary>The second pass over a submitted row's names the subform spells otherwise (other case) or does not have (errors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NormalizeOtherCells(Submission submission, CompiledField field, RecordData input, Value[] slots, string path, int r)
    {
        foreach (var (name, cell) in input)
        {
            if (!field.TryGetField(name, out var child))
            {
                submission.AddError(Diagnostic.Error(FormMessages.UnknownField, FieldPath.Cell(path, r, name), null, ("field", field.Name + "." + name), ("form", submission.Form.Id)));
            }
            else if (!string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                NormalizeCell(submission, child, cell, slots, FieldPath.Cell(path, r, name), submission.Form.Plan.TimeZone);
            }
        }
    }

    /// <summary>
    /// Returns the submitted row itself when it is a frozen row of the same layout holding exactly these values (nothing
    /// to convert or compute), else a new layout-backed row.
    /// </summary>
    private static RecordData ReuseOrCreate(RecordData input, RecordLayout layout, ReadOnlySpan<Value> values)
    {
        if (input.IsFrozen && ReferenceEquals(input.Layout, layout))
        {
            var same = input.Count == CountSet(values);
            for (var i = 0; same && i < values.Length; i++)
            {
                same = SameValue(input[layout.Fields[i]], values[i]);
            }

            if (same)
            {
                return input;
            }
        }

        return layout.CreateRecord(values);
    }

    private static int CountSet(ReadOnlySpan<Value> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            count += value.IsBlank ? 0 : 1;
        }

        return count;
    }

    /// <summary>Equal and of the same scale and text (so reusing the input changes nothing a reader can see).</summary>
    private static bool SameValue(Value a, Value b) =>
        a.Kind == b.Kind && a.Equals(b) && (a.Kind != ValueKind.Number || a.AsNumber().Scale == b.AsNumber().Scale);

    private static void NormalizeCell(Submission submission, CompiledField child, Value cell, Value[] slots, FieldPath path, TimeZoneInfo timeZone)
    {
        if (child.IsComputed)
        {
            return;
        }

        slots[child.Slot] = Convert(submission, child, cell, path, timeZone);
    }

    /// <summary>Gets this thread's scratch slots for one subform row (columns, then the parent fields its formulas read).</summary>
    private static Value[] RowSlots(CompiledField subform)
    {
        var size = Math.Max(subform.Plan.RowSlotCount, subform.FieldArray.Length);
        var slots = t_rowSlots;
        if (slots is null || slots.Length < size)
        {
            // Formulas read only their own slots; the scratch is cleared after each use so it holds no values.
            slots = new Value[Math.Max(size, 16)];
            if (size <= 256)
            {
                t_rowSlots = slots;
            }
        }

        return slots;
    }

    [ThreadStatic]
    private static Value[]? t_rowSlots;

    /// <summary>Clears the row scratch after use: the column slots and the parent slots copied in (formulas only read).</summary>
    private static void ClearRowSlots(CompiledField subform, Value[] slots)
    {
        slots.AsSpan(0, subform.FieldArray.Length).Clear();
        foreach (var (rowSlot, _) in subform.Plan.ParentReads)
        {
            slots[rowSlot] = default;
        }
    }

    public static void ApplyDefaults(Submission submission)
    {
        if (!submission.IsNew)
        {
            return;
        }

        var fields = submission.Form.FieldArray;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var field in fields)
            {
                var d = field.Definition.Default;
                if (d is null || !submission.Slots[field.Slot].IsBlank || (pass == 0) == (d.Source == DefaultSource.Formula))
                {
                    continue;
                }

                if (DefaultValue(submission, field, d, submission.Slots) is { } value)
                {
                    submission.Slots[field.Slot] = value;
                }
            }
        }
    }

    public static void Compute(Submission submission)
    {
        // Submitted subform rows were computed when they were normalised; stored rows were computed when they were written.
        var form = submission.Form;
        foreach (var subform in form.Plan.ParentReadingSubforms)
        {
            if (submission.Slots[subform.Slot].Kind == ValueKind.Table)
            {
                submission.Slots[subform.Slot] = ComputeRows(submission, subform, submission.Slots[subform.Slot]);
            }
        }

        foreach (var field in form.Plan.ComputeOrder)
        {
            submission.Slots[field.Slot] = Coerce(field, field.Plan.Formula!.Evaluate(submission.Slots, submission.Context), form.Plan.TimeZone);
        }
    }

    /// <summary>Recomputes only the computed fields that depend (transitively) on the changed fields, in dependency order.</summary>
    public static List<string> Recompute(Submission submission, IEnumerable<string> changed)
    {
        var form = submission.Form;
        var dirty = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(changed);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            if (form.TryGetField(name, out var field) && field.Type == FieldType.Subform && !submission.Slots[field.Slot].IsBlank && dirty.Add("\u0000" + field.Name))
            {
                submission.Slots[field.Slot] = ComputeRows(submission, field, submission.Slots[field.Slot]);
            }

            if (form.Plan.RowReaders.TryGetValue(name, out var subforms))
            {
                foreach (var subform in subforms)
                {
                    queue.Enqueue(subform.Name);
                }
            }

            if (form.Plan.Dependents.TryGetValue(name, out var dependents))
            {
                foreach (var dependent in dependents)
                {
                    if (dirty.Add(dependent.Name))
                    {
                        queue.Enqueue(dependent.Name);
                    }
                }
            }
        }

        var recomputed = new List<string>();
        foreach (var field in form.Plan.ComputeOrder)
        {
            if (dirty.Contains(field.Name))
            {
                var value = Coerce(field, field.Plan.Formula!.Evaluate(submission.Slots, submission.Context), form.Plan.TimeZone);
                if (!value.Equals(submission.Slots[field.Slot]))
                {
                    recomputed.Add(field.Name);
                }

                submission.Slots[field.Slot] = value;
            }
        }

        return recomputed;
    }

    private static Value ComputeRows(Submission submission, CompiledField field, Value table)
    {
        var rows = table.AsTableRows();
        var result = new RecordData[rows.Length];
        var slots = RowSlots(field);
        var columns = field.FieldArray;
        var layout = field.RowLayout!;
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            ReadRow(row, columns, layout, slots);
            ComputeRow(submission, field, slots);
            result[r] = ReuseOrCreate(row, layout, slots.AsSpan(0, columns.Length)).Freeze();
        }

        ClearRowSlots(field, slots);
        return Value.FromTable(result, takeOwnership: true);
    }

    /// <summary>Reads a row's cells into the first slots: by index when the row has the subform's layout, else by name.</summary>
    private static void ReadRow(RecordData row, CompiledField[] columns, RecordLayout layout, Value[] slots)
    {
        if (!layout.TryCopyValues(row, slots))
        {
            for (var i = 0; i < columns.Length; i++)
            {
                slots[i] = row[columns[i].Name];
            }
        }
    }

    /// <summary>Applies the column defaults to blank cells, then computes the formula columns, all in the row's slots.</summary>
    private static void ComputeRow(Submission submission, CompiledField field, Value[] slots)
    {
        var plan = field.Plan;
        if (plan.RowComputeOrder.Length == 0 && !plan.HasRowDefaults)
        {
            return;
        }

        foreach (var (rowSlot, parentSlot) in plan.ParentReads)
        {
            slots[rowSlot] = submission.Slots[parentSlot];
        }

        if (plan.HasRowDefaults)
        {
            ApplyRowDefaults(submission, field, slots);
        }

        var timeZone = submission.Form.Plan.TimeZone;
        foreach (var column in plan.RowComputeOrder)
        {
            slots[column.Slot] = Coerce(column, column.Plan.Formula!.Evaluate(slots, submission.Context), timeZone);
        }
    }

    /// <summary>Fills blank cells with the column defaults: constant, current-user and department defaults first, then formula defaults (which may read them), as for fields.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyRowDefaults(Submission submission, CompiledField field, Value[] slots)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var child in field.FieldArray)
            {
                if (child.Definition.Default is { } d && slots[child.Slot].IsBlank && (pass == 1) == (d.Source == DefaultSource.Formula)
                    && DefaultValue(submission, child, d, slots) is { } value)
                {
                    slots[child.Slot] = value;
                }
            }
        }
    }

    /// <summary>Evaluates a field's or column's default and converts it to the field's kind; null when it gives nothing usable.</summary>
    private static Value? DefaultValue(Submission submission, CompiledField field, FieldDefault d, ReadOnlySpan<Value> scope)
    {
        var value = d.Source switch
        {
            DefaultSource.Value => d.Value,
            DefaultSource.CurrentUser => Value.FromText(submission.Actor.UserId),
            DefaultSource.CurrentDepartment => Value.FromText(submission.Actor.MainDepartment),
            _ => field.Plan.DefaultFormula!.Evaluate(scope, submission.Context),
        };
        if (value.IsError || !ValueConverter.TryConvert(field, value, submission.Form.Plan.TimeZone, out var converted))
        {
            return null;
        }

        if (field.Kind == ValueKind.List && converted.Kind != ValueKind.List && !converted.IsBlank)
        {
            converted = Value.FromList([converted]);
        }

        return converted;
    }

    /// <summary>Brings a formula result to the field's kind and scale; error values stay (Excel semantics) and are reported by validation.</summary>
    public static Value Coerce(CompiledField field, Value value, TimeZoneInfo timeZone)
    {
        if (value.IsBlank || value.IsError || value.Kind == field.Kind)
        {
            return Round(field, value);
        }

        return CoerceToKind(field, value, timeZone);
    }

    // Out of line: a result of another kind is rare, and this keeps the frames of the compute loops small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Value CoerceToKind(CompiledField field, Value value, TimeZoneInfo timeZone)
    {
        if (field.Kind == ValueKind.Text)
        {
            return Value.FromText(value.ToString());
        }

        // Excel functions such as MAX, MIN and LARGE return dates as serial numbers; a date field takes them back as dates.
        if (value.Kind == ValueKind.Number && field.Kind is ValueKind.Date or ValueKind.DateTime && FromSerial(value.AsNumber(), field.Kind, timeZone) is { } date)
        {
            return date;
        }

        return ValueConverter.TryConvert(field, value, timeZone, out var converted) ? Round(field, converted) : value;
    }

    /// <summary>An Excel serial number (days since 1899-12-30, the fraction is the time of day) as a date or a local date-time.</summary>
    private static Value? FromSerial(decimal serial, ValueKind kind, TimeZoneInfo timeZone)
    {
        var whole = decimal.Floor(serial);
        var day = whole + SerialBase;
        if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
        {
            return null;
        }

        var date = DateOnly.FromDayNumber((int)day);
        if (kind == ValueKind.Date)
        {
            return Value.FromDate(date);
        }

        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks((long)((serial - whole) * TimeSpan.TicksPerDay));
        return Value.FromDateTime(new DateTimeOffset(local, timeZone.GetUtcOffset(local)));
    }

    private static Value Round(CompiledField field, Value value)
    {
        if (value.Kind != ValueKind.Number)
        {
            return value;
        }

        return field.ComputedScale >= 0 ? Value.FromNumber(ToScale(value.AsNumber(), field.ComputedScale)) : value;
    }

    /// <summary>
    /// Rounds half away from zero to <paramref name="places"/> decimals and gives the result exactly that scale, so a
    /// computed money value of 19 is 19.00 (and writes as <c>19.00</c> in JSON); equality is by value either way.
    /// </summary>
    public static decimal ToScale(decimal number, int places)
    {
        var scale = number.Scale;
        if (scale == places)
        {
            return number;
        }

        // Adding a zero written with more decimals widens the number exactly (99.5 + 0.00 = 99.50); a number too large to
        // be written with that many decimals keeps fewer, as it would after rounding.
        return scale < places ? number + ZeroWithScale[places] : Widen(decimal.Round(number, places, MidpointRounding.AwayFromZero), places);
    }

    private static decimal Widen(decimal number, int places) => number.Scale >= places ? number : number + ZeroWithScale[places];

    /// <summary>Clears fields whose visible-if condition is FALSE; returns whether anything changed.</summary>
    public static bool ApplyVisibility(Submission submission)
    {
        var changed = false;
        foreach (var field in submission.Form.FieldArray)
        {
            if (field.Plan.VisibleIf is { } visibleIf && !visibleIf.IsTrue(submission.Slots, submission.Context))
            {
                submission.Hidden[field.Slot] = true;
                if (!submission.Slots[field.Slot].IsBlank)
                {
                    submission.Slots[field.Slot] = Value.Blank;
                    changed = true;
                }
            }
        }

        return changed;
    }

    public static void Validate(Submission submission)
    {
        var form = submission.Form;
        foreach (var field in form.FieldArray)
        {
            if (submission.Hidden[field.Slot])
            {
                continue;
            }

            ref readonly var value = ref submission.Slots[field.Slot];
            ValidateField(submission, null, field, in value, field.Name, submission.Slots);
            if (field.Type == FieldType.Subform && value.Kind == ValueKind.Table)
            {
                if (submission.RowsChecked[field.Slot])
                {
                    submission.TakeRowErrors(field.Slot);
                }
                else
                {
                    ValidateRows(submission, field, value.AsTableRows());
                }
            }
        }

        if (form.Plan.Rules.Length > 0)
        {
            CheckRules(submission);
        }
    }

    /// <summary>The form's cross-field rules: a rule whose condition is FALSE adds its message (blank or an error is not a failure).</summary>
    private static void CheckRules(Submission submission)
    {
        foreach (var rule in submission.Form.Plan.Rules)
        {
            var result = rule.Condition.Evaluate(submission.Slots, submission.Context).ToBooleanValue();
            if (result.Kind == ValueKind.Boolean && !result.AsBoolean())
            {
                var r = rule.Rule;
                submission.AddError(Diagnostic.Error(FormMessages.RuleFailed, rule.Path ?? "$", null, ("message", r.Message), ("messageZh", r.MessageChinese ?? r.Message), ("rule", r.Name)));
            }
        }
    }

    /// <summary>
    /// Validates a field's value, or a subform column's cell when <paramref name="subform"/> is given. The actor's access and
    /// the stored value are read only when a check needs them (a blank value's required check; a disabled option).
    /// </summary>
    private static void ValidateField(Submission submission, CompiledField? subform, CompiledField field, in Value value, in FieldPath path, ReadOnlySpan<Value> scopeSlots)
    {
        if (value.IsError)
        {
            FieldValidator.Report(submission, FormMessages.ComputeFailed, path, field, "error", value.ToString());
            return;
        }

        if (value.IsBlank || (value.Kind is ValueKind.List && value.AsList().Count == 0) || (value.Kind == ValueKind.Table && value.AsTableRows().Length == 0))
        {
            var access = subform is null ? submission.AccessOf(field) : submission.AccessOf(subform, field);
            var required = (field.Definition.Required || access == FieldAccess.Required || (field.Plan.RequiredIf?.IsTrue(scopeSlots, submission.Context) ?? false))
                && field.Type is not (FieldType.SerialNumber or FieldType.Computed or FieldType.Lookup);
            if (required)
            {
                FieldValidator.Report(submission, FormMessages.Required, path, field);
            }

            if (field.Type == FieldType.Subform && field.Settings.MinRows is > 0 and var minRows && !required)
            {
                FieldValidator.Report(submission, FormMessages.TooFewRows, path, field, "min", minRows);
            }

            return;
        }

        if (field.Type == FieldType.Subform)
        {
            var count = value.AsTableRows().Length;
            if (field.Settings.MinRows is { } min && count < min)
            {
                FieldValidator.Report(submission, FormMessages.TooFewRows, path, field, "min", min);
            }

            if (field.Settings.MaxRows is { } max && count > max)
            {
                FieldValidator.Report(submission, FormMessages.TooManyRows, path, field, "max", max);
            }

            return;
        }

        if (value.Kind != field.Kind || !field.ChecksValue)
        {
            return;
        }

        // Only a disabled option needs the stored value (a record may keep an option that was disabled after it was chosen).
        var before = subform is null && field.Options is not null ? submission.BeforeValue(field) : Value.Blank;
        FieldValidator.Validate(field, in value, in path, submission.Form.Plan, submission, in before);
    }

    private static void ValidateRows(Submission submission, CompiledField subform, ReadOnlySpan<RecordData> rows)
    {
        var columns = subform.FieldArray;
        var layout = subform.RowLayout!;
        if (!subform.Plan.HasRowConditions)
        {
            // No column condition reads the row: each cell is checked where it is, without copying the row.
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows[r];
                for (var i = 0; i < columns.Length; i++)
                {
                    var child = columns[i];
                    var cell = layout.TryReadValue(row, i, out var value) ? value : row[child.Name];
                    ValidateField(submission, subform, child, in cell, FieldPath.Cell(subform.Name, r, child.Name), default);
                }
            }

            return;
        }

        var slots = RowSlots(subform);
        foreach (var (rowSlot, parentSlot) in subform.Plan.ParentReads)
        {
            slots[rowSlot] = submission.Slots[parentSlot];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            ReadRow(rows[r], columns, layout, slots);

            for (var i = 0; i < columns.Length; i++)
            {
                var child = columns[i];
                if (child.Plan.VisibleIf is { } visibleIf && !visibleIf.IsTrue(slots, submission.Context))
                {
                    continue;
                }

                ValidateField(submission, subform, child, in slots[child.Slot], FieldPath.Cell(subform.Name, r, child.Name), slots);
            }
        }

        ClearRowSlots(subform, slots);
    }

    /// <summary>Refuses writes to fields the actor may not change (profile access or read-only-if); the stored values stay untouched.</summary>
    public static void CheckPermissions(Submission submission, RecordData? defaults)
    {
        if (submission.Profile is null && !submission.Form.Plan.HasReadOnlyIf)
        {
            // No profile and no read-only-if condition: every field is editable.
            return;
        }

        foreach (var field in submission.Form.FieldArray)
        {
            if (!submission.Provided[field.Slot] || field.IsComputed)
            {
                continue;
            }

            var now = submission.Slots[field.Slot];
            var before = submission.IsNew ? defaults?[field.Name] ?? Value.Blank : submission.BeforeValue(field);
            if (now.Equals(before))
            {
                continue;
            }

            var access = submission.AccessOf(field);
            var readOnly = access is FieldAccess.ReadOnly or FieldAccess.Hidden or FieldAccess.Masked
                || (field.Plan.ReadOnlyIf?.IsTrue(submission.Slots, submission.Context) ?? false);
            if (readOnly)
            {
                FieldValidator.Report(submission, FormMessages.NotEditable, field.Name, field);
                submission.Slots[field.Slot] = before;
                continue;
            }

            if (field.Type == FieldType.Subform && (submission.Profile is not null || field.Plan.HasColumnReadOnlyIf))
            {
                CheckColumns(submission, field, now, before);
            }
        }
    }

    /// <summary>
    /// Refuses changes to cells of columns the actor may not edit: by the profile, or by the column's read-only-if
    /// condition on the submitted or the stored row at that position (with the parent's fields).
    /// </summary>
    private static void CheckColumns(Submission submission, CompiledField subform, Value now, Value before)
    {
        var newRows = now.Kind == ValueKind.Table ? now.AsTableRows() : [];
        var oldRows = before.Kind == ValueKind.Table ? before.AsTableRows() : [];
        foreach (var child in subform.FieldArray)
        {
            var byProfile = submission.AccessOf(subform, child) is not (FieldAccess.Editable or FieldAccess.Required);
            if (child.IsComputed || (!byProfile && child.Plan.ReadOnlyIf is null))
            {
                continue;
            }

            for (var r = 0; r < Math.Max(newRows.Length, oldRows.Length); r++)
            {
                var a = r < newRows.Length ? newRows[r][child.Name] : Value.Blank;
                var b = r < oldRows.Length ? oldRows[r][child.Name] : Value.Blank;
                if (!a.Equals(b) && (byProfile || Locks(submission, subform, child.Plan.ReadOnlyIf!, r < newRows.Length ? newRows[r] : null, r < oldRows.Length ? oldRows[r] : null)))
                {
                    submission.AddError(FieldValidator.Error(FormMessages.NotEditable, $"{subform.Name}[{r}].{child.Name}", child));
                }
            }
        }
    }

    /// <summary>
    /// Returns whether a column's read-only-if condition holds for the submitted row or for the stored row at the same
    /// position: a locked row cannot be changed, also not by unlocking it in the same write.
    /// </summary>
    private static bool Locks(Submission submission, CompiledField subform, FieldFormula condition, RecordData? submitted, RecordData? stored) =>
        (submitted is not null && RowIsTrue(submission, subform, condition, submitted)) || (stored is not null && RowIsTrue(submission, subform, condition, stored));

    /// <summary>Evaluates a column's condition on one row, with the parent fields its formulas read.</summary>
    private static bool RowIsTrue(Submission submission, CompiledField subform, FieldFormula condition, RecordData row)
    {
        var slots = RowSlots(subform);
        ReadRow(row, subform.FieldArray, subform.RowLayout!, slots);
        foreach (var (rowSlot, parentSlot) in subform.Plan.ParentReads)
        {
            slots[rowSlot] = submission.Slots[parentSlot];
        }

        var result = condition.IsTrue(slots, submission.Context);
        ClearRowSlots(subform, slots);
        return result;
    }

    public static string Display(Value value)
    {
        var text = value.Kind == ValueKind.Text ? value.AsText() : value.ToString();
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    private static string Expected(CompiledField field) => field.Kind switch
    {
        ValueKind.Number => "number",
        ValueKind.Boolean => "yes/no value",
        ValueKind.Date => "date (such as 2024-01-31 or 2024年1月31日)",
        ValueKind.DateTime => "date and time (such as 2024-01-31 09:30)",
        ValueKind.Time => "time (such as 09:30)",
        ValueKind.List => "list",
        ValueKind.Reference => "record reference",
        ValueKind.Table => field.Type == FieldType.Subform ? "list of rows" : "object or list of objects",
        _ => "text",
    };

    private static string ExpectedChinese(CompiledField field) => field.Kind switch
    {
        ValueKind.Number => "数字",
        ValueKind.Boolean => "是/否值",
        ValueKind.Date => "日期（如 2024-01-31 或 2024年1月31日）",
        ValueKind.DateTime => "日期时间（如 2024-01-31 09:30）",
        ValueKind.Time => "时间（如 09:30）",
        ValueKind.List => "列表",
        ValueKind.Reference => "记录引用",
        ValueKind.Table => field.Type == FieldType.Subform ? "行列表" : "对象或对象列表",
        _ => "文本",
    };
}
