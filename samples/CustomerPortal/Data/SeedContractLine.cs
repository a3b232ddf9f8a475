namespace CustomerPortal.Data;

/// <summary>A line of a seeded contract.</summary>
/// <param name="Product">The product.</param>
/// <param name="Quantity">How many.</param>
/// <param name="UnitPrice">The price of one, in CNY.</param>
public sealed record SeedContractLine(string Product, int Quantity, decimal UnitPrice);
