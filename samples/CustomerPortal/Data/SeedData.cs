using System;
using System.Collections.Generic;
using System.Linq;
using CustomerPortal.Host;

namespace CustomerPortal.Data;

/// <summary>
/// The tour's reproducible dataset: the same seed gives the same customers (and, in the other parts of this class,
/// leads, opportunities, contracts and tickets) on every machine, so the printed story and the tests' expected numbers
/// never drift. Everything is dated within the year before <see cref="PortalClock.TourStart"/>. Each part draws from
/// its own <see cref="SeedRandom"/> stream, so the parts can be created in any order and each stays the same.
/// </summary>
public sealed partial class SeedData
{
    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 20261123;

    /// <summary>Where each region's customers are: province and city.</summary>
    public static IReadOnlyDictionary<string, (string Province, string City)[]> Places { get; } = new Dictionary<string, (string, string)[]>
    {
        ["华东"] = [("上海", "上海"), ("江苏", "南京"), ("江苏", "苏州"), ("浙江", "杭州"), ("浙江", "宁波")],
        ["华北"] = [("北京", "北京"), ("天津", "天津"), ("河北", "石家庄")],
        ["华南"] = [("广东", "广州"), ("广东", "深圳"), ("福建", "厦门")],
    };

    /// <summary>The industries customers are in.</summary>
    public static IReadOnlyList<string> Industries { get; } = ["制造 Manufacturing", "零售 Retail", "金融 Finance", "互联网 Internet", "医疗 Healthcare"];

    /// <summary>The channels customers came from.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["官网 Website", "展会 Trade show", "转介绍 Referral", "渠道伙伴 Partner", "电话营销 Telemarketing"];

    /// <summary>Creates the dataset for a seed.</summary>
    public SeedData(int seed = DefaultSeed, int customerCount = 3000)
    {
        Seed = seed;
        Customers = CreateCustomers(new SeedRandom(seed, "customers"), customerCount);
    }

    /// <summary>The seed the dataset was made from.</summary>
    public int Seed { get; }

    /// <summary>The first day of the dataset's year.</summary>
    public static DateOnly FirstDay { get; } = DateOnly.FromDateTime(PortalClock.TourStart.Date).AddDays(-364);

    /// <summary>The last day of the dataset's year (the day before the tour starts).</summary>
    public static DateOnly LastDay { get; } = DateOnly.FromDateTime(PortalClock.TourStart.Date).AddDays(-1);

    /// <summary>The customers, ids <c>C00001</c> upwards.</summary>
    public IReadOnlyList<SeedCustomer> Customers { get; }

    private static List<SeedCustomer> CreateCustomers(SeedRandom random, int count)
    {
        var customers = new List<SeedCustomer>(count);
        for (var i = 1; i <= count; i++)
        {
            var (region, teamId) = Organization.Regions[random.Next(Organization.Regions.Count)];
            var places = Places[region];
            var (province, city) = places[random.Next(places.Length)];
            var name = random.CompanyName(city);
            var levelRoll = random.Next(100);
            var reps = Organization.RepsByTeam[teamId];
            customers.Add(new SeedCustomer
            {
                Id = $"C{i:00000}",
                Name = name,
                Contact = random.PersonName(),
                Phone = random.MobileNumber(),
                Email = $"contact{i}@customer{i % 97}.example.com",
                Region = region,
                Province = province,
                City = city,
                Industry = Industries[random.Next(Industries.Count)],
                Channel = Channels[random.WeightedIndex([30, 20, 25, 15, 10])],
                Level = levelRoll < 10 ? "VIP" : levelRoll < 40 ? "GOLD" : "STD",
                Employees = random.Next(10, 5000),
                OwnerId = reps[random.Next(reps.Count)],
                CreatedOn = random.DayOfYear(),
            });
        }

        return customers;
    }
}
