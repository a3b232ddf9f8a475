namespace Formwork.DependencyInjection;

/// <summary>The defaults of <see cref="FormworkOptions"/>.</summary>
internal static class FormworkConstants
{
    public const string DefaultTimeZoneId = "UTC";
}
