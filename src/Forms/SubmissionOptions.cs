using Formwork.Identity;

namespace Formwork.Forms;

/// <summary>Who submits, under which permission profile, and which record (for an update).</summary>
public sealed record SubmissionOptions
{
    /// <summary>Gets the submitting actor (defaults, permissions, audit).</summary>
    public required Actor Actor { get; init; }

    /// <summary>Gets the name of the permission profile to enforce (a role's or a workflow node's), or <see langword="null"/> for full access.</summary>
    public string? Profile { get; init; }

    /// <summary>Gets the id of the record to update; <see langword="null"/> creates a record (with a new id unless <see cref="NewRecordId"/> is set).</summary>
    public string? RecordId { get; init; }

    /// <summary>Gets the version the caller last read, for optimistic concurrency on update; <see langword="null"/> uses the current version.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>Gets the id to give a created record; <see langword="null"/> generates one.</summary>
    public string? NewRecordId { get; init; }

    /// <summary>
    /// Gets the workflow node the write is made from (a host writing an approval's edits back to the record), recorded
    /// in the audit entry's <c>NodeId</c>; <see langword="null"/> for a write outside a workflow.
    /// </summary>
    public string? NodeId { get; init; }

    /// <summary>
    /// Creates options for an actor with the profile the form maps the actor's roles to (<see cref="CompiledForm.ProfileFor"/>),
    /// so hosts do not map roles to profiles by hand. Set <see cref="RecordId"/> and the rest with <c>with</c>.
    /// </summary>
    /// <param name="form">The compiled form.</param>
    /// <param name="actor">The submitting actor.</param>
    /// <returns>The options.</returns>
    public static SubmissionOptions ForActor(CompiledForm form, Actor actor)
    {
        System.ArgumentNullException.ThrowIfNull(form);
        return new SubmissionOptions { Actor = actor, Profile = form.ProfileFor(actor) };
    }
}
