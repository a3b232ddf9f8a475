using System.Collections.Generic;
using Formwork.Diagnostics;

namespace CustomerPortal.Scenarios;

/// <summary>A refused ticket submission: what was wrong and the form engine's errors.</summary>
/// <param name="Case">What the submission got wrong.</param>
/// <param name="Errors">The errors: path, code, English and Chinese message.</param>
public sealed record S2Refusal(string Case, IReadOnlyList<Diagnostic> Errors);
