namespace Formwork.Rules;

/// <summary>A host-registered action of JSON rules (see <see cref="RuleActionRegistry"/>).</summary>
/// <param name="invocation">The rule, the record and the evaluated parameters.</param>
public delegate void RuleActionHandler(RuleActionInvocation invocation);
