using System.Collections.Generic;

namespace Formwork.Rules.Internal.Rete;

/// <summary>The <see cref="IContext"/> handed to actions; one per session, pointed at the firing activation.</summary>
internal sealed class RuleContext : IContext
{
    private readonly Session _session;
    private IReadOnlyList<MatchedFact>? _facts;

    public RuleContext(Session session)
    {
        _session = session;
    }

    public Activation? Current { get; private set; }

    public RuleDefinition Rule => Current!.Terminal.Rule.Definition;

    public IReadOnlyList<MatchedFact> Facts => _facts ??= Session.Matched(Current!);

    public void Set(Activation? activation)
    {
        Current = activation;
        _facts = null;
    }

    public void Insert(object fact) => _session.Insert(fact);

    public void Update(object fact) => _session.Update(fact);

    public void Retract(object fact) => _session.Retract(fact);

    public void Halt() => _session.Halt();
}
