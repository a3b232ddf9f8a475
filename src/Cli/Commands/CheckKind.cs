using System.Collections.Generic;
using System.Text.Json;
using Formwork.Diagnostics;

namespace Formwork.Cli.Commands;

/// <summary>
/// One kind of definition <c>formwork check</c> understands, chosen by the top-level <c>"kind"</c> property
/// (default <c>form</c>). Engines plug in their own kind by adding a class that implements this interface in
/// <c>src/Cli/Commands/</c>: it is found by reflection, like commands.
/// </summary>
internal interface ICheckKind
{
    /// <summary>Gets the value of <c>"kind"</c> this checker handles, such as <c>form</c> or <c>workflow</c>.</summary>
    string Kind { get; }

    /// <summary>Checks a definition; returns its diagnostics and, when it is valid, a one-line summary.</summary>
    IReadOnlyList<Diagnostic> Check(JsonElement definition, out string? summary);
}
