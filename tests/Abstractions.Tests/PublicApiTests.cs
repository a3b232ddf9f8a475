using Formwork.Testing;

namespace Formwork.Abstractions.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesCheckedInFile() => PublicApi.Verify(typeof(Value).Assembly, "src/Abstractions");
}
