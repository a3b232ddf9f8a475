using System;
using System.Collections.Generic;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachinePropertyTests
{
    [Fact]
    public void Fire_RandomHierarchies_PrecomputedAndGeneralPathsRunTheSameActions()
    {
        var random = new Random(5_2026_11);
        for (var round = 0; round < 200; round++)
        {
            var states = random.Next(2, 9);
            var triggers = random.Next(1, 4);
            var parents = new int[states];
            for (var s = 0; s < states; s++)
            {
                parents[s] = s == 0 || random.Next(3) == 0 ? -1 : random.Next(s);
            }

            var transitions = new List<(int From, int Trigger, int To)>();
            for (var s = 0; s < states; s++)
            {
                for (var t = 0; t < triggers; t++)
                {
                    if (random.Next(2) == 0)
                    {
                        transitions.Add((s, t, random.Next(states)));
                    }
                }
            }

            var plainLog = new List<string>();
            var guardedLog = new List<string>();
            var plain = Build(states, parents, transitions, guarded: false, plainLog).CreateInstance(0);
            var guarded = Build(states, parents, transitions, guarded: true, guardedLog).CreateInstance(0);
            for (var step = 0; step < 30; step++)
            {
                var trigger = random.Next(triggers);
                var accepted = plain.CanFire(trigger);
                Assert.Equal(accepted, guarded.CanFire(trigger));
                if (accepted)
                {
                    plain.Fire(trigger);
                    guarded.Fire(trigger);
                }

                Assert.Equal(plain.State, guarded.State);
            }

            Assert.Equal(plainLog, guardedLog);
        }
    }

    private static StateMachineDefinition<int, int> Build(int states, int[] parents, List<(int From, int Trigger, int To)> transitions, bool guarded, List<string> log)
    {
        var builder = new StateMachineBuilder<int, int>();
        for (var s = 0; s < states; s++)
        {
            var state = s;
            var configuration = builder.Configure(s)
                .OnEntry(t => log.Add($"enter {state} {t.Source}->{t.Destination} reentry={t.IsReentry}"))
                .OnExit(t => log.Add($"exit {state} {t.Source}->{t.Destination}"));
            if (parents[s] >= 0)
            {
                configuration.SubstateOf(parents[s]);
            }
        }

        foreach (var (from, trigger, to) in transitions)
        {
            var configuration = builder.Configure(from);
            if (from == to)
            {
                _ = guarded ? configuration.PermitReentryIf(trigger, () => true, "always") : configuration.PermitReentry(trigger);
            }
            else
            {
                _ = guarded ? configuration.PermitIf(trigger, to, () => true, "always") : configuration.Permit(trigger, to);
            }
        }

        builder.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));
        builder.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));
        return builder.Build();
    }
}
