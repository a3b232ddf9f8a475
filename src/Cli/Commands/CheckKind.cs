using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Forms;

namespace Formwork.Cli.Commands;

/// <summary>
/// One kind of definition <c>formwork check</c> understands. The kind is chosen by <c>--kind</c>, else by a top-level
/// <c>"kind"</c> property naming a registered kind, else by the definition's shape (<see cref="Recognizes"/>),
/// else it is a form. Engines plug in their own kind by adding a class that implements this interface in
/// <c>src/Cli/Commands/</c>: it is found by reflection, like commands.
/// </summary>
internal interface ICheckKind
{
    /// <summary>Gets the kind name, such as <c>form</c> or <c>workflow</c>.</summary>
    string Kind { get; }

    /// <summary>Gets a value indicating whether checking needs the form the definition works on (<c>--form</c>).</summary>
    bool NeedsForm { get; }

    /// <summary>Returns whether a definition without an explicit kind has this kind's shape.</summary>
    bool Recognizes(JsonElement definition);

    /// <summary>Checks a definition; returns its diagnostics and, when it is valid, a one-line summary.</summary>
    IReadOnlyList<Diagnostic> Check(JsonElement definition, CompiledForm? form, out string? summary);
}
