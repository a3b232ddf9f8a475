using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Formwork.Rules.Internal;

namespace Formwork.Rules;

/// <summary>
/// The fluent builder of a rule's conditions, returned by <see cref="Rule"/>'s <c>When()</c>. Facts are bound to local
/// variables of <see cref="Rule.Define"/> (<c>Match(() =&gt; lead, l =&gt; l.Amount &gt; 100000)</c>); later conditions
/// and the actions use those variables, which the builder turns into joins. It only builds the rule model.
/// </summary>
public sealed class LeftHandSide
{
    private readonly DefinitionState _state;
    private readonly List<RuleElement> _elements = new();

    internal LeftHandSide(DefinitionState state)
    {
        _state = state;
    }

    /// <summary>Matches a fact of type <typeparamref name="T"/> satisfying every condition and binds it to a variable.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable the fact is bound to: <c>() =&gt; lead</c>.</param>
    /// <param name="conditions">The conditions; they may use variables bound earlier (a join).</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(conditions);
        _elements.Add(Pattern(_state.Declare(alias, typeof(T)), conditions));
        return this;
    }

    /// <summary>Matches a fact of type <typeparamref name="T"/> satisfying every condition, without binding it.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Match<T>(params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        _elements.Add(Pattern(_state.DeclareAnonymous(typeof(T), conditions), conditions));
        return this;
    }

    /// <summary>Requires that no fact of type <typeparamref name="T"/> satisfies the conditions.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">The conditions; they may use variables bound earlier.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Not<T>(params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        _elements.Add(new NotElement(Pattern(_state.DeclareAnonymous(typeof(T), conditions), conditions)));
        return this;
    }

    /// <summary>Requires that at least one fact of type <typeparamref name="T"/> satisfies the conditions (matches once however many do).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">The conditions; they may use variables bound earlier.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Exists<T>(params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        _elements.Add(new ExistsElement(Pattern(_state.DeclareAnonymous(typeof(T), conditions), conditions)));
        return this;
    }

    /// <summary>Binds the number of facts of type <typeparamref name="T"/> satisfying the conditions to an <see cref="int"/> variable.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="result">The variable: <c>() =&gt; openTickets</c>.</param>
    /// <param name="conditions">The conditions; they may use variables bound earlier.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Count<T>(Expression<Func<int>> result, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(conditions);
        var source = Pattern(_state.DeclareAnonymous(typeof(T), conditions), conditions);
        _elements.Add(new AggregateElement(_state.Declare(result, typeof(int)), AggregateKind.Count, source, null));
        return this;
    }

    /// <summary>Binds the sum of a value over the facts of type <typeparamref name="T"/> satisfying the conditions to a <see cref="decimal"/> variable.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="result">The variable: <c>() =&gt; total</c>.</param>
    /// <param name="selector">The value summed per fact.</param>
    /// <param name="conditions">The conditions; they may use variables bound earlier.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Sum<T>(Expression<Func<decimal>> result, Expression<Func<T, decimal>> selector, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(conditions);
        var source = Pattern(_state.DeclareAnonymous(typeof(T), conditions), conditions);
        _elements.Add(new AggregateElement(_state.Declare(result, typeof(decimal)), AggregateKind.Sum, source, _state.Selector(selector, source.Declaration)));
        return this;
    }

    /// <summary>
    /// Makes the pattern bound to <paramref name="alias"/> time-based: it matches only once <paramref name="duration"/>
    /// has passed since <paramref name="since"/> by the clock of the <see cref="RuleRepository"/> ("no action on a ticket
    /// for 24 h"). Time passing does not wake a session: schedule the fact with <see cref="RuleTimers"/> when it is saved,
    /// and <see cref="RuleTimers"/> fires the rule when it is due.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable of a pattern matched before: <c>() =&gt; ticket</c>.</param>
    /// <param name="since">The start time; <see langword="null"/> means the timer is not running.</param>
    /// <param name="duration">How long after the start the pattern matches; must be positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="Diagnostics.FormworkException">The variable is not bound by an earlier <c>Match</c> (<c>FWU0006</c>) or the duration is not positive (<c>FWU0013</c>).</exception>
    public LeftHandSide Elapsed<T>(Expression<Func<T>> alias, Expression<Func<T, DateTimeOffset?>> since, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(since);
        var declaration = _state.Declare(alias, typeof(T));
        var selector = _state.Selector(since, declaration);
        var start = selector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : selector.Body;
        var text = DefinitionState.Text(start) + " + " + duration.ToString("c", System.Globalization.CultureInfo.InvariantCulture) + " <= now";
        var index = _elements.FindLastIndex(e => e is PatternElement p && p.Declaration == declaration);
        if (index < 0)
        {
            throw new Diagnostics.FormworkException(Diagnostics.Diagnostic.Error(RuleMessages.UnboundDeclaration, null, null, ("rule", _state.Name), ("name", declaration.Name), ("condition", text)));
        }

        if (duration <= TimeSpan.Zero)
        {
            throw new Diagnostics.FormworkException(Diagnostics.Diagnostic.Error(RuleMessages.InvalidOption, null, null, ("option", nameof(duration)), ("minimum", "00:00:00.0000001"), ("value", duration)));
        }

        var timer = new Internal.Records.ElapsedCondition<T>(since.Compile(), duration, _state.TimeProvider, text);
        var body = Expression.Call(Expression.Constant(timer), timer.GetType().GetMethod(nameof(timer.Test))!, Expression.Convert(declaration.Parameter, typeof(object)));
        var pattern = (PatternElement)_elements[index];
        _elements[index] = new PatternElement(declaration, [.. pattern.Conditions, new ConditionElement(Expression.Lambda(body, declaration.Parameter), [declaration], text)]);
        return this;
    }

    /// <summary>Tests variables bound earlier (facts or aggregate results): <c>Having(() =&gt; openTickets &gt;= 3)</c>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Having(Expression<Func<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        _elements.Add(new FilterElement(_state.Condition(condition, null)));
        return this;
    }

    /// <summary>Matches when any of the alternatives matches; each alternative builds its own group of conditions.</summary>
    /// <param name="alternatives">The alternatives, each filling a builder: <c>g =&gt; g.Match(...)</c>.</param>
    /// <returns>This builder.</returns>
    public LeftHandSide Or(params Action<LeftHandSide>[] alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        var groups = new List<AndElement>(alternatives.Length);
        foreach (var alternative in alternatives)
        {
            ArgumentNullException.ThrowIfNull(alternative);
            var builder = new LeftHandSide(_state);
            alternative(builder);
            groups.Add(builder.Build());
        }

        _elements.Add(new OrElement(groups));
        return this;
    }

    internal AndElement Build() => new(_elements.ToArray());

    private PatternElement Pattern<T>(Declaration declaration, Expression<Func<T, bool>>[] conditions) =>
        new(declaration, conditions.Select(c => _state.Condition(c ?? throw new ArgumentNullException(nameof(conditions)), declaration)).ToArray());
}
