using System.Threading.Tasks;
using Formwork.Identity;

namespace Formwork.Abstractions.Tests.Identity;

public sealed class InMemoryOrganizationDirectoryTests
{
    // company (CEO) > sales (director) > east (manager) > rep; finance has no head of its own.
    private static InMemoryOrganizationDirectory Directory() => new InMemoryOrganizationDirectory()
        .AddDepartment(new Department { Id = "company", Name = "公司", HeadIds = ["ceo"] })
        .AddDepartment(new Department { Id = "sales", Name = "销售部", ParentId = "company", HeadIds = ["director"] })
        .AddDepartment(new Department { Id = "east", Name = "华东区", ParentId = "sales", HeadIds = ["east-manager"] })
        .AddDepartment(new Department { Id = "finance", Name = "财务部", ParentId = "company" })
        .AddUser(new DirectoryUser { Id = "ceo", Name = "CEO", Departments = ["company"], Roles = ["executive"] })
        .AddUser(new DirectoryUser { Id = "director", Name = "Director", Departments = ["sales"], Roles = ["sales-director"] })
        .AddUser(new DirectoryUser { Id = "east-manager", Name = "East manager", Departments = ["east"] })
        .AddUser(new DirectoryUser { Id = "rep", Name = "Rep", Departments = ["east"], Roles = ["Sales"] })
        .AddUser(new DirectoryUser { Id = "rep2", Name = "Rep 2", Departments = ["east"], Roles = ["sales"], ManagerId = "director" })
        .AddUser(new DirectoryUser { Id = "gone", Name = "Left", Departments = ["east"], Roles = ["sales"], IsActive = false })
        .AddUser(new DirectoryUser { Id = "accountant", Name = "Accountant", Departments = ["finance"], Roles = ["finance"] });

    [Fact]
    public async Task GetManagerChainAsync_WalksDepartmentHeadsUp()
    {
        var directory = Directory();
        Assert.Equal(["east-manager", "director", "ceo"], await directory.GetManagerChainAsync("rep", 5));
        Assert.Equal(["east-manager", "director"], await directory.GetManagerChainAsync("rep", 2));
        Assert.Equal(["director", "ceo"], await directory.GetManagerChainAsync("east-manager", 5));
        Assert.Empty(await directory.GetManagerChainAsync("ceo", 5));
        Assert.Empty(await directory.GetManagerChainAsync("nobody", 3));
    }

    [Fact]
    public async Task GetManagerChainAsync_ExplicitManagerWins() =>
        Assert.Equal(["director", "ceo"], await Directory().GetManagerChainAsync("rep2", 3));

    [Fact]
    public async Task GetManagerChainAsync_CycleOfManagers_Stops()
    {
        var directory = new InMemoryOrganizationDirectory()
            .AddUser(new DirectoryUser { Id = "a", Name = "A", ManagerId = "b" })
            .AddUser(new DirectoryUser { Id = "b", Name = "B", ManagerId = "a" });
        Assert.Equal(["b"], await directory.GetManagerChainAsync("a", 10));
    }

    [Fact]
    public async Task GetDepartmentHeadsAsync_FallsBackToParent()
    {
        var directory = Directory();
        Assert.Equal(["ceo"], await directory.GetDepartmentHeadsAsync("finance"));
        Assert.Equal(["east-manager"], await directory.GetDepartmentHeadsAsync("east"));
        Assert.Empty(await directory.GetDepartmentHeadsAsync("unknown"));
    }

    [Fact]
    public async Task GetDepartmentMembersAsync_SkipsInactive_IncludesSubdepartmentsOnRequest()
    {
        var directory = Directory();
        Assert.Equal(["east-manager", "rep", "rep2"], await directory.GetDepartmentMembersAsync("east"));
        Assert.Equal(["director"], await directory.GetDepartmentMembersAsync("sales"));
        Assert.Equal(["director", "east-manager", "rep", "rep2"], await directory.GetDepartmentMembersAsync("sales", includeSubdepartments: true));
    }

    [Fact]
    public async Task GetRoleMembersAsync_IsCaseInsensitive_SkipsInactive() =>
        Assert.Equal(["rep", "rep2"], await Directory().GetRoleMembersAsync("SALES"));

    [Fact]
    public async Task FindUserAsync_ToActor_CarriesRolesAndDepartments()
    {
        var actor = (await Directory().FindUserAsync("rep"))!.ToActor();
        Assert.Equal("rep", actor.UserId);
        Assert.True(actor.IsInRole("sales"));
        Assert.Equal("east", actor.MainDepartment);
        Assert.True(actor.IsInDepartment("east"));
    }
}
