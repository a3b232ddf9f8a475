using Formwork.Testing;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_Workflow_MatchesCheckedInFile() =>
        PublicApi.Verify(typeof(StateMachineBuilder<,>).Assembly, "src/Workflow");
}
