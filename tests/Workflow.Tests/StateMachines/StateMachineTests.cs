using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachineTests
{
    private enum S
    {
        A,
        B,
        C,
        Parent,
        Child,
        Other,
    }

    private enum T
    {
        X,
        Y,
        Z,
        Go,
    }

    [Fact]
    public void Fire_PermittedTrigger_MovesToDestination()
    {
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.OffHook).Permit(Call.CallDialled, Phone.Ringing);
        builder.Configure(Phone.Ringing).Permit(Call.CallConnected, Phone.Connected);
        var machine = builder.Build().CreateInstance(Phone.OffHook);

        machine.Fire(Call.CallDialled);
        machine.Fire(Call.CallConnected);

        Assert.Equal(Phone.Connected, machine.State);
    }

    [Fact]
    public void Fire_UnconfiguredTrigger_ThrowsWithStateAndTrigger()
    {
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.OffHook).Permit(Call.CallDialled, Phone.Ringing);
        var machine = builder.Build().CreateInstance(Phone.OffHook);

        var error = Assert.Throws<TriggerNotPermittedException>(() => machine.Fire(Call.HungUp));

        Assert.Equal("FWW0101", error.Code);
        Assert.Equal("error FWW0101: No transition is permitted from state 'OffHook' for trigger 'HungUp'.", error.Message);
        Assert.Equal("状态“OffHook”下不允许触发器“HungUp”的任何转换。", error.Diagnostics[0].MessageChinese);
        Assert.Equal(Phone.OffHook, error.State);
        Assert.Equal(Call.HungUp, error.Trigger);
        Assert.Equal(Phone.OffHook, machine.State);
    }

    [Fact]
    public void Fire_GuardsNotMet_ThrowsNamingEveryUnmetGuard()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A)
            .PermitIf(T.X, S.B, (() => false, "amount is at most 50,000"), (() => true, "applicant is set"), (() => false, "manager has approved"))
            .PermitIf(T.X, S.C, () => false, "urgent");
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<TriggerNotPermittedException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0102", error.Code);
        Assert.Equal("error FWW0102: Trigger 'X' is configured in state 'A' but these guard conditions are not met: 'amount is at most 50,000', 'manager has approved', 'urgent'.", error.Message);
        Assert.Equal(["amount is at most 50,000", "manager has approved", "urgent"], error.UnmetGuards);
    }

    [Fact]
    public void Fire_OneGuardMet_TakesThatTransition()
    {
        var amount = 80_000m;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A)
            .PermitIf(T.X, S.B, () => amount < 50_000, "small amount")
            .PermitIf(T.X, S.C, () => amount >= 50_000, "large amount");
        var definition = builder.Build();

        var large = definition.CreateInstance(S.A);
        large.Fire(T.X);
        amount = 10;
        var small = definition.CreateInstance(S.A);
        small.Fire(T.X);

        Assert.Equal(S.C, large.State);
        Assert.Equal(S.B, small.State);
    }

    [Fact]
    public void Fire_TwoGuardsMet_ThrowsAmbiguous()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(T.X, S.B, () => true, "first").PermitIf(T.X, S.C, () => true, "second");
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<FormworkException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0103", error.Code);
        Assert.Equal("error FWW0103: Trigger 'X' in state 'A' has 2 behaviours whose guards are all met (Permit to 'B', Permit to 'C'); make the guards exclude each other.", error.Message);
        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void CanFire_GuardedOut_ReturnsUnmetGuards()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(T.X, S.B, () => false, "form is complete").Permit(T.Y, S.C).Ignore(T.Z);
        var machine = builder.Build().CreateInstance(S.A);

        Assert.False(machine.CanFire(T.X, out var unmet));
        Assert.Equal(["form is complete"], unmet);
        Assert.True(machine.CanFire(T.Y, out var none));
        Assert.Empty(none);
        Assert.False(machine.CanFire(T.Go));
        Assert.Equal([T.Y, T.Z], machine.PermittedTriggers);
    }

    [Fact]
    public void OnUnhandledTrigger_Configured_ReplacesTheException()
    {
        var reported = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(T.X, S.B, () => false, "never");
        builder.OnUnhandledTrigger((state, trigger, guards) => reported.Add($"{state} {trigger} {string.Join(",", guards)}"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);
        machine.Fire(T.Y);

        Assert.Equal(["A X never", "A Y "], reported);
        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void Fire_Transition_RunsExitThenTransitionedThenEntryThenCompleted()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B).OnExit(t => log.Add($"exit A to {t.Destination}"));
        builder.Configure(S.B).OnEntry(t => log.Add($"enter B from {t.Source} by {t.Trigger}"));
        builder.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination} state={t.Machine.State}"));
        builder.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);

        Assert.Equal(["exit A to B", "transitioned A->B state=B", "enter B from A by X", "completed A->B"], log);
    }

    [Fact]
    public void Fire_AcrossSubstates_ExitsInnermostFirstAndEntersOutermostFirst()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<string, string>();
        foreach (var state in new[] { "root", "a", "a1", "a11", "b", "b1", "b11" })
        {
            builder.Configure(state).OnEntry(() => log.Add("enter " + state)).OnExit(() => log.Add("exit " + state));
        }

        builder.Configure("a").SubstateOf("root");
        builder.Configure("a1").SubstateOf("a");
        builder.Configure("a11").SubstateOf("a1").Permit("go", "b11");
        builder.Configure("b").SubstateOf("root");
        builder.Configure("b1").SubstateOf("b");
        builder.Configure("b11").SubstateOf("b1");
        var machine = builder.Build().CreateInstance("a11");

        machine.Fire("go");

        Assert.Equal(["exit a11", "exit a1", "exit a", "enter b", "enter b1", "enter b11"], log);
        Assert.True(machine.IsInState("b"));
        Assert.True(machine.IsInState("root"));
        Assert.False(machine.IsInState("a"));
    }

    [Fact]
    public void Fire_FromSuperstateToItsSubstate_DoesNotExitTheSuperstate()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).Permit(T.X, S.Child).OnExit(() => log.Add("exit Parent")).OnEntry(() => log.Add("enter Parent"));
        builder.Configure(S.Child).SubstateOf(S.Parent).Permit(T.Y, S.Parent).OnEntry(() => log.Add("enter Child")).OnExit(() => log.Add("exit Child"));
        var machine = builder.Build().CreateInstance(S.Parent);

        machine.Fire(T.X);
        machine.Fire(T.Y);

        Assert.Equal(["enter Child", "exit Child"], log);
        Assert.Equal(S.Parent, machine.State);
    }

    [Fact]
    public void Fire_TriggerHandledBySuperstate_SubstateInherits()
    {
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.Connected).Permit(Call.HungUp, Phone.OffHook).Permit(Call.PlacedOnHold, Phone.OnHold);
        builder.Configure(Phone.OnHold).SubstateOf(Phone.Connected).Permit(Call.TakenOffHold, Phone.Connected);
        var machine = builder.Build().CreateInstance(Phone.OnHold);

        Assert.True(machine.IsInState(Phone.Connected));
        Assert.True(machine.CanFire(Call.HungUp));
        machine.Fire(Call.HungUp);

        Assert.Equal(Phone.OffHook, machine.State);
    }

    [Fact]
    public void Fire_SubstateOverridesSuperstate_SubstateWins()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).Permit(T.X, S.A);
        builder.Configure(S.Child).SubstateOf(S.Parent).Permit(T.X, S.B);
        var machine = builder.Build().CreateInstance(S.Child);

        machine.Fire(T.X);

        Assert.Equal(S.B, machine.State);
    }

    [Fact]
    public void Fire_SubstateGuardedOut_FallsBackToSuperstate()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).Permit(T.X, S.A);
        builder.Configure(S.Child).SubstateOf(S.Parent).PermitIf(T.X, S.B, () => false, "never");
        var machine = builder.Build().CreateInstance(S.Child);

        machine.Fire(T.X);

        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void Fire_Reentry_ExitsAndReentersTheSameState()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitReentry(T.X).OnEntry(t => log.Add($"enter reentry={t.IsReentry}")).OnExit(t => log.Add($"exit reentry={t.IsReentry}"));
        builder.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);

        Assert.Equal(["exit reentry=True", "transitioned A->A", "enter reentry=True"], log);
    }

    [Fact]
    public void Fire_ReentryOfSubstate_DoesNotExitTheSuperstate()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).OnEntry(() => log.Add("enter Parent")).OnExit(() => log.Add("exit Parent"));
        builder.Configure(S.Child).SubstateOf(S.Parent).PermitReentry(T.X).OnEntry(() => log.Add("enter Child")).OnExit(() => log.Add("exit Child"));
        var machine = builder.Build().CreateInstance(S.Child);

        machine.Fire(T.X);

        Assert.Equal(["exit Child", "enter Child"], log);
    }

    [Fact]
    public void Fire_InternalTransition_RunsActionWithoutExitEntryOrEvents()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.Connected)
            .InternalTransition(Call.MuteMicrophone, t => log.Add($"muted internal={t.IsInternal} {t.Source}->{t.Destination}"))
            .OnEntry(() => log.Add("enter"))
            .OnExit(() => log.Add("exit"));
        builder.OnTransitioned(_ => log.Add("transitioned"));
        var machine = builder.Build().CreateInstance(Phone.Connected);

        machine.Fire(Call.MuteMicrophone);

        Assert.Equal(["muted internal=True Connected->Connected"], log);
        Assert.Equal(Phone.Connected, machine.State);
    }

    [Fact]
    public void Fire_InternalTransitionOnSuperstate_KeepsTheSubstate()
    {
        var count = 0;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).InternalTransition(T.X, _ => count++);
        builder.Configure(S.Child).SubstateOf(S.Parent);
        var machine = builder.Build().CreateInstance(S.Child);

        machine.Fire(T.X);

        Assert.Equal(1, count);
        Assert.Equal(S.Child, machine.State);
    }

    [Fact]
    public void Fire_Ignored_DoesNothing()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Ignore(T.X).OnExit(() => log.Add("exit"));
        builder.OnTransitioned(_ => log.Add("transitioned"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);

        Assert.Empty(log);
        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void Fire_IgnoreIfGuardNotMet_FallsThroughToUnhandled()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).IgnoreIf(T.X, () => false, "quiet hours");
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<TriggerNotPermittedException>(() => machine.Fire(T.X));

        Assert.Equal(["quiet hours"], error.UnmetGuards);
    }

    [Fact]
    public void Fire_Dynamic_ChoosesDestinationWhenFired()
    {
        var next = S.B;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitDynamic(T.X, () => next, "route by region", S.B, S.C);
        builder.Configure(S.B).Permit(T.Y, S.A);
        builder.Configure(S.C).Permit(T.Y, S.A);
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);
        var first = machine.State;
        machine.Fire(T.Y);
        next = S.C;
        machine.Fire(T.X);

        Assert.Equal(S.B, first);
        Assert.Equal(S.C, machine.State);
    }

    [Fact]
    public void Fire_DynamicToSameState_IsReentry()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitDynamic(T.X, () => S.A).OnEntry(t => log.Add($"enter reentry={t.IsReentry}")).OnExit(() => log.Add("exit"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);

        Assert.Equal(["exit", "enter reentry=True"], log);
    }

    [Fact]
    public void Fire_DynamicFromParameter_UsesTheArgument()
    {
        var builder = new StateMachineBuilder<S, T>();
        var assign = builder.SetTriggerParameters<int>(T.X);
        builder.Configure(S.A).PermitDynamic(assign, amount => amount > 100 ? S.C : S.B, "by amount");
        var definition = builder.Build();
        var small = definition.CreateInstance(S.A);
        var large = definition.CreateInstance(S.A);

        small.Fire(assign, 5);
        large.Fire(assign, 500);

        Assert.Equal(S.B, small.State);
        Assert.Equal(S.C, large.State);
    }

    [Fact]
    public void Fire_ParameterizedTriggers_PassTypedArgumentsToGuardsAndEntryActions()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        var one = builder.SetTriggerParameters<string>(T.X);
        var two = builder.SetTriggerParameters<string, int>(T.Y);
        var three = builder.SetTriggerParameters<string, int, bool>(T.Z);
        builder.Configure(S.A).PermitIf(one, S.B, who => who.Length > 0, "assignee given");
        builder.Configure(S.B).OnEntryFrom(one, who => log.Add("assigned to " + who)).PermitIf(two, S.C, (who, days) => days < 30, "within 30 days");
        builder.Configure(S.C).OnEntryFrom(two, (who, days, t) => log.Add($"{who} {days} via {t.Trigger} {t.Parameters.Count}")).PermitIf(three, S.A, (who, days, urgent) => urgent, "urgent");
        builder.Configure(S.A).OnEntryFrom(three, (who, days, urgent) => log.Add($"back {who} {days} {urgent}"));
        var machine = builder.Build().CreateInstance(S.A);

        Assert.False(machine.CanFire(one, string.Empty, out var unmet));
        Assert.Equal(["assignee given"], unmet);
        machine.Fire(one, "li.lei");
        Assert.False(machine.CanFire(two, "x", 40, out _));
        machine.Fire(two, "han.meimei", 3);
        machine.Fire(three, "wang", 7, true);

        Assert.Equal(["assigned to li.lei", "han.meimei 3 via Y 2", "back wang 7 True"], log);
        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void Fire_ParameterizedTriggerWithoutArguments_ThrowsWrongArguments()
    {
        var builder = new StateMachineBuilder<S, T>();
        var assign = builder.SetTriggerParameters<string, int>(T.X);
        builder.Configure(S.A).PermitIf(assign, S.B, (_, _) => true);
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<FormworkException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0104", error.Code);
        Assert.Equal("error FWW0104: Trigger 'X' takes parameters (String, Int32) but was fired with ().", error.Message);
    }

    [Fact]
    public void Fire_InternalTransitionWithParameter_GetsTheArgument()
    {
        var total = 0;
        var builder = new StateMachineBuilder<S, T>();
        var add = builder.SetTriggerParameters<int>(T.X);
        builder.Configure(S.A).InternalTransition(add, (amount, _) => total += amount);
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(add, 3);
        machine.Fire(add, 4);

        Assert.Equal(7, total);
    }

    [Fact]
    public void Fire_OnEntryFrom_RunsOnlyForThatTrigger()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B).Permit(T.Y, S.B);
        builder.Configure(S.B).OnEntryFrom(T.X, () => log.Add("from X")).OnEntry(() => log.Add("any")).Permit(T.Z, S.A);
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.Y);
        machine.Fire(T.Z);
        machine.Fire(T.X);

        Assert.Equal(["any", "from X", "any"], log);
    }

    [Fact]
    public void Fire_InitialTransition_MovesIntoTheSubstateAndRaisesCompletedWithFinalState()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.Parent);
        builder.Configure(S.Parent).InitialTransition(S.Child).OnEntry(() => log.Add("enter Parent"));
        builder.Configure(S.Child).SubstateOf(S.Parent).OnEntry(t => log.Add($"enter Child initial={t.IsInitial}"));
        builder.OnTransitioned(t => log.Add($"transitioned {t.Source}->{t.Destination}"));
        builder.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));
        var machine = builder.Build().CreateInstance(S.A);

        machine.Fire(T.X);

        Assert.Equal(S.Child, machine.State);
        Assert.Equal(["transitioned A->Parent", "enter Parent", "transitioned Parent->Child", "enter Child initial=True", "completed A->Child"], log);
    }

    [Fact]
    public void Fire_QueuedMode_TriggerFromEntryActionRunsAfterTheTransitionCompletes()
    {
        var log = new List<string>();
        var machine = FireFromEntryMachine(FiringMode.Queued, log);

        machine.Fire(T.X);

        Assert.Equal(["enter B", "after fire in B, state B", "completed A->B", "enter C", "completed B->C"], log);
        Assert.Equal(S.C, machine.State);
    }

    [Fact]
    public void Fire_ImmediateMode_TriggerFromEntryActionRunsAtOnce()
    {
        var log = new List<string>();
        var machine = FireFromEntryMachine(FiringMode.Immediate, log);

        machine.Fire(T.X);

        Assert.Equal(["enter B", "enter C", "completed B->C", "after fire in B, state C", "completed A->B"], log);
        Assert.Equal(S.C, machine.State);
    }

    // A→B on X; entering B fires Y (B→C) from inside the entry action; every step is logged.
    private static StateMachine<S, T> FireFromEntryMachine(FiringMode mode, List<string> log)
    {
        var builder = new StateMachineBuilder<S, T> { FiringMode = mode };
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntry(t =>
        {
            log.Add("enter B");
            t.Machine.Fire(T.Y);
            log.Add("after fire in B, state " + t.Machine.State);
        }).Permit(T.Y, S.C);
        builder.Configure(S.C).OnEntry(() => log.Add("enter C"));
        builder.OnTransitionCompleted(t => log.Add($"completed {t.Source}->{t.Destination}"));
        return builder.Build().CreateInstance(S.A);
    }

    [Fact]
    public void Fire_QueuedEndlessLoop_StopsWithClearError()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B).OnEntry(t => t.Machine.Fire(T.X));
        builder.Configure(S.B).Permit(T.X, S.A).OnEntry(t => t.Machine.Fire(T.X));
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<FormworkException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0106", error.Code);
        Assert.Equal("error FWW0106: Firing 'X' processed 10000 queued triggers without coming to rest (last state 'B'); actions probably fire triggers in an endless loop.", error.Message);
        Assert.Equal(S.B, machine.State);
    }

    [Fact]
    public void Fire_ImmediateEndlessLoop_StopsWithClearErrorInsteadOfStackOverflow()
    {
        var builder = new StateMachineBuilder<S, T> { FiringMode = FiringMode.Immediate };
        builder.Configure(S.A).Permit(T.X, S.B).OnEntry(t => t.Machine.Fire(T.X));
        builder.Configure(S.B).Permit(T.X, S.A).OnEntry(t => t.Machine.Fire(T.X));
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<FormworkException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0107", error.Code);
    }

    [Fact]
    public void Fire_ActionThrows_ExceptionPropagatesAndInstanceStaysUsable()
    {
        var fail = true;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntry(() =>
        {
            if (fail)
            {
                throw new InvalidOperationException("boom");
            }
        }).Permit(T.Y, S.A);
        var machine = builder.Build().CreateInstance(S.A);

        Assert.Throws<InvalidOperationException>(() => machine.Fire(T.X));
        fail = false;
        machine.Fire(T.Y);

        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public void CreateInstance_StateAccessorAndMutator_ReadsAndWritesTheEntityField()
    {
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.OffHook).Permit(Call.CallDialled, Phone.Ringing);
        builder.Configure(Phone.Ringing).Permit(Call.HungUp, Phone.OffHook);
        var definition = builder.Build();
        var entity = new Entity { Status = Phone.OffHook };
        var machine = definition.CreateInstance(() => entity.Status, s => entity.Status = s, entity);

        machine.Fire(Call.CallDialled);
        entity.Status = Phone.OffHook;
        machine.Fire(Call.CallDialled);

        Assert.Equal(Phone.Ringing, entity.Status);
        Assert.Same(entity, machine.Context);
        Assert.Same(definition, machine.Definition);
    }

    [Fact]
    public void CreateInstance_ManyInstancesOfOneDefinition_AreIndependent()
    {
        var builder = new StateMachineBuilder<Phone, Call>();
        builder.Configure(Phone.OffHook).Permit(Call.CallDialled, Phone.Ringing);
        var definition = builder.Build();
        var first = definition.CreateInstance(Phone.OffHook);
        var second = definition.CreateInstance(Phone.OffHook);

        first.Fire(Call.CallDialled);

        Assert.Equal(Phone.Ringing, first.State);
        Assert.Equal(Phone.OffHook, second.State);
    }

    [Fact]
    public void Fire_UnconfiguredCurrentState_ThrowsNotPermitted()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        var machine = builder.Build().CreateInstance(S.Other);

        var error = Assert.Throws<TriggerNotPermittedException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0101", error.Code);
        Assert.False(machine.IsInState(S.A));
        Assert.True(machine.IsInState(S.Other));
    }

    [Fact]
    public void Activate_InSubstate_RunsSuperstateFirstAndOnlyOnce()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.Parent).OnActivate(() => log.Add("activate Parent")).OnDeactivate(() => log.Add("deactivate Parent"));
        builder.Configure(S.Child).SubstateOf(S.Parent).OnActivate(() => log.Add("activate Child")).OnDeactivate(() => log.Add("deactivate Child"));
        var machine = builder.Build().CreateInstance(S.Child);

        machine.Activate();
        machine.Activate();
        Assert.True(machine.IsActive);
        machine.Deactivate();
        machine.Deactivate();

        Assert.Equal(["activate Parent", "activate Child", "deactivate Child", "deactivate Parent"], log);
        Assert.False(machine.IsActive);
    }

    [Fact]
    public void Fire_StringStatesAndTriggers_WorkThroughTheDictionaryPath()
    {
        var builder = new StateMachineBuilder<string, string>();
        builder.Configure("草稿").Permit("提交", "审批中");
        builder.Configure("审批中").Permit("通过", "已通过");
        var machine = builder.Build().CreateInstance("草稿");

        machine.Fire("提交");
        machine.Fire("通过");

        Assert.Equal("已通过", machine.State);
        Assert.Equal("StateMachine { State = 已通过 }", machine.ToString());
    }

    private sealed class Entity
    {
        public Phone Status { get; set; }
    }
}
