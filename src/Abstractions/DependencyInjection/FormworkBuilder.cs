using System;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.DependencyInjection;

/// <summary>The <see cref="IFormworkBuilder"/> of <c>AddFormwork</c>.</summary>
internal sealed class FormworkBuilder : IFormworkBuilder
{
    public FormworkBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    public IServiceCollection Services { get; }
}
