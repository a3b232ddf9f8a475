using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CustomerPortal.Host;

namespace CustomerPortal.Data;

/// <summary>The S5 part of the dataset: the sales pipeline when the tour starts.</summary>
public sealed partial class SeedData
{
    /// <summary>The opportunity stages, in order: 初步接触 initial contact … 已签约 signed.</summary>
    public static IReadOnlyList<string> OpportunityStages { get; } = ["初步接触", "需求确认", "方案报价", "商务谈判", "已签约"];

    private static readonly string[] OpportunityProducts = ["CRM 标准版", "CRM 专业版", "CRM 旗舰版", "售后工单系统", "渠道管理平台", "数据驾驶舱"];

    private IReadOnlyList<SeedOpportunity>? opportunities;

    /// <summary>The open opportunities when the tour starts, <c>OPP-0001</c> upwards.</summary>
    public IReadOnlyList<SeedOpportunity> Opportunities =>
        LazyInitializer.EnsureInitialized(ref opportunities, () => CreateOpportunities(new SeedRandom(Seed, "opportunities"), 240));

    private List<SeedOpportunity> CreateOpportunities(SeedRandom random, int count)
    {
        var list = new List<SeedOpportunity>(count);
        for (var i = 1; i <= count; i++)
        {
            var customer = random.Pick(Customers);
            var stage = OpportunityStages[random.WeightedIndex([40, 20, 15, 25])];
            var changedAt = PortalClock.TourStart.AddMinutes(-random.Next(30, 20 * 24 * 60));
            var inWeek = PortalClock.TourStart.AddDays(random.Next(5)).AddHours(random.Next(9)).AddMinutes(1 + random.Next(59));
            var moves = random.Next(100) < 40;
            list.Add(new SeedOpportunity
            {
                Code = $"OPP-{i:0000}",
                Name = $"{random.Pick(OpportunityProducts)} {random.Next(2, 60) * 10} 用户",
                Customer = customer,
                Amount = random.Next(20, 800) * 1000m,
                Stage = stage,
                StageChangedAt = changedAt,
                AdvancesAt = moves && stage == OpportunityStages[0] ? inWeek : null,
                SignsAt = moves && stage == OpportunityStages[3] ? inWeek : null,
            });
        }

        return list;
    }
}
