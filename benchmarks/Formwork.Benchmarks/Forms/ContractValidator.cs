using System.Linq;
using FluentValidation;

namespace Formwork.Benchmarks.Forms;

/// <summary>The contract form's checks written with FluentValidation 11 (the baseline).</summary>
public sealed class ContractValidator : AbstractValidator<Contract>
{
    private static readonly string[] Levels = ["A", "B", "C"];
    private static readonly string[] Regions = ["east", "west", "north", "south"];
    private static readonly string[] Currencies = ["CNY", "USD"];

    /// <summary>Initializes the rules.</summary>
    public ContractValidator()
    {
        RuleFor(c => c.ContractNo).NotEmpty().MaximumLength(30);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Customer).NotEmpty().MaximumLength(100);
        RuleFor(c => c.CustomerCode).Must(v => TextFormats.IsUnifiedSocialCreditCode(v)).When(c => !string.IsNullOrEmpty(c.CustomerCode));
        RuleFor(c => c.ContactName).NotEmpty().MaximumLength(50);
        RuleFor(c => c.ContactPhone).NotEmpty().Must(v => TextFormats.IsMobile(v)).When(c => !string.IsNullOrEmpty(c.ContactPhone));
        RuleFor(c => c.ContactEmail).Must(v => TextFormats.IsEmail(v)).When(c => !string.IsNullOrEmpty(c.ContactEmail));
        RuleFor(c => c.ContactId).Must(v => TextFormats.IsResidentIdNumber(v)).When(c => !string.IsNullOrEmpty(c.ContactId));
        RuleFor(c => c.SignDate).NotNull();
        RuleFor(c => c.StartDate).NotNull();
        RuleFor(c => c.EndDate).NotNull().GreaterThanOrEqualTo(c => c.StartDate).WithMessage("The end date must not be before the start date.");
        RuleFor(c => c.Level).Must(v => Levels.Contains(v)).When(c => c.Level is not null);
        RuleFor(c => c.Region).Must(v => Regions.Contains(v)).When(c => c.Region is not null);
        RuleFor(c => c.Currency).NotEmpty().Must(v => Currencies.Contains(v));
        RuleFor(c => c.PaymentDays).InclusiveBetween(0, 365).Must(v => v == decimal.Truncate(v!.Value)).When(c => c.PaymentDays is not null);
        RuleFor(c => c.Discount).InclusiveBetween(0, 1).When(c => c.Discount is not null);
        RuleFor(c => c.TaxRate).InclusiveBetween(0, 1).When(c => c.TaxRate is not null);
        RuleFor(c => c.Deposit).GreaterThanOrEqualTo(0).Must(v => decimal.Round(v!.Value, 2) == v).When(c => c.Deposit is not null);
        RuleFor(c => c.BankCard).Must(v => TextFormats.IsBankCardNumber(v)).When(c => !string.IsNullOrEmpty(c.BankCard));
        RuleFor(c => c.Website).Must(v => TextFormats.IsHttpUrl(v!)).When(c => !string.IsNullOrEmpty(c.Website));
        RuleFor(c => c.Owner).NotEmpty();
        RuleFor(c => c.Notes).MaximumLength(500);
        RuleFor(c => c.Priority).InclusiveBetween(0, 5).Must(v => v == decimal.Truncate(v!.Value)).When(c => c.Priority is not null);
        RuleFor(c => c.Lines).NotEmpty().Must(l => l.Count <= 50);
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Product).NotEmpty().MaximumLength(50);
            line.RuleFor(l => l.Quantity).NotNull().GreaterThanOrEqualTo(1);
            line.RuleFor(l => l.Price).NotNull().GreaterThanOrEqualTo(0).Must(v => decimal.Round(v!.Value, 2) == v).When(l => l.Price is not null);
        });
    }
}
