using Microsoft.Extensions.DependencyInjection;

namespace Formwork.DependencyInjection;

/// <summary>
/// What <c>services.AddFormwork(b => ...)</c> hands to its callback: each engine package adds itself with an
/// extension method on it (<c>b.AddForms().AddWorkflow().AddRules().AddReporting()</c>).
/// </summary>
public interface IFormworkBuilder
{
    /// <summary>Gets the service collection being configured.</summary>
    IServiceCollection Services { get; }
}
