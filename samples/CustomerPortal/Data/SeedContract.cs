using System.Collections.Generic;

namespace CustomerPortal.Data;

/// <summary>A seeded contract awaiting approval (S4): a customer, its lines and the discount the rep asks for.</summary>
public sealed record SeedContract
{
    /// <summary>Contract id, <c>HT-0001</c> upwards.</summary>
    public required string Id { get; init; }

    /// <summary>The customer the contract is with.</summary>
    public required SeedCustomer Customer { get; init; }

    /// <summary>The sales rep who submits it (the customer's owner).</summary>
    public required string ApplicantId { get; init; }

    /// <summary>The lines: product, quantity, unit price.</summary>
    public required IReadOnlyList<SeedContractLine> Lines { get; init; }

    /// <summary>The discount asked for, a fraction (0.05 = 5%).</summary>
    public required decimal Discount { get; init; }
}
