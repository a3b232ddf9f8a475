using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>
/// What a firing rule's actions see: the rule, the matched facts, and the session's working memory, so that an action
/// can insert, update or retract facts (forward chaining) or stop the session.
/// </summary>
public interface IContext
{
    /// <summary>Gets the rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>Gets the facts the rule matched, by declaration.</summary>
    IReadOnlyList<MatchedFact> Facts { get; }

    /// <summary>Inserts a new fact into working memory; rules matching it become active.</summary>
    /// <param name="fact">The fact.</param>
    void Insert(object fact);

    /// <summary>Tells working memory that a fact changed; rules are re-evaluated against it.</summary>
    /// <param name="fact">The fact, already in working memory.</param>
    void Update(object fact);

    /// <summary>Removes a fact from working memory; activations that used it are cancelled.</summary>
    /// <param name="fact">The fact.</param>
    void Retract(object fact);

    /// <summary>Stops <see cref="ISession.Fire()"/> after this firing.</summary>
    void Halt();
}
