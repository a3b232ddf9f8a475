using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Forms.Tests;

public sealed class SubmissionOptionsTests
{
    [Fact]
    public async Task ForActor_SalesRole_EnforcesTheMappedProfile()
    {
        var form = TestForms.Load(CompiledFormTests.RoleMapped);
        var (engine, _, _, _) = TestForms.CreateEngine();
        var data = new RecordData().Set("customer", "云杉").Set("discount", 0.1m);

        var sales = await engine.SubmitAsync(form, data, SubmissionOptions.ForActor(form, new Actor("u1", ["sales"])));
        var finance = await engine.SubmitAsync(form, data, SubmissionOptions.ForActor(form, new Actor("u2", ["finance"])));

        Assert.Equal("sales", SubmissionOptions.ForActor(form, new Actor("u1", ["sales"])).Profile);
        var error = Assert.Single(sales.Errors);
        Assert.Equal(("discount", "FWF1029"), (error.Path, error.Code));
        Assert.True(finance.Success);
    }
}
