using System.Collections.Generic;
using System.Linq;
using Formwork.Diagnostics;

namespace Formwork.Forms;

/// <summary>The outcome of loading a form definition: the compiled form, or the diagnostics that prevented it.</summary>
public sealed class FormLoadResult
{
    internal FormLoadResult(CompiledForm? form, IReadOnlyList<Diagnostic> diagnostics)
    {
        Form = form;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the compiled form, or <see langword="null"/> when the definition has errors (nothing is half-loaded).</summary>
    public CompiledForm? Form { get; }

    /// <summary>Gets the diagnostics (errors and warnings) with their JSON paths.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the definition loaded.</summary>
    public bool Success => Form is not null;

    /// <summary>Returns the compiled form or throws a <see cref="FormworkException"/> carrying every error.</summary>
    /// <returns>The compiled form.</returns>
    public CompiledForm GetFormOrThrow() => Form ?? throw new FormworkException(Diagnostics.Where(d => d.IsError));
}
