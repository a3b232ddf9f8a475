using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CustomerPortal.Data;

/// <summary>The channel-partner part of the dataset (S3): applications with checksum-valid codes.</summary>
public sealed partial class SeedData
{
    private const string CreditCodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly string[] DivisionCodes = ["310104", "320102", "330106", "110105", "120101", "440305", "350203"];

    private IReadOnlyList<SeedPartnerApplication>? partnerApplications;

    /// <summary>The partner applications (30), ids <c>QD-0001</c> upwards; about one in six is rejected by one department.</summary>
    public IReadOnlyList<SeedPartnerApplication> PartnerApplications =>
        partnerApplications ??= CreatePartnerApplications(new SeedRandom(Seed, "partners"), 30);

    /// <summary>Completes 17 characters with the GB 32100 check character of a unified social credit code.</summary>
    public static string WithCreditCodeCheck(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CreditCodeCharacters.IndexOf(first17[i], StringComparison.Ordinal) * CreditCodeWeights[i];
        }

        return first17 + CreditCodeCharacters[(31 - (sum % 31)) % 31];
    }

    /// <summary>Completes 17 digits with the GB 11643 check character of a resident ID number.</summary>
    public static string WithIdCheck(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * IdWeights[i];
        }

        return first17 + "10X98765432"[sum % 11];
    }

    private static List<SeedPartnerApplication> CreatePartnerApplications(SeedRandom random, int count)
    {
        var result = new List<SeedPartnerApplication>(count);
        string[] departments = ["channel", "legal", "finance"];
        for (var i = 1; i <= count; i++)
        {
            var (region, _) = Host.Organization.Regions[random.Next(Host.Organization.Regions.Count)];
            var places = Places[region];
            var (_, city) = places[random.Next(places.Length)];
            var division = DivisionCodes[random.Next(DivisionCodes.Length)];
            var body = new StringBuilder("91").Append(division);
            for (var c = 0; c < 9; c++)
            {
                body.Append(CreditCodeCharacters[random.Next(CreditCodeCharacters.Length)]);
            }

            var birth = new DateOnly(1965, 1, 1).AddDays(random.Next(0, 365 * 30));
            var id = WithIdCheck(division + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(100, 1000).ToString(CultureInfo.InvariantCulture));
            result.Add(new SeedPartnerApplication
            {
                Id = $"QD-{i:0000}",
                Company = random.CompanyName(city),
                CreditCode = WithCreditCodeCheck(body.ToString()),
                LegalPerson = random.PersonName(),
                LegalPersonId = id,
                Phone = random.MobileNumber(),
                Region = region,
                RejectedBy = random.Next(6) == 0 ? departments[random.Next(3)] : null,
            });
        }

        return result;
    }
}
