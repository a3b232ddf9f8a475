using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CustomerPortal.Host;

namespace CustomerPortal.Data;

/// <summary>The S1 part of the dataset: the web leads of the tour's week.</summary>
public sealed partial class SeedData
{
    private static readonly string[] LeadTitles =
    [
        "总经理", "采购总监", "IT Director", "销售总监", "副总裁", "IT经理", "采购经理", "工程师", "行政专员", "Operations Manager", "Buyer", "财务主管",
    ];

    private static readonly string[] LeadNeeds =
    [
        "了解价格",
        "Need a demo",
        "想看看产品",
        "客户管理系统选型，需要支持五个分公司共200名销售同时使用，并与金蝶ERP对接",
        "We are replacing our spreadsheet-based order tracking and need approval workflows for 50 users",
        "售后工单系统，要求微信接入和24小时超时升级",
        "报价",
        "Looking for a CRM with Chinese and English UI for our Shanghai and Singapore offices",
    ];

    /// <summary>Where leads of the regions no sales team covers yet come from.</summary>
    public static IReadOnlyDictionary<string, string[]> UncoveredRegionCities { get; } = new Dictionary<string, string[]>
    {
        ["华中"] = ["武汉", "长沙", "郑州"],
        ["西南"] = ["成都", "重庆", "昆明"],
    };

    private IReadOnlyList<SeedLead>? leads;

    /// <summary>The web leads of the tour's week (Monday to Friday, working hours), in order of arrival.</summary>
    public IReadOnlyList<SeedLead> Leads => LazyInitializer.EnsureInitialized(ref leads, () => CreateLeads(new SeedRandom(Seed, "leads"), 300));

    private static List<SeedLead> CreateLeads(SeedRandom random, int count)
    {
        var regions = new[] { "华东", "华北", "华南", "华中", "西南" };
        var arrivals = Enumerable.Range(0, count)
            .Select(_ => PortalClock.TourStart.AddDays(random.Next(5)).AddHours(random.Next(9)).AddMinutes(1 + random.Next(59)))
            .Order()
            .ToArray();
        var leads = new List<SeedLead>(count);
        for (var i = 0; i < count; i++)
        {
            var region = regions[random.WeightedIndex([30, 25, 25, 10, 10])];
            var city = Places.TryGetValue(region, out var places) ? places[random.Next(places.Length)].City : random.Pick(UncoveredRegionCities[region]);
            var phone = random.MobileNumber();
            var email = $"lead{i + 1}@{random.Pick(["mail", "corp", "biz"])}{i % 31}.example.cn";
            var roll = random.Next(100);
            var defect = roll < 3 ? SeedLeadDefect.BadPhone : roll < 6 ? SeedLeadDefect.BadEmail : roll < 9 && i > 10 ? SeedLeadDefect.DuplicatePhone : SeedLeadDefect.None;
            switch (defect)
            {
                case SeedLeadDefect.BadPhone:
                    phone = random.Next(2) == 0 ? phone[..10] : "12" + phone[2..];
                    break;
                case SeedLeadDefect.BadEmail:
                    email = email[..email.IndexOf('@', StringComparison.Ordinal)] + "@";
                    break;
                case SeedLeadDefect.DuplicatePhone:
                    phone = random.Pick(leads.Where(l => l.Defect == SeedLeadDefect.None).ToArray()).Phone;
                    break;
                default:
                    break;
            }

            var claimed = !Places.ContainsKey(region) && random.Next(2) == 0;
            leads.Add(new SeedLead
            {
                Id = $"L-{i + 1:0000}",
                ArrivesAt = arrivals[i],
                Company = random.CompanyName(city),
                Title = random.Pick(LeadTitles),
                Contact = random.PersonName(),
                Phone = phone,
                Email = email,
                Region = region,
                Industry = random.Pick(Industries),
                Employees = random.WeightedIndex([40, 35, 25]) switch
                {
                    0 => random.Next(5, 100),
                    1 => random.Next(100, 500),
                    _ => random.Next(500, 8000),
                },
                Need = random.Pick(LeadNeeds),
                Defect = defect,
                ClaimedBy = claimed ? random.Pick(Organization.AllReps) : null,
                ClaimAfter = claimed ? (random.Next(2) == 0 ? TimeSpan.FromMinutes(random.Next(60, 22 * 60)) : TimeSpan.FromMinutes(random.Next(26 * 60, 36 * 60))) : null,
            });
        }

        return leads;
    }
}
