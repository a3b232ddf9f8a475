namespace Formwork.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information for the designer; nothing is wrong.</summary>
    Info,

    /// <summary>Suspicious but usable: the definition loads.</summary>
    Warning,

    /// <summary>Wrong: the definition, formula or input is refused.</summary>
    Error,
}
