using System;
using System.Collections.Generic;
using Formwork.Expressions.Internal.Functions;

namespace Formwork.Expressions;

/// <summary>The host's own formula functions (see <see cref="FormulaOptions.Functions"/>). Built-in functions cannot be replaced.</summary>
public sealed class FormulaFunctionRegistry
{
    private readonly Dictionary<string, FormulaFunction> _functions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the registered functions.</summary>
    public IReadOnlyCollection<FormulaFunction> Functions => _functions.Values;

    /// <summary>Adds a function.</summary>
    /// <param name="function">The function.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">A built-in or already registered function has the same name.</exception>
    public FormulaFunctionRegistry Add(FormulaFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        if (BuiltinFunctions.TryGet(function.Name, out _))
        {
            throw new ArgumentException($"'{function.Name}' is a built-in function and cannot be replaced.", nameof(function));
        }

        if (!_functions.TryAdd(function.Name, function))
        {
            throw new ArgumentException($"A function named '{function.Name}' is already registered.", nameof(function));
        }

        return this;
    }

    /// <summary>Finds a registered function (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="function">The function, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FormulaFunction? function)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _functions.TryGetValue(name, out function);
    }
}
