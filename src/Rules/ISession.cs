using System;
using System.Collections.Generic;

namespace Formwork.Rules;

/// <summary>
/// A rules session: working memory (facts), the agenda of activations and the firing loop. Not thread-safe: use one
/// session per unit of work. It stays on the compiled rule set it was created from, even when a newer version is
/// published.
/// </summary>
public interface ISession
{
    /// <summary>Gets the rule set the session runs.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Gets the agenda.</summary>
    IAgenda Agenda { get; }

    /// <summary>Gets the recorded firings with their explanations (only when <see cref="SessionOptions.ExplainFirings"/> is on).</summary>
    IReadOnlyList<RuleFiring> Firings { get; }

    /// <summary>Occurs when a fact is inserted.</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>Occurs when a fact is updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>Occurs when a fact is retracted.</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>Occurs when a rule's conditions become true for some facts (an activation joins the agenda).</summary>
    event EventHandler<RuleEventArgs>? ActivationCreated;

    /// <summary>Occurs when a waiting activation is cancelled because its facts no longer match.</summary>
    event EventHandler<RuleEventArgs>? ActivationDeleted;

    /// <summary>Occurs before a rule's actions run.</summary>
    event EventHandler<RuleEventArgs>? RuleFiring;

    /// <summary>Occurs after a rule's actions ran.</summary>
    event EventHandler<RuleEventArgs>? RuleFired;

    /// <summary>Inserts a fact; rules matching it become active.</summary>
    /// <param name="fact">The fact (compared by reference).</param>
    void Insert(object fact);

    /// <summary>Inserts facts.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session a fact changed; it is matched again (and may re-activate rules).</summary>
    /// <param name="fact">The fact, already inserted.</param>
    void Update(object fact);

    /// <summary>Removes a fact; activations that used it are cancelled.</summary>
    /// <param name="fact">The fact, already inserted.</param>
    void Retract(object fact);

    /// <summary>Returns whether a fact is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    bool Contains(object fact);

    /// <summary>Returns the facts of a type in working memory, in insertion order (a retracted fact's place may be reused).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The facts.</returns>
    IReadOnlyList<T> Query<T>();

    /// <summary>
    /// Fires activations, highest priority first, until the agenda is empty or an action halts; actions may insert,
    /// update and retract facts (forward chaining). A rule that fires more than <see cref="SessionOptions.CycleLimit"/>
    /// times on the same facts stops it with error <c>FWU0007</c>.
    /// </summary>
    /// <returns>How many rules fired.</returns>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> activations.</summary>
    /// <param name="maxRulesNumber">The maximum.</param>
    /// <returns>How many rules fired.</returns>
    int Fire(int maxRulesNumber);

    /// <summary>
    /// Explains, for one fact in working memory, why each rule that has a pattern for its type has not matched it:
    /// the first condition that failed. Rules that matched the fact (fired or waiting) are not listed.
    /// </summary>
    /// <param name="fact">The fact.</param>
    /// <returns>One entry per rule alternative that did not match.</returns>
    IReadOnlyList<RuleMiss> WhyNot(object fact);
}
