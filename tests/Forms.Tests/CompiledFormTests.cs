using System.Linq;
using System.Threading.Tasks;
using Formwork.Forms;
using Formwork.Identity;

namespace Formwork.Forms.Tests;

public sealed class CompiledFormTests
{
    internal const string RoleMapped = """
        {
          "id": "quote",
          "fields": [
            { "name": "customer", "type": "text" },
            { "name": "discount", "type": "percent" },
            { "name": "cost", "type": "money" }
          ],
          "permissions": [
            { "name": "finance", "roles": ["finance", "cfo"], "fields": {} },
            { "name": "sales", "roles": ["sales"], "fields": { "discount": "readOnly", "cost": "hidden" } },
            { "name": "guest", "default": "readOnly", "fields": { "cost": "hidden" } }
          ],
          "defaultProfile": "guest"
        }
        """;

    [Fact]
    public void ProfileFor_ActorInMappedRole_GetsThatProfile()
    {
        var form = TestForms.Load(RoleMapped);

        Assert.Equal("sales", form.ProfileFor(new Actor("u1", ["SALES"])));
        Assert.Equal("finance", form.ProfileFor(new Actor("u2", ["cfo"])));
    }

    [Fact]
    public void ProfileFor_ActorInTwoMappedRoles_GetsTheFirstProfileInDefinitionOrder()
    {
        var form = TestForms.Load(RoleMapped);

        Assert.Equal("finance", form.ProfileFor(new Actor("u1", ["sales", "finance"])));
    }

    [Fact]
    public void ProfileFor_ActorWithoutMappedRole_GetsDefaultProfileOrFullAccess()
    {
        var form = TestForms.Load(RoleMapped);
        var withoutDefault = TestForms.Load(RoleMapped.Replace("\"defaultProfile\": \"guest\"", "\"title\": \"t\"", System.StringComparison.Ordinal));

        Assert.Equal("guest", form.ProfileFor(new Actor("u1", ["hr"])));
        Assert.Null(withoutDefault.ProfileFor(new Actor("u1", ["hr"])));
    }

    [Fact]
    public void ToJson_RolesAndDefaultProfile_RoundTrip()
    {
        var form = TestForms.Load(RoleMapped);

        var again = TestForms.Load(form.ToJson());

        Assert.Equal(["finance", "cfo"], again.Definition.Permissions[0].Roles);
        Assert.Equal("guest", again.Definition.DefaultProfile);
        Assert.Equal(form.ToJson(), again.ToJson());
    }

    [Fact]
    public void Load_RoleInTwoProfilesAndUnknownDefault_ReportsBoth()
    {
        var json = RoleMapped.Replace("\"roles\": [\"sales\"]", "\"roles\": [\"sales\", \"CFO\"]", System.StringComparison.Ordinal)
            .Replace("\"defaultProfile\": \"guest\"", "\"defaultProfile\": \"nobody\"", System.StringComparison.Ordinal);

        var result = new FormDefinitionLoader().Load(json);

        Assert.False(result.Success);
        var errors = result.Diagnostics.Select(d => $"{d.Path} {d.Code} {d.Message} | {d.MessageChinese}").ToArray();
        Assert.Contains("$.permissions[1].roles[1] FWF0023 The role 'CFO' is listed by the profiles 'finance' and 'sales'; a role may get one profile only. | 角色“CFO”同时列在权限配置“finance”和“sales”中；一个角色只能对应一个权限配置。", errors);
        Assert.Contains("$.defaultProfile FWF0025 The default profile 'nobody' is not one of the form's permission profiles. | 默认权限配置“nobody”不是此表单的权限配置。", errors);
    }

    [Fact]
    public void FormBuilder_RoleProfileAndDefault_MatchesJson()
    {
        var definition = new FormBuilder("quote")
            .Field("customer", FieldType.Text)
            .Profile("sales", ["sales"], new System.Collections.Generic.Dictionary<string, FieldAccess> { ["customer"] = FieldAccess.ReadOnly })
            .Profile("guest", new System.Collections.Generic.Dictionary<string, FieldAccess>(), FieldAccess.ReadOnly)
            .DefaultProfile("guest")
            .Build();

        var form = new FormDefinitionLoader().Compile(definition).GetFormOrThrow();

        Assert.Equal("sales", form.ProfileFor(new Actor("u1", ["sales"])));
        Assert.Equal("guest", form.ProfileFor(new Actor("u2")));
    }
}
