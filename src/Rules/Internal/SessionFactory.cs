using Formwork.Rules.Internal.Rete;

namespace Formwork.Rules.Internal;

/// <summary>A compiled rule set: the network and the rule set it came from.</summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly Network _network;

    public SessionFactory(RuleSet ruleSet, Network network)
    {
        RuleSet = ruleSet;
        _network = network;
    }

    public RuleSet RuleSet { get; }

    public Network Network => _network;

    public ISession CreateSession(SessionOptions? options = null)
    {
        options ??= new SessionOptions();
        options.Validate();
        return new Session(_network, RuleSet, options);
    }
}
