using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Formwork.Workflow.StateMachines.Internal;

/// <summary>A snapshot of a builder's configuration, handed to the compiler.</summary>
internal sealed record DefinitionSource<TState, TTrigger>(
    StateConfiguration<TState, TTrigger>[] States,
    Dictionary<TTrigger, TriggerWithParameters<TTrigger>> Parameters,
    (TriggerWithParameters<TTrigger> First, TriggerWithParameters<TTrigger> Second)[] ParameterConflicts,
    StateAction<TState, TTrigger>[] Transitioned,
    StateAction<TState, TTrigger>[] Completed,
    Action<TState, TTrigger, IReadOnlyList<string>>? Unhandled,
    Func<TState, TTrigger, IReadOnlyList<string>, Task>? UnhandledAsync,
    FiringMode FiringMode)
    where TState : notnull
    where TTrigger : notnull;
