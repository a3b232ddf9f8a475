using System;
using Formwork.Diagnostics;
using Formwork.Rules.Internal;

namespace Formwork.Rules;

/// <summary>Thrown by <see cref="ISession.Fire()"/> when an action of a rule throws (code <c>FWU0008</c>).</summary>
public sealed class RuleActionException : FormworkException
{
    internal RuleActionException(RuleDefinition rule, Exception error)
        : base(Diagnostic.Error(RuleMessages.ActionFailed, null, null, ("rule", rule.Name), ("error", error.Message)))
    {
        Rule = rule;
        Error = error;
    }

    /// <summary>Gets the rule whose action failed.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the exception the action threw.</summary>
    public Exception Error { get; }
}
