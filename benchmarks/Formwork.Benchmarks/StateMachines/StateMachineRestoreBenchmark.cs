using System;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Workflow.StateMachines;

namespace Formwork.Benchmarks.StateMachines;

/// <summary>
/// Restores an instance from a stored state and fires one trigger, for <see cref="Entities"/> stored entities per
/// invocation (the reported time is per entity), against a hand-written <c>switch</c> over the stored state. Every
/// method returns the sum of the new states, so the smoke run checks they agree. (With Stateless the whole machine
/// is configured per instance.)
/// </summary>
[MemoryDiagnoser]
public class StateMachineRestoreBenchmark
{
    /// <summary>Entities per invocation.</summary>
    public const int Entities = 1_000;

    private StateMachineFireBenchmark.Cycle[] _stored = [];
    private Entity[] _entities = [];
    private StateMachineDefinition<StateMachineFireBenchmark.Cycle, StateMachineFireBenchmark.Step> _definition = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        _stored = new StateMachineFireBenchmark.Cycle[BenchmarkScale.Size(Entities)];
        for (var i = 0; i < _stored.Length; i++)
        {
            _stored[i] = (StateMachineFireBenchmark.Cycle)random.Next(3);
        }

        _entities = new Entity[_stored.Length];
        for (var i = 0; i < _entities.Length; i++)
        {
            _entities[i] = new Entity();
        }

        var builder = new StateMachineBuilder<StateMachineFireBenchmark.Cycle, StateMachineFireBenchmark.Step>();
        builder.Configure(StateMachineFireBenchmark.Cycle.A).Permit(StateMachineFireBenchmark.Step.Next, StateMachineFireBenchmark.Cycle.B);
        builder.Configure(StateMachineFireBenchmark.Cycle.B).Permit(StateMachineFireBenchmark.Step.Next, StateMachineFireBenchmark.Cycle.C);
        builder.Configure(StateMachineFireBenchmark.Cycle.C).Permit(StateMachineFireBenchmark.Step.Next, StateMachineFireBenchmark.Cycle.A);
        _definition = builder.Build();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Entities)]
    public int Switch()
    {
        var sum = 0;
        foreach (var stored in _stored)
        {
            var next = stored switch
            {
                StateMachineFireBenchmark.Cycle.A => StateMachineFireBenchmark.Cycle.B,
                StateMachineFireBenchmark.Cycle.B => StateMachineFireBenchmark.Cycle.C,
                _ => StateMachineFireBenchmark.Cycle.A,
            };
            sum += (int)next;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Entities)]
    public int CreateInstanceAndFire()
    {
        var definition = _definition;
        var sum = 0;
        foreach (var stored in _stored)
        {
            var machine = definition.CreateInstance(stored);
            machine.Fire(StateMachineFireBenchmark.Step.Next);
            sum += (int)machine.State;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Entities)]
    public int CreateOverEntityFieldAndFire()
    {
        var definition = _definition;
        var sum = 0;
        var entities = _entities;
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            entity.Status = _stored[i];
            var machine = definition.CreateInstance(() => entity.Status, s => entity.Status = s, entity);
            machine.Fire(StateMachineFireBenchmark.Step.Next);
            sum += (int)entity.Status;
        }

        return sum;
    }

    /// <summary>An entity that stores its state in a field.</summary>
    public sealed class Entity
    {
        /// <summary>Gets or sets the stored state.</summary>
        public StateMachineFireBenchmark.Cycle Status { get; set; }
    }
}
