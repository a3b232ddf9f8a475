using System.Collections.Generic;
using Formwork.Diagnostics;

namespace CustomerPortal.Scenarios;

/// <summary>A lead submission the form refused: nothing was stored, and these are the per-field errors.</summary>
/// <param name="LeadId">The id the lead would have had.</param>
/// <param name="Errors">Each error: field path, code, English and Chinese message.</param>
public sealed record S1Refusal(string LeadId, IReadOnlyList<Diagnostic> Errors);
