namespace Formwork.Rules.Internal.Records;

/// <summary>A condition object called from a model expression: gives the sharing key and explains itself.</summary>
internal interface IFormulaBacked
{
    string Key { get; }

    string? Describe(object? fact);
}
