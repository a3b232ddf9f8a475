using Formwork.Testing;

namespace Formwork.Rules.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesCheckedInFile() => PublicApi.Verify(typeof(RuleEngine).Assembly, "src/Rules");
}
