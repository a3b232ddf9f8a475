using System;
using System.IO;
using System.Threading.Tasks;
using CustomerPortal.Data;
using Formwork.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerPortal.Host;

/// <summary>
/// The host application of the tour: one service provider wiring every Formwork engine with the in-memory defaults
/// (<c>services.AddFormwork(...)</c>), the company's directory, a simulated clock, the seeded dataset, the definition
/// files and the narrator. Each scenario gets a fresh portal, so any scenario can run alone.
/// </summary>
public sealed class Portal : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private Portal(ServiceProvider services, PortalClock clock, SeedData data, Narrator narrator, string outputDirectory)
    {
        this.services = services;
        Clock = clock;
        Data = data;
        Narrator = narrator;
        OutputDirectory = outputDirectory;
        Definitions = new Definitions(services, Path.Combine(AppContext.BaseDirectory, "Definitions"));
    }

    /// <summary>The host's services: every Formwork engine, store and the directory.</summary>
    public IServiceProvider Services => services;

    /// <summary>The simulated clock (also registered as the <see cref="TimeProvider"/>).</summary>
    public PortalClock Clock { get; }

    /// <summary>The seeded dataset.</summary>
    public SeedData Data { get; }

    /// <summary>Where the story is told.</summary>
    public Narrator Narrator { get; }

    /// <summary>Where files the tour writes (such as <c>dashboard.html</c>) go.</summary>
    public string OutputDirectory { get; }

    /// <summary>The definition files of the sample.</summary>
    public Definitions Definitions { get; }

    /// <summary>The company directory.</summary>
    public IOrganizationDirectory Directory => services.GetRequiredService<IOrganizationDirectory>();

    /// <summary>Resolves a service.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>The actor for a user of the directory (by id).</summary>
    public async Task<Actor> ActorAsync(string userId)
    {
        var user = await Directory.FindUserAsync(userId).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Unknown user '{userId}'.");
        return user.ToActor();
    }

    /// <summary>A user's display name (the id when unknown).</summary>
    public async Task<string> NameOfAsync(string userId) =>
        (await Directory.FindUserAsync(userId).ConfigureAwait(false))?.Name ?? userId;

    /// <summary>Builds a portal: the host's composition root.</summary>
    /// <param name="output">Where the narrative goes (<see cref="TextWriter.Null"/> in tests).</param>
    /// <param name="data">The dataset; a new default-seeded one when omitted.</param>
    /// <param name="outputDirectory">Where files go; the current directory's <c>portal-output</c> when omitted.</param>
    /// <param name="interactive">Whether progress lines may redraw in place.</param>
    public static Portal Create(TextWriter output, SeedData? data = null, string? outputDirectory = null, bool interactive = false)
    {
        var clock = new PortalClock(PortalClock.TourStart);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IOrganizationDirectory>(Organization.CreateDirectory())
            .AddFormwork(b => b
                .Configure(o => o.TimeZoneId = "Asia/Shanghai")
                .AddExpressions()
                .AddForms()
                .AddWorkflow()
                .AddRules()
                .AddReporting())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new Portal(
            services,
            clock,
            data ?? new SeedData(),
            new Narrator(output, interactive),
            outputDirectory ?? Path.Combine(System.IO.Directory.GetCurrentDirectory(), "portal-output"));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => services.DisposeAsync();
}
