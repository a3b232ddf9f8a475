using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Formwork.Testing;

/// <summary>Finds files of the repository from a test (tests read checked-in files such as <c>PublicAPI.txt</c> and sample definitions).</summary>
public static class RepositoryPaths
{
    /// <summary>Returns the repository root: the nearest folder above the calling source file that holds <c>Sdk.sln</c>.</summary>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <returns>The root folder.</returns>
    public static string Root([CallerFilePath] string sourceFile = "")
    {
        for (var directory = Path.GetDirectoryName(sourceFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (System.IO.File.Exists(Path.Combine(directory, "Sdk.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No Sdk.sln above {sourceFile}.");
    }

    /// <summary>Returns the full path of a file given relative to the repository root.</summary>
    /// <param name="relativePath">A path such as <c>src/Abstractions/PublicAPI.txt</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <returns>The full path.</returns>
    public static string File(string relativePath, [CallerFilePath] string sourceFile = "") =>
        Path.Combine(Root(sourceFile), relativePath.Replace('/', Path.DirectorySeparatorChar));
}
