using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>One call of a host-registered action: which rule fired, on which record, with which parameter values.</summary>
public sealed class RuleActionInvocation
{
    internal RuleActionInvocation(IContext context, RecordFact record, IReadOnlyDictionary<string, Value> parameters)
    {
        Context = context;
        Record = record;
        Parameters = parameters;
    }

    /// <summary>Gets the firing context (to insert, update or retract facts).</summary>
    public IContext Context { get; }

    /// <summary>Gets the record the rule fired on.</summary>
    public RecordFact Record { get; }

    /// <summary>Gets the parameters, each the value of its formula for the record.</summary>
    public IReadOnlyDictionary<string, Value> Parameters { get; }
}
