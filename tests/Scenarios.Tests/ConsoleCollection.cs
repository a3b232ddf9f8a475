namespace Formwork.Scenarios.Tests;

/// <summary>Tests that redirect <see cref="System.Console"/> run alone, never next to another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Console";
}
