using System;
using System.IO;

namespace CustomerPortal.Host;

/// <summary>
/// Prints the tour's story: scenario headings, numbered steps with their details, and a progress line for bulk steps.
/// Tests pass a <see cref="StringWriter"/> (or <see cref="TextWriter.Null"/>) and assert outcomes, never the text.
/// </summary>
public sealed class Narrator(TextWriter output, bool interactive = false)
{
    private int step;

    /// <summary>The writer everything goes to.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>A scenario's heading: its id, title and one line of what it shows.</summary>
    public void Scenario(string id, string title, string summary)
    {
        step = 0;
        Output.WriteLine();
        Output.WriteLine($"══ {id} {title}");
        Output.WriteLine($"   {summary}");
    }

    /// <summary>A numbered step of the current scenario.</summary>
    public void Step(string text) => Output.WriteLine($"{++step,3}. {text}");

    /// <summary>A detail line under the last step (who approved, which rule fired and why, ...).</summary>
    public void Detail(string text) => Output.WriteLine($"       {text}");

    /// <summary>
    /// Reports progress of a bulk step. On an interactive console the line is redrawn in place; otherwise (CI logs,
    /// tests) only the start and the end are printed.
    /// </summary>
    public void Progress(string label, int done, int total)
    {
        if (interactive)
        {
            var width = 30;
            var filled = total == 0 ? width : (int)((long)done * width / total);
            Output.Write($"\r       {label} [{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}");
            if (done >= total)
            {
                Output.WriteLine();
            }
        }
        else if (done == total)
        {
            Output.WriteLine($"       {label}: {done}/{total} done");
        }
    }
}
