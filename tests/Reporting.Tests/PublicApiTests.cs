using Formwork.Testing;

namespace Formwork.Reporting.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_Reporting_MatchesCheckedInFile() =>
        PublicApi.Verify(typeof(ReportEngine).Assembly, "src/Reporting");
}
