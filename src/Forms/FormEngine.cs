using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Diagnostics;
using Formwork.Expressions;
using Formwork.Forms.Internal;
using Formwork.Identity;
using Formwork.Stores;
using Microsoft.Extensions.Options;

namespace Formwork.Forms;

/// <summary>
/// The runtime of the form engine: the one submission pipeline (normalise → defaults → compute → validate →
/// permissions → persist → audit → outbox), validate-only and compute-only calls, incremental recalculation, masked
/// views, formula queries and version impact analysis. Stateless and thread-safe over compiled forms and stores.
/// </summary>
public sealed class FormEngine
{
    private readonly IRecordStore _records;
    private readonly ISequenceStore _sequences;
    private readonly IAuditLog _audit;
    private readonly IOutbox _outbox;
    private readonly TimeProvider _time;
    private readonly FormsOptions _options;
    private FormulaContext? _context;

    /// <summary>Initializes the engine.</summary>
    /// <param name="records">The record store.</param>
    /// <param name="sequences">The sequence store (serial numbers).</param>
    /// <param name="audit">The audit log.</param>
    /// <param name="outbox">The outbox for domain events.</param>
    /// <param name="time">The clock; defaults to the system clock.</param>
    /// <param name="options">The form options; defaults to <see cref="FormsOptions"/> defaults.</param>
    public FormEngine(IRecordStore records, ISequenceStore sequences, IAuditLog audit, IOutbox outbox, TimeProvider? time = null, IOptions<FormsOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(sequences);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(outbox);
        _records = records;
        _sequences = sequences;
        _audit = audit;
        _outbox = outbox;
        _time = time ?? TimeProvider.System;
        _options = options?.Value ?? new FormsOptions();
    }

    /// <summary>Gets the record store the engine writes to.</summary>
    public IRecordStore Records => _records;

    /// <summary>Gets the form options of the engine.</summary>
    public FormsOptions Options => _options;

    internal DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// Validates a submission without touching any store: normalise, defaults, compute, conditions, validators, rules and
    /// permissions. Uniqueness and lookups need the store: use <see cref="ValidateAsync"/> for those.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The submitted data.</param>
    /// <param name="options">The actor and profile; an update compares with <paramref name="before"/>.</param>
    /// <param name="before">The stored data for an update, or <see langword="null"/> for a new record.</param>
    /// <returns>The normalised, computed data and every error.</returns>
    public SubmissionResult Validate(CompiledForm form, RecordData data, SubmissionOptions options, RecordData? before = null)
    {
        var submission = Rent(form, data, options, before);
        SubmissionPipeline.Normalize(submission, data);
        SubmissionPipeline.ApplyDefaults(submission);
        RunComputeAndChecks(submission);
        var result = new SubmissionResult(submission.ToRecordData(), submission.ErrorsOrEmpty, null);
        submission.Release();
        return result;
    }

    /// <summary>Validates a submission including lookups and uniqueness (through the record store) without persisting it.</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The submitted data.</param>
    /// <param name="options">The actor, profile and record.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The normalised, computed data and every error.</returns>
    public async Task<SubmissionResult> ValidateAsync(CompiledForm form, RecordData data, SubmissionOptions options, CancellationToken cancellationToken = default)
    {
        var (submission, _, error) = await RunAsync(form, data, options, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var result = new SubmissionResult(submission!.ToRecordData(), submission.ErrorsOrEmpty, null);
        submission.Release();
        return result;
    }

    /// <summary>Normalises a submission and fills in defaults and computed values; errors are ignored (for previews).</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The data.</param>
    /// <param name="actor">The actor for current-user defaults; <see cref="Actor.System"/> when <see langword="null"/>.</param>
    /// <returns>The computed data.</returns>
    public RecordData Compute(CompiledForm form, RecordData data, Actor? actor = null)
    {
        var submission = Rent(form, data, new SubmissionOptions { Actor = actor ?? Actor.System }, null);
        submission.ComputeOnly = true;
        SubmissionPipeline.Normalize(submission, data);
        SubmissionPipeline.ApplyDefaults(submission);
        SubmissionPipeline.Compute(submission);
        var result = submission.ToRecordData();
        submission.Release();
        return result;
    }

    /// <summary>
    /// Recomputes only the computed fields that depend, directly or not, on the changed fields (for UIs that update on
    /// every keystroke). The data is taken as already normalised.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The current data, with the changed values.</param>
    /// <param name="changedFields">The names of the fields that changed.</param>
    /// <returns>The data with recomputed dependents and the fields whose values changed.</returns>
    public RecalculationResult Recalculate(CompiledForm form, RecordData data, IEnumerable<string> changedFields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(changedFields);
        var submission = new Submission(form, Actor.System, null, data, Submission.CreateContext(form, _time, ref _context));
        var changed = SubmissionPipeline.Recompute(submission, changedFields);
        var result = new RecalculationResult(submission.ToRecordData(), changed);
        submission.Release();
        return result;
    }

    /// <summary>Returns what an actor with a permission profile may see: hidden fields removed, masked fields masked (<c>138****1234</c>).</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The record data.</param>
    /// <param name="profile">The profile name, or <see langword="null"/> for everything unmasked.</param>
    /// <returns>A new record data.</returns>
    public RecordData View(CompiledForm form, RecordData data, string? profile)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(data);
        var access = ResolveProfile(form, profile);
        var view = new RecordData(Math.Min(form.Fields.Count, data.Count));
        foreach (var field in form.Fields)
        {
            var value = data[field.Name];
            if (value.IsBlank)
            {
                continue;
            }

            switch (access?.GetAccess(field.Name) ?? FieldAccess.Editable)
            {
                case FieldAccess.Hidden:
                    continue;
                case FieldAccess.Masked:
                    view[field.Name] = FieldMasking.Mask(field, value);
                    continue;
            }

            if (field.Type == FieldType.Subform && access is not null && value.Kind == ValueKind.Table)
            {
                var rows = value.AsTable();
                var viewRows = new RecordData[rows.Count];
                for (var r = 0; r < viewRows.Length; r++)
                {
                    viewRows[r] = ViewRow(field, rows[r], access);
                }

                value = Value.FromTable(viewRows, takeOwnership: true);
            }

            view[field.Name] = value;
        }

        return view;
    }

    /// <summary>Queries a form's records with a formula filter, sort and page.</summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The page of records.</returns>
    /// <exception cref="FormworkException">The filter formula does not compile.</exception>
    public async Task<RecordPage> QueryAsync(CompiledForm form, FormQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(query);
        var viewer = query.Viewer;
        var profile = viewer is null ? null : ResolveProfile(form, query.Profile ?? form.ProfileFor(viewer));
        Func<StoredRecord, bool>? filter = null;
        if (!string.IsNullOrWhiteSpace(query.Filter))
        {
            var diagnostics = new List<Diagnostic>();
            var formula = FieldFormula.Compile(new FormulaCompiler(_options.Formulas), query.Filter, form.CreateFormulaScope(), "filter", diagnostics)
                ?? throw new FormworkException(diagnostics);
            RefuseUnseen(form, profile, formula.Dependencies, "filter");
            var context = Submission.CreateContext(form, _time, ref _context);
            filter = record => formula.IsTrue(form.ToSlots(record.Data), context);
        }

        RefuseUnseen(form, profile, query.OrderBy.Select(sort => sort.Field), "orderBy");

        // A viewer sees only the records their profile reaches, before the page is cut.
        if (profile is { Records: not RecordScope.All })
        {
            var formulaFilter = filter;
            filter = record => profile.Reaches(record, viewer!) && (formulaFilter is null || formulaFilter(record));
        }

        var page = await _records.QueryAsync(new RecordQuery { FormId = form.Id, Filter = filter, OrderBy = query.OrderBy, Skip = query.Skip, Take = query.Take }, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return page;
        }

        // ... and each record as the profile shows it: hidden fields left out, masked ones masked.
        return page with { Items = [.. page.Items.Select(record => record with { Data = View(form, record.Data, profile.Name) })] };
    }

    /// <summary>
    /// Refuses a viewer's filter or sort that reads a field their profile hides or masks: the records it selects or their
    /// order would tell what the viewer may not see.
    /// </summary>
    private static void RefuseUnseen(CompiledForm form, PermissionProfile? profile, IEnumerable<string> fields, string path)
    {
        if (profile is null)
        {
            return;
        }

        foreach (var field in fields)
        {
            var dot = field.IndexOf('.', StringComparison.Ordinal);
            if (Unseen(profile.GetAccess(field)) || (dot > 0 && Unseen(profile.GetAccess(field[..dot]))))
            {
                throw new FormworkException([Diagnostic.Error(FormMessages.QueryReadsUnseenField, path, null, ("field", field), ("form", form.Id), ("profile", profile.Name))]);
            }
        }

        static bool Unseen(FieldAccess access) => access is FieldAccess.Hidden or FieldAccess.Masked;
    }

    /// <summary>Reports which stored records a new version would affect: fields it removes or retypes that hold values.</summary>
    /// <param name="current">The current version.</param>
    /// <param name="next">The new version.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The impact.</returns>
    public async Task<VersionImpact> AnalyzeVersionChangeAsync(CompiledForm current, CompiledForm next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var changes = new List<(string Path, CompiledField? Parent, CompiledField Old, FieldType? New)>();
        foreach (var field in current.Fields)
        {
            var other = next.FindField(field.Name);
            if (other is null || other.Type != field.Type || other.Kind != field.Kind)
            {
                changes.Add((field.Name, null, field, other?.Type));
                continue;
            }

            foreach (var child in field.Fields)
            {
                var otherChild = next.FindField(child.Path);
                if (otherChild is null || otherChild.Type != child.Type || otherChild.Kind != child.Kind)
                {
                    changes.Add((child.Path, field, child, otherChild?.Type));
                }
            }
        }

        var affected = changes.Select(_ => new List<string>()).ToArray();
        var scanned = 0;
        const int PageSize = 1000;
        for (var skip = 0; changes.Count > 0; skip += PageSize)
        {
            var page = await _records.QueryAsync(new RecordQuery { FormId = current.Id, Skip = skip, Take = PageSize }, cancellationToken).ConfigureAwait(false);
            foreach (var record in page.Items)
            {
                scanned++;
                for (var i = 0; i < changes.Count; i++)
                {
                    var (_, parent, old, _) = changes[i];
                    var holds = parent is null
                        ? !record.Data[old.Name].IsBlank
                        : record.Data[parent.Name].Kind == ValueKind.Table && record.Data[parent.Name].AsTable().Any(row => !row[old.Name].IsBlank);
                    if (holds)
                    {
                        affected[i].Add(record.Id);
                    }
                }
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        var impacts = changes.Select((c, i) => new FieldChangeImpact { Field = c.Path, OldType = c.Old.Type, NewType = c.New, AffectedRecords = affected[i] }).ToArray();
        return new VersionImpact(impacts, scanned);
    }

    /// <summary>
    /// Submits a record through the whole pipeline and persists it: creates a record, or updates <see cref="SubmissionOptions.RecordId"/>
    /// with optimistic concurrency. Invalid submissions, refused writes, taken unique values and stale versions are
    /// results with errors, not exceptions; the stored record is untouched then.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="data">The submitted data (for an update, only the fields to change).</param>
    /// <param name="options">The actor, profile and record.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>The stored record or every error.</returns>
    public async Task<SubmissionResult> SubmitAsync(CompiledForm form, RecordData data, SubmissionOptions options, CancellationToken cancellationToken = default)
    {
        var (submission, stored, error) = await RunAsync(form, data, options, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (submission!.ErrorCount > 0)
        {
            var failed = new SubmissionResult(submission.ToRecordData(), submission.Errors, null);
            submission.Release();
            return failed;
        }

        var now = _time.GetUtcNow();
        if (submission.IsNew)
        {
            await AllocateSerialNumbersAsync(submission, now, cancellationToken).ConfigureAwait(false);
        }

        var record = BuildRecord(submission, options, stored, now);
        submission.Release();
        StoredRecord saved;
        try
        {
            saved = stored is null
                ? await _records.InsertAsync(record, cancellationToken).ConfigureAwait(false)
                : await _records.UpdateAsync(record, options.ExpectedVersion ?? stored.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyException ex)
        {
            return new SubmissionResult(record.Data, [ToError(form, ex, record.Id, options.ExpectedVersion ?? stored?.Version ?? 0)], null);
        }

        await PublishAsync(form, [(stored, saved)], options.Actor, cancellationToken, options.NodeId).ConfigureAwait(false);
        return new SubmissionResult(saved.Data, [], saved);
    }

    internal Task<(Submission? Submission, StoredRecord? Stored, SubmissionResult? Error)> RunAsync(CompiledForm form, RecordData data, SubmissionOptions options, CancellationToken cancellationToken) =>
        RunAsync(form, data, options, null, cancellationToken);

    internal async Task<(Submission? Submission, StoredRecord? Stored, SubmissionResult? Error)> RunAsync(CompiledForm form, RecordData data, SubmissionOptions options, StoredRecord? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stored = known;
        if (known is null && options.RecordId is { } id)
        {
            stored = await _records.GetAsync(form.Id, id, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return (null, null, new SubmissionResult(data, [Diagnostic.Error(FormMessages.RecordNotFound, "$", null, ("id", id), ("form", form.Id))], null));
            }

            if (options.ExpectedVersion is { } expected && expected != stored.Version)
            {
                return (null, stored, new SubmissionResult(stored.Data, [Diagnostic.Error(FormMessages.StaleRecord, "$", null, ("id", id), ("expected", expected), ("actual", stored.Version))], null));
            }
        }

        // An update of a record the actor's profile does not reach (another rep's lead) is refused; nothing is written.
        if (stored is not null && OutOfScope(form, stored, options) is { } refused)
        {
            return (null, stored, new SubmissionResult(data, [refused], null));
        }

        var submission = Prepare(form, data, options, stored?.Data);
        SubmissionPipeline.Normalize(submission, data);
        SubmissionPipeline.ApplyDefaults(submission);
        await CompleteAsync(submission, stored, cancellationToken).ConfigureAwait(false);
        return (submission, stored, null);
    }

    /// <summary>The stages after defaults: lookups, compute and checks, uniqueness; synchronous when the form has no lookups and no unique fields.</summary>
    internal ValueTask CompleteAsync(Submission submission, StoredRecord? stored, CancellationToken cancellationToken)
    {
        var plan = submission.Form.Plan;
        if (plan.LookupFields.Length == 0 && plan.UniqueFields.Length == 0)
        {
            RunComputeAndChecks(submission);
            return ValueTask.CompletedTask;
        }

        return new ValueTask(CompleteWithStoreAsync(submission, stored, cancellationToken));
    }

    private async Task CompleteWithStoreAsync(Submission submission, StoredRecord? stored, CancellationToken cancellationToken)
    {
        await ResolveLookupsAsync(submission, cancellationToken).ConfigureAwait(false);
        RunComputeAndChecks(submission);
        if (submission.ErrorCount == 0)
        {
            await CheckUniqueAsync(submission, stored?.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    internal Submission Prepare(CompiledForm form, RecordData data, SubmissionOptions options, RecordData? before)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Prepare(form, options, before);
    }

    /// <summary>Sets up this thread's spare submission for a synchronous call that releases it before returning.</summary>
    private Submission Rent(CompiledForm form, RecordData data, SubmissionOptions options, RecordData? before)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return Submission.Rent(form, options.Actor, ResolveProfile(form, options.Profile), before, Submission.CreateContext(form, _time, ref _context));
    }

    internal Submission Prepare(CompiledForm form, SubmissionOptions options, RecordData? before)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(options);
        return new Submission(form, options.Actor, ResolveProfile(form, options.Profile), before, Submission.CreateContext(form, _time, ref _context));
    }

    internal static void RunComputeAndChecks(Submission submission)
    {
        SubmissionPipeline.Compute(submission);
        if (submission.Form.Plan.HasConditions && SubmissionPipeline.ApplyVisibility(submission))
        {
            SubmissionPipeline.Compute(submission);
        }

        SubmissionPipeline.Validate(submission);
        SubmissionPipeline.CheckPermissions(submission, null);
    }

    private async Task ResolveLookupsAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission.Form.Plan.LookupFields.Length == 0)
        {
            return;
        }

        var cache = new Dictionary<RecordReference, StoredRecord?>();
        foreach (var lookup in submission.Form.Plan.LookupFields)
        {
            var relation = lookup.Plan.LookupRelation!;
            var reference = submission.Slots[relation.Slot];
            if (reference.Kind != ValueKind.Reference)
            {
                submission.Slots[lookup.Slot] = Value.Blank;
                continue;
            }

            var target = reference.AsReference();
            if (!cache.TryGetValue(target, out var related))
            {
                related = await _records.GetAsync(target.FormId, target.RecordId, cancellationToken).ConfigureAwait(false);
                cache[target] = related;
                if (related is null)
                {
                    submission.Errors.Add(FieldValidator.Error(FormMessages.RelatedRecordNotFound, relation.Name, relation, ("id", target.RecordId), ("form", target.FormId)));
                }
            }

            submission.Slots[lookup.Slot] = related is null ? Value.Blank : SubmissionPipeline.Coerce(lookup, related.Data[lookup.Plan.LookupField!], submission.Form.Plan.TimeZone);
        }
    }

    private async Task CheckUniqueAsync(Submission submission, string? recordId, CancellationToken cancellationToken)
    {
        foreach (var field in submission.Form.Plan.UniqueFields)
        {
            var value = submission.Slots[field.Slot];
            if (value.IsBlank || field.Type == FieldType.SerialNumber)
            {
                continue;
            }

            var holder = await _records.FindByUniqueKeyAsync(submission.Form.Id, UniqueKey(field, value), cancellationToken).ConfigureAwait(false);
            if (holder is not null && holder.Id != recordId)
            {
                submission.Errors.Add(FieldValidator.Error(FormMessages.NotUnique, field.Name, field, ("value", SubmissionPipeline.Display(value))));
            }
        }
    }

    internal async Task AllocateSerialNumbersAsync(Submission submission, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, submission.Form.Plan.TimeZone);
        foreach (var field in submission.Form.Plan.SerialFields)
        {
            var pattern = field.Plan.Serial!;
            var (_, prefix, suffix) = pattern.Render(local);
            var counter = await _sequences.NextAsync($"{submission.Form.Id}/{field.Name}/{prefix}\u001F{suffix}", cancellationToken).ConfigureAwait(false);
            submission.Slots[field.Slot] = Value.FromText(pattern.Format(prefix, counter, suffix));
        }
    }

    internal static StoredRecord BuildRecord(Submission submission, SubmissionOptions options, StoredRecord? stored, DateTimeOffset now)
    {
        var data = submission.ToRecordData().Freeze();
        var keys = new List<string>();
        foreach (var field in submission.Form.Plan.UniqueFields)
        {
            var value = submission.Slots[field.Slot];
            if (!value.IsBlank)
            {
                keys.Add(UniqueKey(field, value));
            }
        }

        return new StoredRecord
        {
            FormId = submission.Form.Id,
            Id = stored?.Id ?? options.NewRecordId ?? Guid.NewGuid().ToString("N"),
            FormVersion = submission.Form.Version,
            Data = data,
            OwnerId = stored?.OwnerId ?? options.Actor.UserId,
            DepartmentId = stored?.DepartmentId ?? options.Actor.MainDepartment,
            CreatedAt = stored?.CreatedAt ?? now,
            CreatedBy = stored?.CreatedBy ?? options.Actor.UserId,
            UpdatedAt = now,
            UpdatedBy = options.Actor.UserId,
            UniqueKeys = keys,
        };
    }

    internal static string UniqueKey(CompiledField field, Value value)
    {
        var text = value.Kind == ValueKind.Text ? value.AsText() : value.ToString();
        return field.Name.ToUpperInvariant() + "=" + text.ToUpperInvariant();
    }

    internal static Diagnostic ToError(CompiledForm form, ConcurrencyException exception, string recordId, long expected)
    {
        if (exception.Code == StoreMessages.UniqueKeyTaken.Code
            && exception.Diagnostics[0].Arguments.TryGetValue("key", out var key) && key is string k)
        {
            var name = k[..k.IndexOf('=', StringComparison.Ordinal)];
            var field = form.Fields.First(f => f.Name.ToUpperInvariant() == name);
            return FieldValidator.Error(FormMessages.NotUnique, field.Name, field, ("value", k[(name.Length + 1)..]));
        }

        var actual = exception.Diagnostics[0].Arguments.TryGetValue("actual", out var a) ? a : "?";
        return Diagnostic.Error(FormMessages.StaleRecord, "$", null, ("id", recordId), ("expected", expected), ("actual", actual));
    }

    /// <summary>
    /// Writes the audit entry and the outbox event of a stored record version, as a submit or an import does after the
    /// record write. Both carry ids derived from the form, record id and version (and the record's update time), so
    /// calling this again for the same version, e.g. when recovering after a crash between the record write and the
    /// publish, adds nothing new: the outbox ignores known message ids, and an audit log keyed by entry id can skip
    /// duplicates.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="before">The previous version, or <see langword="null"/> for a created record.</param>
    /// <param name="after">The stored version.</param>
    /// <param name="actor">The actor who wrote it.</param>
    /// <param name="cancellationToken">The cancellation token.</param>
    /// <returns>A task that completes when both are written.</returns>
    public Task PublishRecordEventsAsync(CompiledForm form, StoredRecord? before, StoredRecord after, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(actor);
        return PublishAsync(form, [(before, after)], actor, cancellationToken);
    }

    internal async Task PublishAsync(CompiledForm form, IReadOnlyList<(StoredRecord? Before, StoredRecord After)> writes, Actor actor, CancellationToken cancellationToken, string? nodeId = null)
    {
        var entries = new List<AuditEntry>(writes.Count);
        var messages = new List<OutboxMessage>(writes.Count);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using var writer = new System.Text.Json.Utf8JsonWriter(buffer);
        foreach (var (before, after) in writes)
        {
            var created = before is null;
            var subject = form.Id + "/" + after.Id;
            entries.Add(new AuditEntry
            {
                Id = EventId(form.Id, after, 'a'),
                At = after.UpdatedAt,
                ActorId = actor.UserId,
                Action = created ? "create" : "update",
                SubjectType = FormsConstants.AuditSubjectType,
                SubjectId = subject,
                NodeId = nodeId,
                Changes = AuditRedaction.Apply(form, FieldChange.Diff(before?.Data, after.Data), _options.AuditSensitiveValues),
            });
            buffer.Clear();
            writer.Reset(buffer);
            messages.Add(new OutboxMessage
            {
                Id = EventId(form.Id, after, 'o'),
                Type = created ? FormsConstants.RecordCreatedEvent : FormsConstants.RecordUpdatedEvent,
                Payload = EventPayload(writer, buffer, form, after, actor),
                OccurredAt = after.UpdatedAt,
                Subject = subject,
            });
        }

        // The record write above is the commit point; the outbox goes first so a crash before the audit entry still
        // delivers the event, and a replay (PublishRecordEventsAsync) re-adds nothing it already holds.
        await _outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(entries, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A name-based id (RFC 9562 version 8 layout) of the audit entry ('a') or outbox message ('o') of one record
    /// version: two seeded 64-bit FNV-1a lanes over the form id, record id, version and update time, each finished with
    /// a 64-bit mixer. Stable across processes (a replay after a restart gets the same ids); not a security hash.
    /// </summary>
    internal static Guid EventId(string formId, StoredRecord record, char purpose)
    {
        var a = 0xCBF29CE484222325UL;
        var b = 0x9E3779B97F4A7C15UL;
        Mix(ref a, ref b, purpose);
        Mix(ref a, ref b, formId);
        Mix(ref a, ref b, record.Id);
        Mix(ref a, ref b, record.Version);
        Mix(ref a, ref b, record.UpdatedAt.UtcTicks);
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, Finish(a));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Finish(b ^ a));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static void Mix(ref ulong a, ref ulong b, string text)
    {
        foreach (var c in text)
        {
            Mix(ref a, ref b, c);
        }

        Mix(ref a, ref b, '\u001F');
    }

    private static void Mix(ref ulong a, ref ulong b, long number)
    {
        for (var i = 0; i < 8; i++)
        {
            Mix(ref a, ref b, (char)(byte)(number >> (i * 8)));
        }
    }

    private static void Mix(ref ulong a, ref ulong b, char c)
    {
        a = (a ^ c) * 0x100000001B3UL;
        b = (b ^ c) * 0xC6A4A7935BD1E995UL;
    }

    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 33);
    }

    private static string EventPayload(System.Text.Json.Utf8JsonWriter writer, System.Buffers.ArrayBufferWriter<byte> buffer, CompiledForm form, StoredRecord record, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("formId", form.Id);
        writer.WriteNumber("formVersion", form.Version);
        writer.WriteString("recordId", record.Id);
        writer.WriteNumber("version", record.Version);
        writer.WriteString("actorId", actor.UserId);
        writer.WritePropertyName("data");
        Formwork.Json.ValueJson.WritePlain(writer, record.Data);
        writer.WriteEndObject();
        writer.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The error for an update of a stored record that the actor's profile does not reach; null when it does.</summary>
    internal static Diagnostic? OutOfScope(CompiledForm form, StoredRecord stored, SubmissionOptions options) =>
        ResolveProfile(form, options.Profile) is { } profile && !profile.Reaches(stored, options.Actor)
            ? Diagnostic.Error(FormMessages.RecordOutOfScope, "$", null, ("id", stored.Id), ("form", form.Id), ("profile", profile.Name))
            : null;

    private static PermissionProfile? ResolveProfile(CompiledForm form, string? profile)
    {
        if (profile is null)
        {
            return null;
        }

        return form.TryGetProfile(profile, out var found) ? found : throw Submission.NoProfile(form, profile);
    }

    private static RecordData ViewRow(CompiledField subform, RecordData row, PermissionProfile profile)
    {
        var view = new RecordData(subform.Fields.Count);
        foreach (var child in subform.Fields)
        {
            var value = row[child.Name];
            if (value.IsBlank)
            {
                continue;
            }

            switch (profile.GetAccess(child.Path))
            {
                case FieldAccess.Hidden:
                    continue;
                case FieldAccess.Masked:
                    view[child.Name] = FieldMasking.Mask(child, value);
                    continue;
                default:
                    view[child.Name] = value;
                    continue;
            }
        }

        return view.Freeze();
    }
}
