using Formwork.Testing;

namespace Formwork.Expressions.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesCheckedInFile() => PublicApi.Verify(typeof(Formula).Assembly, "src/Expressions");
}
