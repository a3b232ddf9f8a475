using System;
using System.Collections.Generic;

namespace CustomerPortal.Data;

/// <summary>The contracts part of the dataset (S4): a few hundred contracts of seeded customers.</summary>
public sealed partial class SeedData
{
    private IReadOnlyList<SeedContract>? contracts;

    /// <summary>The products on the price list, with their list prices.</summary>
    public static IReadOnlyList<(string Product, decimal Price)> Products { get; } =
    [
        ("CRM 标准版 Standard (seat)", 2980m),
        ("CRM 专业版 Professional (seat)", 4200m),
        ("CRM 旗舰版 Enterprise (seat)", 6800m),
        ("实施服务 Implementation (day)", 9500m),
        ("数据迁移 Data migration", 15000m),
        ("年度运维 Annual support", 28000m),
    ];

    /// <summary>The seeded contracts (300), ids <c>HT-0001</c> upwards, made on first use.</summary>
    public IReadOnlyList<SeedContract> Contracts => contracts ??= CreateContracts(new SeedRandom(Seed, "contracts"), 300);

    private List<SeedContract> CreateContracts(SeedRandom random, int count)
    {
        var result = new List<SeedContract>(count);
        for (var i = 1; i <= count; i++)
        {
            var customer = random.Pick(Customers);
            var maxQuantity = random.WeightedIndex([40, 30, 22, 8]) switch
            {
                0 => 4,
                1 => 10,
                2 => 30,
                _ => 90,
            };
            var lines = new List<SeedContractLine>();
            var lineCount = random.Next(1, 4);
            for (var l = 0; l < lineCount; l++)
            {
                var (product, price) = Products[random.Next(Products.Count)];
                lines.Add(new SeedContractLine(product, random.Next(1, maxQuantity + 1), price));
            }

            var discountRoll = random.Next(100);
            var discount = discountRoll < 50 ? 0m : discountRoll < 75 ? 0.05m : discountRoll < 92 ? 0.1m : 0.15m;
            if (customer.Level == "VIP" && random.Next(2) == 0)
            {
                discount = 0.2m;
            }

            result.Add(new SeedContract
            {
                Id = $"HT-{i:0000}",
                Customer = customer,
                ApplicantId = customer.OwnerId,
                Lines = lines,
                Discount = discount,
            });
        }

        return result;
    }
}
