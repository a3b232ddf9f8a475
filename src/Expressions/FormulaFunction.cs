using System;
using System.Collections.Generic;

namespace Formwork.Expressions;

/// <summary>
/// A function the host adds to the formula language: name, arity, result kind and implementation. Arguments are
/// evaluated before the call; an error argument propagates unless <see cref="PropagatesErrors"/> is <see langword="false"/>.
/// </summary>
/// <example>
/// <code>
/// options.Functions.Add(new FormulaFunction("TAXRATE", 1, 1, ValueKind.Number,
///     (args, context) => args[0].ToString() == "VIP" ? 0.06m : 0.13m));
/// </code>
/// </example>
public sealed class FormulaFunction
{
    /// <summary>Creates a host function.</summary>
    /// <param name="name">The name (letters, digits, <c>_</c> and <c>.</c>; case-insensitive; must not be a built-in function).</param>
    /// <param name="minArguments">The fewest arguments.</param>
    /// <param name="maxArguments">The most arguments (at most 255).</param>
    /// <param name="resultKind">The kind of value it returns, or <see langword="null"/> when it varies.</param>
    /// <param name="implementation">The implementation.</param>
    /// <param name="propagatesErrors">Whether an error argument is returned without calling <paramref name="implementation"/>.</param>
    /// <exception cref="ArgumentException">The name or arity is invalid.</exception>
    public FormulaFunction(string name, int minArguments, int maxArguments, ValueKind? resultKind, FormulaFunctionImplementation implementation, bool propagatesErrors = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(implementation);
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '.')
            {
                throw new ArgumentException($"The function name '{name}' may only hold letters, digits, '_' and '.'.", nameof(name));
            }
        }

        if (char.IsDigit(name[0]))
        {
            throw new ArgumentException($"The function name '{name}' must not start with a digit.", nameof(name));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minArguments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArguments, minArguments);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxArguments, 255);
        Name = name.ToUpperInvariant();
        MinArguments = minArguments;
        MaxArguments = maxArguments;
        ResultKind = resultKind;
        Implementation = implementation;
        PropagatesErrors = propagatesErrors;
    }

    /// <summary>Gets the name, upper case.</summary>
    public string Name { get; }

    /// <summary>Gets the fewest arguments.</summary>
    public int MinArguments { get; }

    /// <summary>Gets the most arguments.</summary>
    public int MaxArguments { get; }

    /// <summary>Gets the kind of value it returns, or <see langword="null"/> when it varies.</summary>
    public ValueKind? ResultKind { get; }

    /// <summary>Gets the implementation.</summary>
    public FormulaFunctionImplementation Implementation { get; }

    /// <summary>Gets a value indicating whether an error argument is returned without calling the implementation.</summary>
    public bool PropagatesErrors { get; }
}
