using System;
using System.Collections.Generic;
using System.Linq;

namespace Formwork.Diagnostics;

/// <summary>
/// Thrown when a definition, formula or command is refused; carries the stable code of the first error and every
/// diagnostic. Nothing was changed when it is thrown.
/// </summary>
public class FormworkException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics (at least one).</summary>
    /// <param name="diagnostics">The diagnostics; the first error names the exception's code and message.</param>
    public FormworkException(IEnumerable<Diagnostic> diagnostics)
        : this(diagnostics?.ToArray() ?? throw new ArgumentNullException(nameof(diagnostics)))
    {
    }

    /// <summary>Creates the exception from one diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public FormworkException(Diagnostic diagnostic)
        : this(new[] { diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)) })
    {
    }

    private FormworkException(Diagnostic[] diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics;
        Code = (diagnostics.FirstOrDefault(d => d.IsError) ?? diagnostics[0]).Code;
    }

    /// <summary>Gets the stable code of the first error.</summary>
    public string Code { get; }

    /// <summary>Gets every diagnostic.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(Diagnostic[] diagnostics)
    {
        if (diagnostics.Length == 0)
        {
            throw new ArgumentException("At least one diagnostic is required.", nameof(diagnostics));
        }

        var first = diagnostics.FirstOrDefault(d => d.IsError) ?? diagnostics[0];
        var more = diagnostics.Length > 1 ? $" (and {diagnostics.Length - 1} more)" : string.Empty;
        return first + more;
    }
}
