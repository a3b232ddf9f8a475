using System.Collections.Generic;
using System.Linq;
using Formwork.Identity;

namespace CustomerPortal.Host;

/// <summary>
/// The company the tour runs in: a CEO, a sales department with three regional teams, finance, legal, the channel
/// department, after-sales service with two engineer groups and project management — Chinese and English names, as
/// in a real Chinese mid-size company. Ids are stable so scenarios and tests can name people.
/// </summary>
public static class Organization
{
    /// <summary>The regions the sales teams cover, with their team department ids.</summary>
    public static IReadOnlyList<(string Region, string TeamId)> Regions { get; } =
    [
        ("华东", "sales-east"),
        ("华北", "sales-north"),
        ("华南", "sales-south"),
    ];

    /// <summary>The sales reps of each regional team (ids), in a stable order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RepsByTeam { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["sales-east"] = ["rep-lina", "rep-emily", "rep-chenjie", "rep-kevin"],
        ["sales-north"] = ["rep-wangfang", "rep-david", "rep-zhaolei", "rep-grace"],
        ["sales-south"] = ["rep-huangli", "rep-jason", "rep-linxue", "rep-amy"],
    };

    /// <summary>Every sales rep id.</summary>
    public static IReadOnlyList<string> AllReps { get; } = RepsByTeam.Values.SelectMany(r => r).ToArray();

    /// <summary>The team (department id) of a rep.</summary>
    public static string TeamOf(string repId) => RepsByTeam.First(t => t.Value.Contains(repId)).Key;

    /// <summary>The region a team covers.</summary>
    public static string RegionOfTeam(string teamId) => Regions.First(r => r.TeamId == teamId).Region;

    /// <summary>Builds the directory.</summary>
    public static InMemoryOrganizationDirectory CreateDirectory()
    {
        var directory = new InMemoryOrganizationDirectory()
            .AddDepartment(new Department { Id = "company", Name = "远景软件 Vista Software", HeadIds = ["ceo"] })
            .AddDepartment(new Department { Id = "sales", Name = "销售部 Sales", ParentId = "company", HeadIds = ["sales-director"] })
            .AddDepartment(new Department { Id = "sales-east", Name = "华东销售组 East team", ParentId = "sales", HeadIds = ["mgr-east"] })
            .AddDepartment(new Department { Id = "sales-north", Name = "华北销售组 North team", ParentId = "sales", HeadIds = ["mgr-north"] })
            .AddDepartment(new Department { Id = "sales-south", Name = "华南销售组 South team", ParentId = "sales", HeadIds = ["mgr-south"] })
            .AddDepartment(new Department { Id = "finance", Name = "财务部 Finance", ParentId = "company", HeadIds = ["cfo"] })
            .AddDepartment(new Department { Id = "legal", Name = "法务部 Legal", ParentId = "company", HeadIds = ["legal-head"] })
            .AddDepartment(new Department { Id = "channel", Name = "渠道部 Channel", ParentId = "company", HeadIds = ["channel-head"] })
            .AddDepartment(new Department { Id = "service", Name = "售后服务部 After-sales", ParentId = "company", HeadIds = ["service-head"] })
            .AddDepartment(new Department { Id = "service-hardware", Name = "硬件工程师组 Hardware engineers", ParentId = "service", HeadIds = ["eng-hw-lead"] })
            .AddDepartment(new Department { Id = "service-software", Name = "软件工程师组 Software engineers", ParentId = "service", HeadIds = ["eng-sw-lead"] })
            .AddDepartment(new Department { Id = "pmo", Name = "项目管理部 Projects", ParentId = "company", HeadIds = ["pm-head"] });

        Add(directory, "ceo", "陈建国 Chen Jianguo", "company", null, "13900000001", "ceo", "executive");
        Add(directory, "sales-director", "王海涛 Wang Haitao", "sales", "ceo", "13900000002", "sales-director", "executive");
        Add(directory, "mgr-east", "刘洋 Liu Yang", "sales-east", "sales-director", "13900000011", "sales-manager");
        Add(directory, "mgr-north", "张敏 Zhang Min", "sales-north", "sales-director", "13900000012", "sales-manager");
        Add(directory, "mgr-south", "黄志强 Huang Zhiqiang", "sales-south", "sales-director", "13900000013", "sales-manager");
        string[][] reps =
        [
            ["rep-lina", "李娜 Li Na", "sales-east", "13812340001"],
            ["rep-emily", "Emily Zhou 周艾米", "sales-east", "13812340002"],
            ["rep-chenjie", "陈杰 Chen Jie", "sales-east", "13812340003"],
            ["rep-kevin", "Kevin Xu 徐凯文", "sales-east", "13812340004"],
            ["rep-wangfang", "王芳 Wang Fang", "sales-north", "13812340005"],
            ["rep-david", "David Sun 孙大卫", "sales-north", "13812340006"],
            ["rep-zhaolei", "赵磊 Zhao Lei", "sales-north", "13812340007"],
            ["rep-grace", "Grace Ma 马格蕾", "sales-north", "13812340008"],
            ["rep-huangli", "黄丽 Huang Li", "sales-south", "13812340009"],
            ["rep-jason", "Jason Lin 林杰森", "sales-south", "13812340010"],
            ["rep-linxue", "林雪 Lin Xue", "sales-south", "13812340011"],
            ["rep-amy", "Amy Guo 郭艾米", "sales-south", "13812340012"],
        ];
        foreach (var rep in reps)
        {
            Add(directory, rep[0], rep[1], rep[2], rep[2].Replace("sales-", "mgr-", System.StringComparison.Ordinal), rep[3], "sales");
        }

        Add(directory, "cfo", "赵丽 Zhao Li", "finance", "ceo", "13900000021", "finance", "executive");
        Add(directory, "accountant", "孙倩 Sun Qian", "finance", "cfo", "13900000022", "finance");
        Add(directory, "legal-head", "周静 Zhou Jing", "legal", "ceo", "13900000031", "legal");
        Add(directory, "legal-tom", "Tom He 何汤姆", "legal", "legal-head", "13900000032", "legal");
        Add(directory, "legal-yan", "严蕾 Yan Lei", "legal", "legal-head", "13900000033", "legal");
        Add(directory, "channel-head", "吴刚 Wu Gang", "channel", "ceo", "13900000041", "channel");
        Add(directory, "channel-lucy", "Lucy Qian 钱露西", "channel", "channel-head", "13900000042", "channel");
        Add(directory, "service-head", "郑伟 Zheng Wei", "service", "ceo", "13900000051", "service-head");
        Add(directory, "eng-hw-lead", "冯涛 Feng Tao", "service-hardware", "service-head", "13900000052", "engineer");
        Add(directory, "eng-hw-ben", "Ben Cao 曹本", "service-hardware", "eng-hw-lead", "13900000053", "engineer");
        Add(directory, "eng-sw-lead", "许晨 Xu Chen", "service-software", "service-head", "13900000054", "engineer");
        Add(directory, "eng-sw-iris", "Iris Deng 邓艾瑞丝", "service-software", "eng-sw-lead", "13900000055", "engineer");
        Add(directory, "pm-head", "马超 Ma Chao", "pmo", "ceo", "13900000061", "project-manager");
        Add(directory, "pm-olivia", "Olivia Tang 唐奥莉", "pmo", "pm-head", "13900000062", "project-manager");
        Add(directory, "admin", "系统管理员 Administrator", "company", null, "13900000099", "admin");
        return directory;
    }

    private static void Add(InMemoryOrganizationDirectory directory, string id, string name, string department, string? manager, string mobile, params string[] roles) =>
        directory.AddUser(new DirectoryUser
        {
            Id = id,
            Name = name,
            Departments = [department],
            Roles = roles,
            ManagerId = manager,
            Mobile = mobile,
            Email = id + "@vista-soft.example.cn",
        });
}
