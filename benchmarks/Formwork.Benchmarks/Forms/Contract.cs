using System;
using System.Collections.Generic;

namespace Formwork.Benchmarks.Forms;

/// <summary>The contract as a typed class, for the FluentValidation and hand-written baselines.</summary>
public sealed class Contract
{
#pragma warning disable CS1591
    public string? ContractNo { get; set; }
    public string? Title { get; set; }
    public string? Customer { get; set; }
    public string? CustomerCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactId { get; set; }
    public DateOnly? SignDate { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Level { get; set; }
    public string? Region { get; set; }
    public string? Currency { get; set; }
    public decimal? PaymentDays { get; set; }
    public decimal? Discount { get; set; }
    public decimal? TaxRate { get; set; }
    public decimal? Deposit { get; set; }
    public string? BankCard { get; set; }
    public string? Website { get; set; }
    public string? Owner { get; set; }
    public string? Department { get; set; }
    public string? Notes { get; set; }
    public decimal? Priority { get; set; }
    public bool? Urgent { get; set; }
    public List<ContractLine> Lines { get; } = [];
    public decimal Subtotal { get; set; }
    public decimal Tax { get; set; }
    public decimal Total { get; set; }
    public bool BigDeal { get; set; }
#pragma warning restore CS1591

    /// <summary>Computes the line amounts and the totals, as the form's formulas do.</summary>
    public void Compute()
    {
        var subtotal = 0m;
        foreach (var line in Lines)
        {
            line.Amount = decimal.Round(line.Quantity.GetValueOrDefault() * line.Price.GetValueOrDefault(), 2, MidpointRounding.AwayFromZero);
            subtotal += line.Amount;
        }

        Subtotal = decimal.Round(subtotal, 2, MidpointRounding.AwayFromZero);
        Tax = decimal.Round(Subtotal * TaxRate.GetValueOrDefault(), 2, MidpointRounding.AwayFromZero);
        Total = decimal.Round((Subtotal * (1 - Discount.GetValueOrDefault())) + Tax, 2, MidpointRounding.AwayFromZero);
        BigDeal = Total > 100000;
    }
}

/// <summary>A line of the typed contract.</summary>
public sealed class ContractLine
{
#pragma warning disable CS1591
    public string? Product { get; set; }
    public decimal? Quantity { get; set; }
    public decimal? Price { get; set; }
    public decimal Amount { get; set; }
#pragma warning restore CS1591
}
