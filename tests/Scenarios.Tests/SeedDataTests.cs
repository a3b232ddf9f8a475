using System.Linq;
using CustomerPortal.Data;
using CustomerPortal.Host;

namespace Formwork.Scenarios.Tests;

public class SeedDataTests
{
    [Fact]
    public void Customers_SameSeed_SameData()
    {
        var first = new SeedData(11, 200);
        var second = new SeedData(11, 200);

        Assert.Equal(first.Customers, second.Customers);
    }

    [Fact]
    public void Customers_AreInTheYearBeforeTheTour_WithValidMobilesAndOwnersOfTheirRegion()
    {
        var data = new SeedData();

        Assert.Equal(3000, data.Customers.Count);
        Assert.All(data.Customers, c =>
        {
            Assert.InRange(c.CreatedOn, SeedData.FirstDay, SeedData.LastDay);
            Assert.Matches("^1[3-9][0-9]{9}$", c.Phone);
            Assert.Equal(c.Region, Organization.RegionOfTeam(Organization.TeamOf(c.OwnerId)));
        });
        Assert.Equal(3, data.Customers.Select(c => c.Region).Distinct().Count());
    }
}
