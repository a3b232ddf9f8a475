using System;
using Formwork.Expressions;
using Formwork.Rules.Internal.Records;

namespace Formwork.Rules;

/// <summary>
/// Loads rules written as data (from a designer): JSON rules whose conditions are formulas over form records and whose
/// actions are named built-in or host-registered actions with formula parameters, and decision tables (JSON or CSV).
/// No type names and no code: an unknown form, field, function or action, a formula of the wrong type, or overlapping
/// table rows give <see cref="Diagnostics.Diagnostic"/>s (codes <c>FWU01xx</c>, <c>FWU02xx</c>) with their JSON path
/// (or CSV line), and nothing is loaded. The formats are described in <c>docs/rules.md</c>.
/// </summary>
public sealed class RuleLoader
{
    private readonly RuleSchema _schema;
    private readonly RuleActionRegistry _actions;
    private readonly FormulaCompiler _compiler;
    private readonly FormulaContext _context;

    /// <summary>Creates a loader.</summary>
    /// <param name="schema">The forms and fields rules may use.</param>
    /// <param name="actions">The host's own actions; <see langword="null"/> for none.</param>
    /// <param name="compiler">The formula compiler (limits, host functions); <see langword="null"/> for the defaults.</param>
    /// <param name="context">The clock and time zone formulas evaluate with; <see langword="null"/> for <see cref="FormulaContext.Default"/>.</param>
    public RuleLoader(RuleSchema schema, RuleActionRegistry? actions = null, FormulaCompiler? compiler = null, FormulaContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _actions = actions ?? new RuleActionRegistry();
        _compiler = compiler ?? new FormulaCompiler();
        _context = context ?? FormulaContext.Default;
    }

    /// <summary>Loads a rule set document: <c>{"name", "version", "rules": [...], "decisionTables": [...]}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set, or the diagnostics.</returns>
    public RuleLoadResult LoadJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Reader().Read(json);
    }

    /// <summary>
    /// Loads a decision table from CSV: a header of input field names and output columns written <c>then:field</c>,
    /// then one row per line (cells as in JSON tables: a value, <c>-</c>, a range <c>[0..60)</c>, a bound <c>&gt;=100</c>,
    /// or <c>=formula</c> in output columns).
    /// </summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="table">The table (and rule set) name.</param>
    /// <param name="form">The form the table applies to.</param>
    /// <param name="firstHit"><see langword="true"/> for hit policy "first" (the first matching row wins, overlaps allowed); otherwise rows must not overlap.</param>
    /// <param name="version">The rule set version.</param>
    /// <returns>The rule set, or the diagnostics (paths are <c>line N, column M</c>).</returns>
    public RuleLoadResult LoadDecisionTableCsv(string csv, string table, string form, bool firstHit = false, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrEmpty(table);
        ArgumentException.ThrowIfNullOrEmpty(form);
        var reader = Reader();
        var rules = new DecisionTableReader(reader).ReadCsv(csv, table, form, firstHit);
        return new RuleLoadResult(new RuleSet(table, version, rules), reader.Diagnostics);
    }

    private JsonRuleReader Reader() => new(_schema, _actions, _compiler, _context);
}
