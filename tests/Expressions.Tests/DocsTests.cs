using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Formwork.Json;
using Formwork.Testing;

namespace Formwork.Expressions.Tests;

/// <summary>Every example table row of <c>docs/formulas.md</c> is evaluated and must print what the page says.</summary>
public class DocsTests
{
    private static readonly Regex Example = new(@"^\| `(?<formula>.+)` \| `(?<result>.+)` \|$", RegexOptions.CultureInvariant);

    [Fact]
    public void FormulasPage_Examples_PrintWhatThePageSays()
    {
        var lines = File.ReadAllLines(RepositoryPaths.File("docs/formulas.md"));
        var examples = lines.Select(l => Example.Match(l)).Where(m => m.Success).ToArray();
        Assert.True(examples.Length > 130, $"only {examples.Length} examples found");
        var failures = examples
            .Select(m => (Formula: m.Groups["formula"].Value, Expected: m.Groups["result"].Value, Actual: ValueJson.ToPlainJson(FormulaAssert.Eval(m.Groups["formula"].Value))))
            .Where(e => e.Expected != e.Actual)
            .Select(e => $"{e.Formula}: page says {e.Expected}, got {e.Actual}")
            .ToArray();
        Assert.True(failures.Length == 0, string.Join("\n", failures));
    }
}
