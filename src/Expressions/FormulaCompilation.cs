using System.Collections.Generic;
using Formwork.Diagnostics;

namespace Formwork.Expressions;

/// <summary>The outcome of compiling a formula: the compiled <see cref="Formula"/>, or the diagnostics that explain why not.</summary>
public sealed class FormulaCompilation
{
    internal FormulaCompilation(Formula? formula, IReadOnlyList<Diagnostic> diagnostics)
    {
        Formula = formula;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets a value indicating whether the formula compiled (no error diagnostics).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Formula))]
    public bool Success => Formula is not null;

    /// <summary>Gets the compiled formula, or <see langword="null"/> when it did not compile.</summary>
    public Formula? Formula { get; }

    /// <summary>Gets every problem found, each with a stable code (<c>FWE…</c>), its position and an English and Chinese message.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
