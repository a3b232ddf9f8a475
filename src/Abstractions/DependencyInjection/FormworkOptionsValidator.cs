using System;
using Microsoft.Extensions.Options;

namespace Formwork.DependencyInjection;

/// <summary>Refuses <see cref="FormworkOptions"/> that name an unknown time zone.</summary>
internal sealed class FormworkOptionsValidator : IValidateOptions<FormworkOptions>
{
    public ValidateOptionsResult Validate(string? name, FormworkOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TimeZoneId))
        {
            return ValidateOptionsResult.Fail("FormworkOptions.TimeZoneId must name a time zone, such as 'Asia/Shanghai'.");
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return ValidateOptionsResult.Fail($"FormworkOptions.TimeZoneId '{options.TimeZoneId}' is not a time zone known on this machine.");
        }
    }
}
