using Formwork.Identity;

namespace Formwork.Workflow.Tests.Approvals;

/// <summary>The sample organisation: a sales rep with a three-level manager chain, a sales director, a CEO, finance and a legal team.</summary>
internal static class Organization
{
    public static InMemoryOrganizationDirectory Create()
    {
        var directory = new InMemoryOrganizationDirectory();
        directory.AddDepartment(new Department { Id = "d-sales", Name = "销售部", HeadIds = ["director"] });
        directory.AddDepartment(new Department { Id = "d-legal", Name = "法务部", HeadIds = ["legal1"] });
        directory.AddUser(new DirectoryUser { Id = "sales", Name = "Sales Rep", Departments = ["d-sales"], ManagerId = "m1" });
        directory.AddUser(new DirectoryUser { Id = "m1", Name = "Team Lead", Departments = ["d-sales"], ManagerId = "m2" });
        directory.AddUser(new DirectoryUser { Id = "m2", Name = "Regional Manager", Departments = ["d-sales"], ManagerId = "director", Roles = ["regional"] });
        directory.AddUser(new DirectoryUser { Id = "director", Name = "Sales Director", Departments = ["d-sales"], ManagerId = "ceo", Roles = ["sales-director"] });
        directory.AddUser(new DirectoryUser { Id = "ceo", Name = "CEO", Roles = ["ceo"] });
        directory.AddUser(new DirectoryUser { Id = "fin1", Name = "Finance", Roles = ["finance"] });
        directory.AddUser(new DirectoryUser { Id = "legal1", Name = "Legal 1", Departments = ["d-legal"], Roles = ["legal"] });
        directory.AddUser(new DirectoryUser { Id = "legal2", Name = "Legal 2", Departments = ["d-legal"], Roles = ["legal"] });
        directory.AddUser(new DirectoryUser { Id = "legal3", Name = "Legal 3", Departments = ["d-legal"], Roles = ["legal"] });
        directory.AddUser(new DirectoryUser { Id = "channel", Name = "Channel", Roles = ["channel"] });
        directory.AddUser(new DirectoryUser { Id = "auditor", Name = "Auditor", Roles = ["workflow-admin"] });
        directory.AddUser(new DirectoryUser { Id = "outsider", Name = "Outsider" });
        directory.AddUser(new DirectoryUser { Id = "gone", Name = "Left the company", IsActive = false });
        for (var i = 0; i < 64; i++)
        {
            directory.AddUser(new DirectoryUser { Id = $"board{i:00}", Name = $"Board {i}", Roles = ["board"] });
        }

        return directory;
    }

    public static Actor Actor(InMemoryOrganizationDirectory directory, string userId) =>
        directory.FindUserAsync(userId).AsTask().GetAwaiter().GetResult()?.ToActor() ?? new Actor(userId);
}
