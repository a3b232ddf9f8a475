using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Identity;
using Formwork.Stores;

namespace Formwork.Benchmarks.Forms;

/// <summary>
/// Validate + compute a valid 30-field contract with a 10-line subform: the compiled Formwork form (normalise,
/// compute, validate, permissions) against the same checks and computations written with FluentValidation 11 on a
/// typed class (baseline) and by hand. Each returns the number of errors (0).
/// </summary>
[MemoryDiagnoser]
public class ContractValidationBenchmark
{
    private readonly ContractValidator _validator = new();
    private CompiledForm _form = null!;
    private FormEngine _engine = null!;
    private RecordData _data = null!;
    private Contract _contract = null!;
    private SubmissionOptions _options = null!;

    /// <summary>Compiles the form and builds the submission.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _form = new FormDefinitionLoader().Load(ContractForm.Json).GetFormOrThrow();
        _engine = new FormEngine(new InMemoryRecordStore(), new InMemorySequenceStore(), new InMemoryAuditLog(), new InMemoryOutbox());
        _data = ContractForm.Data();
        _contract = ContractForm.Typed();
        _options = new SubmissionOptions { Actor = new Actor("u1") };
        var errors = _engine.Validate(_form, _data, _options).Errors;
        if (errors.Count != 0)
        {
            throw new InvalidOperationException(string.Join("\n", errors));
        }
    }

    /// <summary>FluentValidation on the typed class, after computing the totals in C#.</summary>
    /// <returns>The number of errors.</returns>
    [Benchmark(Baseline = true)]
    public int FluentValidation()
    {
        _contract.Compute();
        return _validator.Validate(_contract).Errors.Count;
    }

    /// <summary>The same checks written by hand.</summary>
    /// <returns>The number of errors.</returns>
    [Benchmark]
    public int HandWritten()
    {
        var c = _contract;
        c.Compute();
        var errors = 0;
        errors += string.IsNullOrEmpty(c.ContractNo) || c.ContractNo.Length > 30 ? 1 : 0;
        errors += string.IsNullOrEmpty(c.Title) || c.Title.Length > 100 ? 1 : 0;
        errors += string.IsNullOrEmpty(c.Customer) || c.Customer.Length > 100 ? 1 : 0;
        errors += !string.IsNullOrEmpty(c.CustomerCode) && !TextFormats.IsUnifiedSocialCreditCode(c.CustomerCode) ? 1 : 0;
        errors += string.IsNullOrEmpty(c.ContactName) || c.ContactName.Length > 50 ? 1 : 0;
        errors += string.IsNullOrEmpty(c.ContactPhone) || !TextFormats.IsMobile(c.ContactPhone) ? 1 : 0;
        errors += !string.IsNullOrEmpty(c.ContactEmail) && !TextFormats.IsEmail(c.ContactEmail) ? 1 : 0;
        errors += !string.IsNullOrEmpty(c.ContactId) && !TextFormats.IsResidentIdNumber(c.ContactId) ? 1 : 0;
        errors += c.SignDate is null ? 1 : 0;
        errors += c.StartDate is null ? 1 : 0;
        errors += c.EndDate is null || c.EndDate < c.StartDate ? 1 : 0;
        errors += c.Level is not null and not ("A" or "B" or "C") ? 1 : 0;
        errors += c.Region is not null and not ("east" or "west" or "north" or "south") ? 1 : 0;
        errors += c.Currency is not ("CNY" or "USD") ? 1 : 0;
        errors += c.PaymentDays is { } days && (days < 0 || days > 365 || days != decimal.Truncate(days)) ? 1 : 0;
        errors += c.Discount is < 0 or > 1 ? 1 : 0;
        errors += c.TaxRate is < 0 or > 1 ? 1 : 0;
        errors += c.Deposit is { } deposit && (deposit < 0 || decimal.Round(deposit, 2) != deposit) ? 1 : 0;
        errors += !string.IsNullOrEmpty(c.BankCard) && !TextFormats.IsBankCardNumber(c.BankCard) ? 1 : 0;
        errors += !string.IsNullOrEmpty(c.Website) && !TextFormats.IsHttpUrl(c.Website) ? 1 : 0;
        errors += string.IsNullOrEmpty(c.Owner) ? 1 : 0;
        errors += c.Notes is { Length: > 500 } ? 1 : 0;
        errors += c.Priority is { } p && (p < 0 || p > 5 || p != decimal.Truncate(p)) ? 1 : 0;
        errors += c.Lines.Count is 0 or > 50 ? 1 : 0;
        foreach (var line in c.Lines)
        {
            errors += string.IsNullOrEmpty(line.Product) || line.Product.Length > 50 ? 1 : 0;
            errors += line.Quantity is null or < 1 ? 1 : 0;
            errors += line.Price is not { } price || price < 0 || decimal.Round(price, 2) != price ? 1 : 0;
        }

        return errors;
    }

    /// <summary>The compiled Formwork form: normalise, compute, validate, permissions.</summary>
    /// <returns>The number of errors.</returns>
    [Benchmark]
    public int Formwork() => _engine.Validate(_form, _data, _options).Errors.Count;
}
