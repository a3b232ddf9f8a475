using System.Collections.Generic;
using Formwork;
using Formwork.Workflow;

namespace CustomerPortal.Scenarios;

/// <summary>What S8 did: the permission matrix, the views of one record by several roles, the refusals and the audit trail.</summary>
public sealed record S8Outcome
{
    /// <summary>For each role the form's profiles name, the profile it uses.</summary>
    public required IReadOnlyDictionary<string, string> ProfileOfRole { get; init; }

    /// <summary>The access (<c>Editable</c>, <c>ReadOnly</c>, <c>Hidden</c>, <c>Required</c>, <c>Masked</c>) of each field per profile.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Matrix { get; init; }

    /// <summary>The customer account record the sales rep submitted.</summary>
    public required string RecordId { get; init; }

    /// <summary>The account the external partner submitted.</summary>
    public required string PartnerRecordId { get; init; }

    /// <summary>The approval instance of <see cref="RecordId"/>.</summary>
    public required string InstanceId { get; init; }

    /// <summary>The approval's final status.</summary>
    public required WorkflowStatus FinalStatus { get; init; }

    /// <summary>Who had to approve at the manager node, then at the finance node.</summary>
    public required IReadOnlyList<string> Approvers { get; init; }

    /// <summary>The same record as each profile sees it after the approval (sales: the owner; project-manager, executive, finance).</summary>
    public required IReadOnlyDictionary<string, RecordData> Views { get; init; }

    /// <summary>The instance data <c>WorkflowEngine.ViewAsync</c> returned to the finance handler.</summary>
    public required RecordData WorkflowViewOfFinance { get; init; }

    /// <summary>The instance data <c>WorkflowEngine.ViewAsync</c> returned to the CEO (a viewer role, on no task).</summary>
    public required RecordData WorkflowViewOfCeo { get; init; }

    /// <summary>The refusals, in order.</summary>
    public required IReadOnlyList<S8Refusal> Refusals { get; init; }

    /// <summary>How many customer accounts each user may open under the own-records rule.</summary>
    public required IReadOnlyDictionary<string, int> VisibleAccounts { get; init; }

    /// <summary>The audit trail of the record and its approval, in time order.</summary>
    public required IReadOnlyList<S8AuditLine> AuditTrail { get; init; }

    /// <summary>The types of the outbox messages the scenario produced, in order.</summary>
    public required IReadOnlyList<string> OutboxTypes { get; init; }

    /// <summary>Customer account records in the store at the end.</summary>
    public required int StoredAccounts { get; init; }
}
