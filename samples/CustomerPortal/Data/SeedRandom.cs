using System;
using System.Collections.Generic;
using System.Linq;

namespace CustomerPortal.Data;

/// <summary>
/// A reproducible random stream for one part of the dataset (customers, leads, ...): the seed and the part's name
/// fix every draw, so the parts don't depend on the order they are created in.
/// </summary>
public sealed class SeedRandom
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] SurnamesPinyin = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "慧"];
    private static readonly string[] EnglishNames = ["Michael", "Sarah", "Daniel", "Linda", "Peter", "Jessica", "Andy", "Cindy", "Eric", "Helen", "Frank", "Vivian"];
    private static readonly string[] CompanyWords = ["远航", "华信", "启明", "鼎盛", "云帆", "恒通", "博瑞", "新元", "瑞丰", "天成", "金桥", "海川", "中科", "东方", "佳禾", "星辰"];
    private static readonly string[] CompanySuffixes = ["科技有限公司", "贸易有限公司", "制造有限公司", "信息技术有限公司", "医疗器械有限公司", "电子商务有限公司"];
    private static readonly string[] EnglishCompanyWords = ["Pacific", "Harbor", "Summit", "Evergreen", "Bluewave", "Golden Gate", "Silverline", "Orient"];

    private readonly Random random;

    /// <summary>Creates the stream of <paramref name="part"/> for <paramref name="seed"/>.</summary>
    public SeedRandom(int seed, string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var hash = 17;
        foreach (var c in part)
        {
            hash = unchecked((hash * 31) + c);
        }

        random = new Random(unchecked(seed ^ hash));
    }

    /// <summary>A person's name: mostly Chinese, sometimes an English given name with a Chinese surname.</summary>
    public string PersonName()
    {
        var surname = random.Next(Surnames.Length);
        return random.Next(5) == 0
            ? $"{EnglishNames[random.Next(EnglishNames.Length)]} {SurnamesPinyin[surname]}"
            : Surnames[surname] + GivenNames[random.Next(GivenNames.Length)];
    }

    /// <summary>A company name in a city: mostly Chinese (<c>杭州远航科技有限公司</c>), sometimes English.</summary>
    public string CompanyName(string city) => random.Next(8) == 0
        ? $"{EnglishCompanyWords[random.Next(EnglishCompanyWords.Length)]} {city} Trading Co., Ltd."
        : city + CompanyWords[random.Next(CompanyWords.Length)] + CompanySuffixes[random.Next(CompanySuffixes.Length)];

    /// <summary>A valid CN mobile number (<c>1[3-9]</c> and nine digits).</summary>
    public string MobileNumber() => $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):000000000}";

    /// <summary>A day of the dataset's year; later days are a little more likely (the business is growing).</summary>
    public DateOnly DayOfYear()
    {
        var span = SeedData.LastDay.DayNumber - SeedData.FirstDay.DayNumber;
        var offset = (int)(span * Math.Sqrt(random.NextDouble()));
        return SeedData.FirstDay.AddDays(offset);
    }

    /// <summary>Picks an index with the given relative weights.</summary>
    public int WeightedIndex(IReadOnlyList<int> weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A random integer in [0, max).</summary>
    public int Next(int max) => random.Next(max);

    /// <summary>A random integer in [min, max).</summary>
    public int Next(int min, int max) => random.Next(min, max);

    /// <summary>Picks one item of a list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
