using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CustomerPortal.Host;

namespace CustomerPortal.Data;

/// <summary>The year's sales pipeline: leads moving through the funnel and the contracts signed from them.</summary>
public sealed partial class SeedData
{
    private IReadOnlyList<SeedPipelineLead>? pipelineLeads;

    /// <summary>The funnel stages in order.</summary>
    public static IReadOnlyList<string> FunnelStages { get; } = ["lead", "contacted", "opportunity", "quote", "signed"];

    /// <summary>
    /// Every lead of the year in date order: each customer came in with one lead on the day it was created, and about
    /// a quarter of them brought a second one later (repeat business). A lead moves on through the funnel with a
    /// probability per step (referrals convert best); a contract is signed one to ten weeks after the lead, unless that
    /// is after the dataset's last day (then the lead still waits at the quote stage).
    /// </summary>
    public IReadOnlyList<SeedPipelineLead> PipelineLeads => LazyInitializer.EnsureInitialized(ref pipelineLeads, () => CreatePipelineLeads(new SeedRandom(Seed, "sales"), Customers));

    /// <summary>The signed contracts, in signing order.</summary>
    public IEnumerable<SeedSignedContract> SignedContracts => PipelineLeads.Where(l => l.Contract is not null).Select(l => l.Contract!).OrderBy(c => c.SignedOn).ThenBy(c => c.Id, StringComparer.Ordinal);

    private static List<SeedPipelineLead> CreatePipelineLeads(SeedRandom random, IReadOnlyList<SeedCustomer> customers)
    {
        var drafts = new List<(SeedCustomer Customer, bool First, DateOnly CreatedOn, int Reached, decimal Amount, DateOnly SignedOn)>();
        foreach (var customer in customers)
        {
            drafts.Add(Draft(random, customer, true, customer.CreatedOn));
            if (random.Next(4) == 0)
            {
                var span = SeedData.LastDay.DayNumber - customer.CreatedOn.DayNumber;
                if (span > 0)
                {
                    drafts.Add(Draft(random, customer, false, customer.CreatedOn.AddDays(random.Next(1, span + 1))));
                }
            }
        }

        var ordered = drafts.OrderBy(d => d.CreatedOn).ThenBy(d => d.Customer.Id, StringComparer.Ordinal).ThenBy(d => d.First ? 0 : 1).ToList();
        var result = new List<SeedPipelineLead>(ordered.Count);
        var contractsPerDay = new Dictionary<DateOnly, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var draft = ordered[i];
            var teamId = Organization.TeamOf(draft.Customer.OwnerId);
            SeedSignedContract? contract = null;
            if (draft.Reached == FunnelStages.Count - 1)
            {
                var number = contractsPerDay[draft.SignedOn] = contractsPerDay.GetValueOrDefault(draft.SignedOn) + 1;
                contract = new SeedSignedContract
                {
                    Id = $"HT-{draft.SignedOn:yyyyMMdd}-{number:0000}",
                    CustomerId = draft.Customer.Id,
                    RepId = draft.Customer.OwnerId,
                    TeamId = teamId,
                    Amount = draft.Amount,
                    SignedOn = draft.SignedOn,
                };
            }

            result.Add(new SeedPipelineLead
            {
                Id = $"L{i + 1:000000}",
                CustomerId = draft.Customer.Id,
                IsFirstLead = draft.First,
                OwnerId = draft.Customer.OwnerId,
                TeamId = teamId,
                CreatedOn = draft.CreatedOn,
                Stage = FunnelStages[draft.Reached],
                Contract = contract,
            });
        }

        return result;
    }

    private static (SeedCustomer, bool, DateOnly, int, decimal, DateOnly) Draft(SeedRandom random, SeedCustomer customer, bool first, DateOnly createdOn)
    {
        // Percent chances of moving on from lead, contacted, opportunity and quote.
        int[] onward = customer.Channel.StartsWith("转介绍", StringComparison.Ordinal) ? [92, 70, 70, 60] : [85, 58, 62, 48];
        var reached = 0;
        while (reached < onward.Length && random.Next(100) < onward[reached])
        {
            reached++;
        }

        var amount = 0m;
        var signedOn = createdOn;
        if (reached == FunnelStages.Count - 1)
        {
            signedOn = createdOn.AddDays(random.Next(7, 71));
            amount = random.Next(20, 800) * 1000m + (random.Next(10) * 100m);
            if (customer.Level == "VIP")
            {
                amount *= 2;
            }

            if (signedOn > SeedData.LastDay)
            {
                reached--;
            }
        }

        return (customer, first, createdOn, reached, amount, signedOn);
    }
}
