using System;
using System.Text;
using CustomerPortal;
using Formwork.Identity;
using Microsoft.Extensions.DependencyInjection;

// The Formwork customer portal: a host that wires every Formwork engine with its in-memory defaults, loads the
// definitions a designer would produce (Definitions/*.json) and shows what each engine does.
Console.OutputEncoding = Encoding.UTF8;

var directory = new InMemoryOrganizationDirectory()
    .AddDepartment(new Department { Id = "company", Name = "公司 Company", HeadIds = ["ceo"] })
    .AddDepartment(new Department { Id = "sales", Name = "销售部 Sales", ParentId = "company", HeadIds = ["director"] })
    .AddDepartment(new Department { Id = "finance", Name = "财务部 Finance", ParentId = "company", HeadIds = ["cfo"] })
    .AddUser(new DirectoryUser { Id = "ceo", Name = "陈总 CEO Chen", Departments = ["company"], Roles = ["ceo"] })
    .AddUser(new DirectoryUser { Id = "director", Name = "王总监 Director Wang", Departments = ["sales"], Roles = ["sales-director"] })
    .AddUser(new DirectoryUser { Id = "rep-li", Name = "李娜 Li Na", Departments = ["sales"], Roles = ["sales"], Mobile = "13812345678" })
    .AddUser(new DirectoryUser { Id = "cfo", Name = "赵会计 Accountant Zhao", Departments = ["finance"], Roles = ["finance"] });

using var services = new ServiceCollection()
    .AddSingleton<IOrganizationDirectory>(directory)
    .AddFormwork(b => b
        .Configure(o => o.TimeZoneId = "Asia/Shanghai")
        .AddExpressions()
        .AddForms()
        .AddWorkflow()
        .AddRules()
        .AddReporting())
    .BuildServiceProvider();

Console.WriteLine("Formwork customer portal");
Console.WriteLine();
await FoundationTour.RunAsync(services);
await ContractTour.RunAsync(services, AppContext.BaseDirectory);
return 0;
