using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace Formwork.Testing;

/// <summary>
/// Approval (snapshot) testing without Verify: compares a text with a checked-in <c>*.verified.*</c> file next to the
/// test source. On a difference it writes <c>*.received.*</c> beside it and fails with a line diff. It never accepts
/// a snapshot by itself in CI; locally, set <c>FORMWORK_ACCEPT_SNAPSHOTS=1</c> to write the verified file.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified file named after the test.</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="name">The snapshot name (file stem), such as <c>PublicApi.Formwork.Abstractions</c>.</param>
    /// <param name="extension">The file extension, such as <c>txt</c> or <c>json</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler: the calling test's source file.</param>
    public static void Match(string actual, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        MatchFile(actual, Path.Combine(directory, $"{name}.verified.{extension}"));
    }

    /// <summary>Compares <paramref name="actual"/> with a checked-in file at an explicit path (such as a package's <c>PublicAPI.txt</c>).</summary>
    /// <param name="actual">The text produced by the code under test.</param>
    /// <param name="verified">The full path of the checked-in file; the received file is written beside it with <c>.received</c> before the extension.</param>
    public static void MatchFile(string actual, string verified)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrEmpty(verified);
        var directory = Path.GetDirectoryName(verified)!;
        var name = Path.GetFileName(verified);
        var received = Path.Combine(directory, Path.GetFileNameWithoutExtension(verified).Replace(".verified", string.Empty, StringComparison.Ordinal) + ".received" + Path.GetExtension(verified));
        var normalized = Normalize(actual);
        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && Environment.GetEnvironmentVariable("FORMWORK_ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, normalized);
            return;
        }

        if (!inCi)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, normalized);
        }

        throw new Xunit.Sdk.XunitException(expected is null
            ? $"No verified snapshot {verified}. Review the received file and accept it with FORMWORK_ACCEPT_SNAPSHOTS=1.\n{normalized}"
            : $"Snapshot {name} differs from {verified}:\n{Diff(expected, normalized)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var builder = new StringBuilder();
        int i = 0, j = 0, shown = 0;
        while ((i < e.Length || j < a.Length) && shown < 60)
        {
            if (i < e.Length && j < a.Length && e[i] == a[j])
            {
                i++;
                j++;
                continue;
            }

            // Find the next line of the expected text in the actual one to tell removals from additions.
            var next = i < e.Length ? Array.IndexOf(a, e[i], j) : -1;
            if (next > j)
            {
                for (; j < next; j++, shown++)
                {
                    builder.Append("+ ").AppendLine(a[j]);
                }
            }
            else if (i < e.Length)
            {
                builder.Append("- ").AppendLine(e[i++]);
                shown++;
            }
            else
            {
                builder.Append("+ ").AppendLine(a[j++]);
                shown++;
            }
        }

        return builder.ToString();
    }
}
