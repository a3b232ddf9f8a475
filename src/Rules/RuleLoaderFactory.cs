using System;
using Formwork.Expressions;

namespace Formwork.Rules;

/// <summary>
/// Creates <see cref="RuleLoader"/>s that evaluate formulas with the host's registered <see cref="FormulaCompiler"/>
/// (limits, host functions, the time zone of <c>FormworkOptions.TimeZoneId</c>) and <see cref="FormulaContext"/> (the
/// registered <see cref="TimeProvider"/>), so time-based rules and <c>TODAY()</c> use the host's clock without wiring it
/// by hand. <c>AddRules</c> registers it as a singleton: <c>provider.GetRequiredService&lt;RuleLoaderFactory&gt;().Create(schema)</c>.
/// </summary>
public sealed class RuleLoaderFactory
{
    private readonly FormulaCompiler? _compiler;
    private readonly FormulaContext? _context;

    /// <summary>Creates the factory.</summary>
    /// <param name="compiler">The formula compiler; <see langword="null"/> for the defaults.</param>
    /// <param name="context">The clock and time zone formulas evaluate with; <see langword="null"/> for <see cref="FormulaContext.Default"/>.</param>
    public RuleLoaderFactory(FormulaCompiler? compiler = null, FormulaContext? context = null)
    {
        _compiler = compiler;
        _context = context;
    }

    /// <summary>Gets the context the loaders evaluate formulas with.</summary>
    public FormulaContext Context => _context ?? FormulaContext.Default;

    /// <summary>Creates a loader over the factory's compiler and context.</summary>
    /// <param name="schema">The forms and fields rules may use.</param>
    /// <param name="actions">The host's own actions; <see langword="null"/> for none.</param>
    /// <returns>The loader.</returns>
    public RuleLoader Create(RuleSchema schema, RuleActionRegistry? actions = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new RuleLoader(schema, actions, _compiler, _context);
    }
}
