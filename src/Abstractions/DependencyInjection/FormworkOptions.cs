using System;

namespace Formwork.DependencyInjection;

/// <summary>Options every Formwork engine shares.</summary>
public sealed class FormworkOptions
{
    /// <summary>
    /// Gets or sets the IANA or Windows id of the time zone in which dates are read (<c>TODAY()</c>, date grains of
    /// reports, "due in 3 days"): a Chinese host sets <c>Asia/Shanghai</c>.
    /// </summary>
    /// <value>The default value is <c>UTC</c>.</value>
    public string TimeZoneId { get; set; } = FormworkConstants.DefaultTimeZoneId;

    /// <summary>Gets the time zone named by <see cref="TimeZoneId"/>.</summary>
    /// <exception cref="TimeZoneNotFoundException">The id names no time zone on this machine.</exception>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}
