using Formwork.Forms;
using Formwork.Testing;

namespace Formwork.Forms.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesCheckedInFile() => PublicApi.Verify(typeof(CompiledForm).Assembly, "src/Forms");
}
