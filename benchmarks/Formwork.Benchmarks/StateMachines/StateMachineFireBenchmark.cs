using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;
using Formwork.Workflow.StateMachines;

namespace Formwork.Benchmarks.StateMachines;

/// <summary>
/// Fires one trigger on a 3-state A→B→C→A machine, <see cref="Fires"/> times per invocation (so the reported time is
/// per <c>Fire</c>), against a hand-written <c>switch</c>. Every method returns the sum of the states seen after each
/// fire, so the smoke run checks they all walk the same cycle. Stateless 5.18 measured about 520–580 ns per
/// <c>Fire</c> on this class of machine for the same A→B→C→A machine.
/// </summary>
[MemoryDiagnoser]
public class StateMachineFireBenchmark
{
    /// <summary>Fires per invocation; a multiple of 3 so every invocation starts and ends in A.</summary>
    public const int Fires = 999;

    private int _fires;
    private Cycle _switchState;
    private bool _open;
    private StateMachine<Cycle, Step> _plain = null!;
    private StateMachine<Cycle, Step> _guarded = null!;
    private StateMachine<Cycle, Step> _parameterized = null!;
    private StateMachine<Cycle, Step> _asyncActions = null!;
    private TriggerWithParameters<Step, int> _nextBy = null!;

    /// <summary>The states of the benchmark machine.</summary>
    public enum Cycle
    {
        /// <summary>The first state.</summary>
        A,

        /// <summary>The second state.</summary>
        B,

        /// <summary>The third state.</summary>
        C,
    }

    /// <summary>The trigger of the benchmark machine.</summary>
    public enum Step
    {
        /// <summary>Moves to the next state.</summary>
        Next,
    }

    [GlobalSetup]
    public void Setup()
    {
        _fires = BenchmarkScale.Size(Fires) / 3 * 3;
        _open = true;

        var plain = new StateMachineBuilder<Cycle, Step>();
        plain.Configure(Cycle.A).Permit(Step.Next, Cycle.B);
        plain.Configure(Cycle.B).Permit(Step.Next, Cycle.C);
        plain.Configure(Cycle.C).Permit(Step.Next, Cycle.A);
        _plain = plain.Build().CreateInstance(Cycle.A);

        var guarded = new StateMachineBuilder<Cycle, Step>();
        guarded.Configure(Cycle.A).PermitIf(Step.Next, Cycle.B, () => _open, "open");
        guarded.Configure(Cycle.B).PermitIf(Step.Next, Cycle.C, () => _open, "open");
        guarded.Configure(Cycle.C).PermitIf(Step.Next, Cycle.A, () => _open, "open");
        _guarded = guarded.Build().CreateInstance(Cycle.A);

        var parameterized = new StateMachineBuilder<Cycle, Step>();
        _nextBy = parameterized.SetTriggerParameters<int>(Step.Next);
        parameterized.Configure(Cycle.A).PermitIf(_nextBy, Cycle.B, amount => amount >= 0, "amount is not negative");
        parameterized.Configure(Cycle.B).PermitIf(_nextBy, Cycle.C, amount => amount >= 0, "amount is not negative");
        parameterized.Configure(Cycle.C).PermitIf(_nextBy, Cycle.A, amount => amount >= 0, "amount is not negative");
        _parameterized = parameterized.Build().CreateInstance(Cycle.A);

        var asyncActions = new StateMachineBuilder<Cycle, Step>();
        asyncActions.Configure(Cycle.A).Permit(Step.Next, Cycle.B);
        asyncActions.Configure(Cycle.B).Permit(Step.Next, Cycle.C).OnEntryAsync(_ => Task.CompletedTask, "completes at once");
        asyncActions.Configure(Cycle.C).Permit(Step.Next, Cycle.A);
        _asyncActions = asyncActions.Build().CreateInstance(Cycle.A);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Fires)]
    public int Switch()
    {
        var sum = 0;
        for (var i = 0; i < _fires; i++)
        {
            _switchState = _switchState switch
            {
                Cycle.A => Cycle.B,
                Cycle.B => Cycle.C,
                _ => Cycle.A,
            };
            sum += (int)_switchState;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Fires)]
    public int Fire() => FireNext(_plain);

    [Benchmark(OperationsPerInvoke = Fires)]
    public int FireGuarded() => FireNext(_guarded);

    [Benchmark(OperationsPerInvoke = Fires)]
    public int FireWithParameter()
    {
        var machine = _parameterized;
        var trigger = _nextBy;
        var sum = 0;
        for (var i = 0; i < _fires; i++)
        {
            machine.Fire(trigger, i);
            sum += (int)machine.State;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Fires)]
    public async Task<int> FireAsync()
    {
        var machine = _plain;
        var sum = 0;
        for (var i = 0; i < _fires; i++)
        {
            await machine.FireAsync(Step.Next);
            sum += (int)machine.State;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Fires)]
    public async Task<int> FireAsyncWithAsyncAction()
    {
        var machine = _asyncActions;
        var sum = 0;
        for (var i = 0; i < _fires; i++)
        {
            await machine.FireAsync(Step.Next);
            sum += (int)machine.State;
        }

        return sum;
    }

    // Fires Next the benchmark's number of times and sums the states, so every method returns what the switch does.
    private int FireNext(StateMachine<Cycle, Step> machine)
    {
        var sum = 0;
        for (var i = 0; i < _fires; i++)
        {
            machine.Fire(Step.Next);
            sum += (int)machine.State;
        }

        return sum;
    }
}
