using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Rules.Internal.Compilation;

namespace Formwork.Rules.Internal.Records;

/// <summary>A formula of the formula language used as a rule condition over a record.</summary>
internal sealed class FormulaCondition : IFormulaBacked
{
    private readonly Formula _formula;
    private readonly FormulaContext _context;
    private readonly string _form;

    public FormulaCondition(Formula formula, FormulaContext context, string form)
    {
        _formula = formula;
        _context = context;
        _form = form;
    }

    public string Key => "formula|" + _form + "|" + _formula.Text;

    public bool Test(RecordFact record) => _formula.IsTrue(_formula.Scope.ToSlots(record.Data), _context);

    public string? Describe(object? fact) => fact is RecordFact record ? DescribeFields(_formula.Dependencies, record.Data) : null;

    public static string? DescribeFields(IEnumerable<string> fields, RecordData data)
    {
        var parts = fields.Where(f => !f.Contains('.', System.StringComparison.Ordinal))
            .Select(f => f + " = " + (data.TryGetValue(f, out var value) ? Show(value) : "blank"))
            .ToArray();
        return parts.Length == 0 ? null : string.Join("; ", parts);
    }

    private static string Show(Value value) => value.Kind switch
    {
        ValueKind.Blank => "blank",
        ValueKind.Text => ExpressionTools.Format(value.AsText()),
        _ => value.ToString(),
    };
}
