using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachineConcurrencyTests
{
    private enum S
    {
        A,
        B,
        C,
    }

    private enum T
    {
        Next,
    }

    [Fact]
    public void Fire_ManyThreadsOnOneInstance_AreSerialisedAndNoTransitionIsLost()
    {
        const int threads = 8;
        const int firesPerThread = 2_000;
        var inside = 0;
        var overlaps = 0;
        var transitions = 0;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.Next, S.B);
        builder.Configure(S.B).Permit(T.Next, S.C);
        builder.Configure(S.C).Permit(T.Next, S.A);
        builder.OnTransitioned(t =>
        {
            if (Interlocked.Increment(ref inside) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            transitions++;
            Interlocked.Decrement(ref inside);
        });
        var machine = builder.Build().CreateInstance(S.A);
        using var start = new Barrier(threads);

        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < firesPerThread; i++)
            {
                machine.Fire(T.Next);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Equal(0, overlaps);
        Assert.Equal(threads * firesPerThread, transitions);
        Assert.Equal((S)(threads * firesPerThread % 3), machine.State);
    }

    [Fact]
    public void Fire_ManyThreadsWithExternalState_CountsEveryTransition()
    {
        const int threads = 6;
        const int firesPerThread = 1_500;
        var entity = new Counter();
        var builder = new StateMachineBuilder<int, string>();
        builder.Configure(0).PermitDynamic("inc", () => 1);
        for (var s = 1; s < 5; s++)
        {
            var next = (s + 1) % 5;
            builder.Configure(s).PermitDynamic("inc", () => next);
        }

        builder.OnTransitioned(_ => entity.Transitions++);
        var machine = builder.Build().CreateInstance(() => entity.State, s => entity.State = s);

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            for (var i = 0; i < firesPerThread; i++)
            {
                machine.Fire("inc");
            }
        });

        Assert.Equal(threads * firesPerThread, entity.Transitions);
        Assert.Equal(threads * firesPerThread % 5, entity.State);
    }

    [Fact]
    public async Task FireAsync_ManyTasksOnAsyncMachine_AreSerialised()
    {
        const int tasks = 16;
        const int firesPerTask = 50;
        var inside = 0;
        var overlaps = 0;
        var transitions = 0;
        var builder = new StateMachineBuilder<S, T>();
        foreach (var (from, to) in new[] { (S.A, S.B), (S.B, S.C), (S.C, S.A) })
        {
            builder.Configure(from).Permit(T.Next, to).OnEntryAsync(async _ =>
            {
                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                await Task.Yield();
                transitions++;
                Interlocked.Decrement(ref inside);
            });
        }

        var machine = builder.Build().CreateInstance(S.A);

        await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < firesPerTask; i++)
            {
                await machine.FireAsync(T.Next);
            }
        })));

        Assert.Equal(0, overlaps);
        Assert.Equal(tasks * firesPerTask, transitions);
        Assert.Equal((S)(tasks * firesPerTask % 3), machine.State);
    }

    [Fact]
    public void Definition_SharedByManyThreads_EachInstanceIndependent()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.Next, S.B);
        builder.Configure(S.B).Permit(T.Next, S.C);
        builder.Configure(S.C).Permit(T.Next, S.A);
        var definition = builder.Build();
        var results = new S[64];
        var random = new Random(20261122);
        var counts = Enumerable.Range(0, results.Length).Select(_ => random.Next(1, 500)).ToArray();

        Parallel.For(0, results.Length, i =>
        {
            var machine = definition.CreateInstance(S.A);
            for (var n = 0; n < counts[i]; n++)
            {
                machine.Fire(T.Next);
            }

            results[i] = machine.State;
        });

        Assert.Equal(counts.Select(c => (S)(c % 3)), results);
    }

    [Fact]
    public async Task Fire_OtherThreadWhileActionRuns_WaitsForTheFiringToComplete()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.Next, S.B);
        builder.Configure(S.B).Permit(T.Next, S.C).OnEntry(() =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            lock (log)
            {
                log.Add("entered B");
            }
        });
        builder.Configure(S.C).OnEntry(() =>
        {
            lock (log)
            {
                log.Add("entered C");
            }
        });
        var machine = builder.Build().CreateInstance(S.A);

        var first = Task.Run(() => machine.Fire(T.Next));
        entered.Wait(TimeSpan.FromSeconds(10));
        var second = Task.Run(() => machine.Fire(T.Next));
        await Task.Delay(50);
        release.Set();
        await Task.WhenAll(first, second);

        Assert.Equal(["entered B", "entered C"], log);
        Assert.Equal(S.C, machine.State);
    }

    private sealed class Counter
    {
        public int State { get; set; }

        public int Transitions { get; set; }
    }
}
