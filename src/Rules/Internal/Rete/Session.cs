using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using Formwork.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Formwork.Rules.Internal.Rete;

/// <summary>A session over a compiled network: working memory, node memories, agenda, firing loop, explanations.</summary>
internal sealed class Session : ISession
{
    private readonly Network _network;
    private readonly SessionOptions _options;
    private readonly Dictionary<object, Fact?> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly object?[] _nodeMemories;
    private readonly HashSet<Fact>?[] _alphaFacts;
    private readonly Agenda _agenda;
    private readonly RuleContext _context;
    private readonly List<RuleFiring> _firings = new();
    private Dictionary<ActivationKey, Activation>? _carry;
    private bool _updating;
    private bool _halted;
    private int _epoch;
    private long _sequence;
    private int _nextId;
    private int _nextSynthetic;

    public Session(Network network, RuleSet ruleSet, SessionOptions options)
    {
        _network = network;
        RuleSet = ruleSet;
        _options = options;
        _nodeMemories = new object?[network.BetaNodeCount];
        _alphaFacts = new HashSet<Fact>?[network.Memories.Count];
        _agenda = new Agenda(network.PriorityLevels);
        _context = new RuleContext(this);
        Root = new Token(null, [], null);
        foreach (var rule in network.Rules)
        {
            foreach (var branch in rule.Branches)
            {
                branch.Nodes[0].LeftActivate(this, Root);
            }
        }
    }

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<RuleEventArgs>? ActivationCreated;

    public event EventHandler<RuleEventArgs>? ActivationDeleted;

    public event EventHandler<RuleEventArgs>? RuleFiring;

    public event EventHandler<RuleEventArgs>? RuleFired;

    public RuleSet RuleSet { get; }

    public IAgenda Agenda => _agenda;

    public IReadOnlyList<RuleFiring> Firings => _firings;

    public Token Root { get; }

    public static IReadOnlyList<MatchedFact> Matched(Activation activation)
    {
        var slots = activation.Terminal.Branch.Slots;
        var facts = activation.Token.Facts;
        var result = new MatchedFact[slots.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new MatchedFact(slots[i].Name, facts[i]?.Value);
        }

        return result;
    }

    public T NodeMemory<T>(BetaNode node)
        where T : class
    {
        var memory = _nodeMemories[node.Id];
        if (memory is null)
        {
            memory = node switch
            {
                JoinNode join => new JoinMemory(join.Indexed),
                _ => new Dictionary<Token, GroupState>(),
            };
            _nodeMemories[node.Id] = memory;
        }

        return (T)memory;
    }

    public HashSet<Fact> AlphaFacts(AlphaMemory memory) => _alphaFacts[memory.Id] ??= new HashSet<Fact>();

    public Fact Synthetic(object value) => new(value, --_nextSynthetic);

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, fact, out var exists);
        if (exists)
        {
            throw new FormworkException(Diagnostic.Error(RuleMessages.DuplicateFact, null, null, ("fact", fact)));
        }

        var entry = new Fact(fact, ++_nextId);
        slot = entry;
        try
        {
            Propagate(entry);
        }
        catch (Exception ex) when (ex is not FormworkException)
        {
            RetractFact(entry);
            _facts.Remove(fact);
            throw new FormworkException(Diagnostic.Error(RuleMessages.ConditionFailed, null, null, ("fact", fact), ("error", ex.Message)));
        }

        if (entry.IsIdle)
        {
            // A fact no pattern kept needs no network state: keep only its key, so selective rule sets stay cheap.
            _facts[fact] = null;
        }

        FactInserted?.Invoke(this, new FactEventArgs(fact));
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public void Update(object fact)
    {
        var entry = Find(fact);
        var outer = _updating;
        _updating = true;
        _carry ??= new Dictionary<ActivationKey, Activation>();
        try
        {
            RetractFact(entry);
            Propagate(entry);
            _facts[fact] = entry.IsIdle ? null : entry;
        }
        finally
        {
            _updating = outer;
            if (!outer)
            {
                _carry.Clear();
            }
        }

        FactUpdated?.Invoke(this, new FactEventArgs(fact));
    }

    public void Retract(object fact)
    {
        var entry = Find(fact);
        _facts.Remove(fact);
        RetractFact(entry);
        FactRetracted?.Invoke(this, new FactEventArgs(fact));
    }

    public bool Contains(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _facts.ContainsKey(fact);
    }

    public IReadOnlyList<T> Query<T>() => _facts.Keys.OfType<T>().ToArray();

    public int Fire() => Fire(int.MaxValue);

    public int Fire(int maxRulesNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRulesNumber);
        var start = Stopwatch.GetTimestamp();
        using var activity = Telemetry.Source.StartActivity(RulesTelemetry.FireActivity);
        activity?.SetTag(RulesTelemetry.RuleSetTag, RuleSet.Name);
        activity?.SetTag("formwork.rule_set.version", RuleSet.Version);
        var fired = 0;
        try
        {
            fired = FireLoop(maxRulesNumber);
            return fired;
        }
        catch (Exception ex) when (ex is FormworkException or RuleActionException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            if (_options.Logger is { } failed && failed.IsEnabled(LogLevel.Error))
            {
                Telemetry.FireFailed(failed, RuleSet.Name, ex.Message, ex);
            }

            throw;
        }
        finally
        {
            activity?.SetTag("formwork.rules.fired", fired);
            var tag = Telemetry.RuleSet(RuleSet.Name);
            Telemetry.SessionFires.Add(1, tag);
            if (Telemetry.SessionFireDuration.Enabled || _options.Logger is not null)
            {
                var elapsed = Telemetry.Milliseconds(start);
                Telemetry.SessionFireDuration.Record(elapsed, tag);
                if (_options.Logger is { } logger && logger.IsEnabled(LogLevel.Debug))
                {
                    Telemetry.SessionFired(logger, RuleSet.Name, RuleSet.Version, fired, elapsed, null);
                }
            }
        }
    }

    private int FireLoop(int maxRulesNumber)
    {
        _epoch++;
        _halted = false;
        var fired = 0;
        while (fired < maxRulesNumber && !_halted)
        {
            var activation = _agenda.Pop();
            if (activation is null)
            {
                break;
            }

            var rule = activation.Terminal.Rule.Definition;
            if (!_agenda.Accepts(rule))
            {
                activation.State = ActivationState.Filtered;
                continue;
            }

            if (activation.FireEpoch == _epoch)
            {
                activation.FireCount++;
            }
            else
            {
                activation.FireEpoch = _epoch;
                activation.FireCount = 1;
            }

            if (activation.FireCount > _options.CycleLimit)
            {
                activation.State = ActivationState.Cancelled;
                throw new FormworkException(Diagnostic.Error(RuleMessages.CycleLimit, null, null, ("rule", rule.Name), ("count", activation.FireCount), ("limit", _options.CycleLimit)));
            }

            activation.State = ActivationState.Fired;
            fired++;
            Run(activation, rule);
        }

        return fired;
    }

    public IReadOnlyList<RuleMiss> WhyNot(object fact)
    {
        var entry = Find(fact);
        var type = fact.GetType();
        var misses = new List<RuleMiss>();
        foreach (var rule in _network.Rules)
        {
            foreach (var branch in rule.Branches)
            {
                RuleMiss? first = null;
                var matched = false;
                foreach (var probe in branch.Probes)
                {
                    if (!probe.Pattern.FactType.IsAssignableFrom(type))
                    {
                        continue;
                    }

                    var miss = Probe(rule.Definition, branch, probe, entry, out var isMatched);
                    if (isMatched)
                    {
                        matched = true;
                        break;
                    }

                    first ??= miss;
                }

                if (!matched && first is not null)
                {
                    misses.Add(first);
                }
            }
        }

        return misses;
    }

    public void Halt() => _halted = true;

    public void RemoveToken(Token token)
    {
        if (token.Removed)
        {
            return;
        }

        token.Removed = true;
        token.Owner!.Successor!.LeftRetract(this, token);
    }

    public void Activate(TerminalNode terminal, Token token)
    {
        var activation = new Activation(terminal, token, ++_sequence);
        token.Activation = activation;
        if (_carry is { Count: > 0 } && _carry.Remove(new ActivationKey(terminal, token.Facts), out var previous))
        {
            activation.FireEpoch = previous.FireEpoch;
            activation.FireCount = previous.FireCount;
            if (previous.State == ActivationState.Fired && terminal.Rule.Definition.Repeatability == RuleRepeatability.NonRepeatable)
            {
                activation.State = ActivationState.Fired;
                return;
            }
        }

        _agenda.Add(activation);
        ActivationCreated?.Invoke(this, new RuleEventArgs(terminal.Rule.Definition, Matched(activation)));
    }

    public void Deactivate(Token token)
    {
        if (token.Activation is not { } activation)
        {
            return;
        }

        if (_updating && activation.FireCount > 0)
        {
            _carry![new ActivationKey(activation.Terminal, token.Facts)] = activation;
        }

        if (activation.State == ActivationState.Pending)
        {
            activation.State = ActivationState.Cancelled;
            _agenda.Cancelled();
            ActivationDeleted?.Invoke(this, new RuleEventArgs(activation.Terminal.Rule.Definition, Matched(activation)));
        }
    }

    private static bool SafeTest(ExplainStep step, Fact?[] facts)
    {
        try
        {
            return step.Evaluate(facts);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidCastException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool SafeTest(AlphaProbe probe, object? fact)
    {
        try
        {
            return probe.Test(fact);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidCastException or InvalidOperationException)
        {
            return false;
        }
    }

    private static RuleMiss? Probe(RuleDefinition rule, CompiledBranch branch, PatternProbe probe, Fact fact, out bool matched)
    {
        matched = false;
        foreach (var condition in probe.Conditions)
        {
            if (!SafeTest(condition, fact.Value))
            {
                return new RuleMiss(rule, RuleMissReason.ConditionFalse, condition.Text, condition.Detail(fact.Value));
            }
        }

        var deepest = -1;
        var filtered = false;
        var pending = new Stack<Token>();
        foreach (var token in fact.FirstToken is null ? fact.Tokens ?? [] : [fact.FirstToken, .. fact.Tokens ?? []])
        {
            if (!token.Removed && token.Owner is { } owner && owner.Position < branch.Nodes.Count && ReferenceEquals(branch.Nodes[owner.Position], owner))
            {
                pending.Push(token);
            }
        }

        while (pending.Count > 0)
        {
            var token = pending.Pop();
            deepest = Math.Max(deepest, token.Owner!.Position);
            if (token.Activation is { } activation)
            {
                if (activation.State is ActivationState.Pending or ActivationState.Fired)
                {
                    matched = true;
                    return null;
                }

                filtered |= activation.State == ActivationState.Filtered;
            }

            foreach (var child in token.Children ?? [])
            {
                if (!child.Removed)
                {
                    pending.Push(child);
                }
            }
        }

        if (filtered)
        {
            return new RuleMiss(rule, RuleMissReason.Filtered, rule.Name, null);
        }

        var node = deepest < 0 ? probe.Node : branch.Nodes[deepest + 1];
        var reason = node switch
        {
            GroupNode { Kind: GroupKind.Not } => RuleMissReason.BlockedByNot,
            GroupNode { Kind: GroupKind.Exists } => RuleMissReason.NothingExists,
            FilterNode => RuleMissReason.FilterFalse,
            _ => RuleMissReason.NoJoinMatch,
        };
        return new RuleMiss(rule, reason, node.Description, null);
    }

    private void Run(Activation activation, RuleDefinition rule)
    {
        var facts = activation.Token.Facts;
        var branch = activation.Terminal.Branch;
        if (_options.ExplainFirings)
        {
            var conditions = new ConditionResult[branch.Steps.Count];
            for (var i = 0; i < conditions.Length; i++)
            {
                var step = branch.Steps[i];
                conditions[i] = new ConditionResult(step.Text, SafeTest(step, facts), step.Detail(facts));
            }

            _firings.Add(new RuleFiring(_firings.Count + 1, rule, Matched(activation), conditions));
        }

        RuleFiring?.Invoke(this, new RuleEventArgs(rule, Matched(activation)));
        if (_options.Logger is { } logger && logger.IsEnabled(LogLevel.Debug))
        {
            Telemetry.RuleFired(logger, rule.Name, RuleSet.Name, string.Join(", ", Matched(activation)), null);
        }

        var timed = Telemetry.RuleDuration.Enabled;
        var start = timed ? Stopwatch.GetTimestamp() : 0;
        using var activity = Telemetry.Source.HasListeners() ? Telemetry.Source.StartActivity(RulesTelemetry.RuleActivity) : null;
        activity?.SetTag(RulesTelemetry.RuleSetTag, RuleSet.Name);
        activity?.SetTag(RulesTelemetry.RuleTag, rule.Name);
        if (Telemetry.RuleFirings.Enabled)
        {
            Telemetry.RuleFirings.Add(1, Telemetry.RuleSet(RuleSet.Name), Telemetry.Rule(rule.Name));
        }

        _context.Set(activation);
        try
        {
            var actions = branch.Actions;
            for (var i = 0; i < actions.Length; i++)
            {
                actions[i](_context, facts);
            }
        }
        catch (Exception ex) when (ex is not RuleActionException)
        {
            throw new RuleActionException(rule, ex);
        }
        finally
        {
            _context.Set(null);
            if (timed)
            {
                Telemetry.RuleDuration.Record(Telemetry.Milliseconds(start), Telemetry.RuleSet(RuleSet.Name), Telemetry.Rule(rule.Name));
            }
        }

        RuleFired?.Invoke(this, new RuleEventArgs(rule, Matched(activation)));
    }

    private Fact Find(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _facts.TryGetValue(fact, out var entry)
            ? entry ?? new Fact(fact, ++_nextId)
            : throw new FormworkException(Diagnostic.Error(RuleMessages.UnknownFact, null, null, ("fact", fact)));
    }

    private void Propagate(Fact fact)
    {
        foreach (var root in _network.RootsFor(fact.Value!.GetType()))
        {
            root.Activate(this, fact);
        }
    }

    private void RetractFact(Fact fact)
    {
        if (fact.Memories is { } memories)
        {
            fact.Memories = null;
            foreach (var memory in memories)
            {
                memory.Retract(this, fact);
            }
        }

        if (fact.FirstToken is { } first)
        {
            fact.FirstToken = null;
            RemoveToken(first);
        }

        if (fact.Tokens is { } tokens)
        {
            fact.Tokens = null;
            foreach (var token in tokens)
            {
                RemoveToken(token);
            }
        }

        fact.Groups = null;
    }
}
