using System;
using System.Collections.Generic;
using System.Globalization;
using Formwork.Workflow.StateMachines.Internal;

namespace Formwork.Workflow.StateMachines;

/// <summary>
/// One transition as seen by actions and transition events: where it comes from, where it goes, the trigger and its
/// parameters, and the machine instance it happens on (so actions of a shared definition can reach their instance).
/// </summary>
/// <typeparam name="TState">The type of the states.</typeparam>
/// <typeparam name="TTrigger">The type of the triggers.</typeparam>
public readonly struct Transition<TState, TTrigger> : IEquatable<Transition<TState, TTrigger>>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly object?[]? _parameters;

    internal Transition(StateMachine<TState, TTrigger> machine, TState source, TState destination, TTrigger trigger, object?[]? parameters, TransitionFlags flags)
    {
        Machine = machine;
        Source = source;
        Destination = destination;
        Trigger = trigger;
        _parameters = parameters;
        Flags = flags;
    }

    /// <summary>Gets the instance the transition happens on.</summary>
    public StateMachine<TState, TTrigger> Machine { get; }

    /// <summary>Gets the state the transition leaves.</summary>
    public TState Source { get; }

    /// <summary>Gets the state the transition enters (for an internal transition, the current state).</summary>
    public TState Destination { get; }

    /// <summary>Gets the trigger that caused the transition.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the trigger's parameters, in order (empty for a trigger without parameters).</summary>
    public IReadOnlyList<object?> Parameters => _parameters ?? Array.Empty<object?>();

    /// <summary>Gets a value indicating whether the transition exits and re-enters the same state.</summary>
    public bool IsReentry => (Flags & TransitionFlags.Reentry) != 0;

    /// <summary>Gets a value indicating whether this is the initial transition into a substate of a composite state.</summary>
    public bool IsInitial => (Flags & TransitionFlags.Initial) != 0;

    /// <summary>Gets a value indicating whether this is an internal transition (no exit and no entry).</summary>
    public bool IsInternal => (Flags & TransitionFlags.Internal) != 0;

    internal TransitionFlags Flags { get; }

    internal object?[]? RawParameters => _parameters;

    /// <summary>Compares two transitions.</summary>
    /// <param name="left">The first transition.</param>
    /// <param name="right">The second transition.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Transition<TState, TTrigger> left, Transition<TState, TTrigger> right) => left.Equals(right);

    /// <summary>Compares two transitions.</summary>
    /// <param name="left">The first transition.</param>
    /// <param name="right">The second transition.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Transition<TState, TTrigger> left, Transition<TState, TTrigger> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Transition<TState, TTrigger> other) =>
        ReferenceEquals(Machine, other.Machine)
        && EqualityComparer<TState>.Default.Equals(Source, other.Source)
        && EqualityComparer<TState>.Default.Equals(Destination, other.Destination)
        && EqualityComparer<TTrigger>.Default.Equals(Trigger, other.Trigger)
        && ReferenceEquals(_parameters, other._parameters)
        && Flags == other.Flags;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Transition<TState, TTrigger> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Destination, Trigger, Flags);

    /// <summary>Returns <c>Source --Trigger--&gt; Destination</c>.</summary>
    /// <returns>The transition as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source} --{Trigger}--> {Destination}");
}
