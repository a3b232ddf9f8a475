using System.Collections.Generic;
using Formwork.Diagnostics;

namespace CustomerPortal.Scenarios;

/// <summary>What S5 did: the pipeline loaded, the projects signing created, and the reminders sent to whom.</summary>
public sealed record S5Outcome
{
    /// <summary>How many opportunities of the pipeline were loaded through the opportunity form.</summary>
    public required int Imported { get; init; }

    /// <summary>The project records created (read back from the store), in order of creation.</summary>
    public required IReadOnlyList<S5Project> Projects { get; init; }

    /// <summary>The invoicing reminders finance got, one per signed opportunity.</summary>
    public required IReadOnlyList<S5Reminder> InvoiceReminders { get; init; }

    /// <summary>The reminders for opportunities idle 7 days in initial contact (rep and manager).</summary>
    public required IReadOnlyList<S5Reminder> IdleReminders { get; init; }

    /// <summary>The errors of the narrated attempt to sign without a contract number and date.</summary>
    public required IReadOnlyList<Diagnostic> RefusedSigning { get; init; }

    /// <summary>How many times the signing rule fired on an opportunity that already had its project (must be 0).</summary>
    public required int DuplicateProjectFirings { get; init; }
}
