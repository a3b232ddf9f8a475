using System.Collections.Generic;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachineAsyncTests
{
    private enum S
    {
        A,
        B,
        C,
    }

    private enum T
    {
        X,
        Y,
    }

    [Fact]
    public async Task FireAsync_AsyncActions_AreAwaitedInOrder()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B).OnExitAsync(async _ =>
        {
            await Task.Yield();
            log.Add("exit A");
        });
        builder.Configure(S.B).OnEntryAsync(async t =>
        {
            await Task.Delay(1);
            log.Add("enter B from " + t.Source);
        }).OnEntry(() => log.Add("sync entry B"));
        builder.OnTransitionedAsync(async t =>
        {
            await Task.Yield();
            log.Add("transitioned");
        });
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(T.X);

        Assert.Equal(["exit A", "transitioned", "enter B from A", "sync entry B"], log);
        Assert.Equal(S.B, machine.State);
    }

    [Fact]
    public void Fire_MachineWithAsyncActions_ThrowsFww0105BeforeDoingAnything()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntryAsync(_ => Task.CompletedTask, "send notification");
        var machine = builder.Build().CreateInstance(S.A);

        var error = Assert.Throws<FormworkException>(() => machine.Fire(T.X));

        Assert.Equal("FWW0105", error.Code);
        Assert.Equal("error FWW0105: This state machine has asynchronous actions (such as 'send notification' of state 'B'); use FireAsync instead of Fire.", error.Message);
        Assert.Equal(S.A, machine.State);
        Assert.True(machine.Definition.HasAsyncActions);
    }

    [Fact]
    public async Task FireAsync_QueuedFromAsyncAction_RunsAfterTheTransition()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntryAsync(async t =>
        {
            await Task.Delay(1);
            await t.Machine.FireAsync(T.Y);
            log.Add("entry B done in " + t.Machine.State);
        }).Permit(T.Y, S.C);
        builder.Configure(S.C).OnEntry(() => log.Add("enter C"));
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(T.X);

        Assert.Equal(["entry B done in B", "enter C"], log);
        Assert.Equal(S.C, machine.State);
    }

    [Fact]
    public async Task FireAsync_ImmediateFromAsyncAction_RunsNested()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T> { FiringMode = FiringMode.Immediate };
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntryAsync(async t =>
        {
            await Task.Delay(1);
            await t.Machine.FireAsync(T.Y);
            log.Add("entry B done in " + t.Machine.State);
        }).Permit(T.Y, S.C);
        builder.Configure(S.C).OnEntry(() => log.Add("enter C"));
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(T.X);

        Assert.Equal(["enter C", "entry B done in C"], log);
    }

    [Fact]
    public async Task FireAsync_ParameterizedAsyncEntry_GetsTheArgument()
    {
        var seen = string.Empty;
        var builder = new StateMachineBuilder<S, T>();
        var assign = builder.SetTriggerParameters<string>(T.X);
        builder.Configure(S.A).Permit(T.X, S.B);
        builder.Configure(S.B).OnEntryFromAsync(assign, async (who, _) =>
        {
            await Task.Yield();
            seen = who;
        });
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(assign, "zhang.san");

        Assert.Equal("zhang.san", seen);
    }

    [Fact]
    public async Task FireAsync_NotPermitted_FaultsTheTask()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        var machine = builder.Build().CreateInstance(S.A);

        var error = await Assert.ThrowsAsync<TriggerNotPermittedException>(() => machine.FireAsync(T.Y));

        Assert.Equal("FWW0101", error.Code);
    }

    [Fact]
    public async Task FireAsync_SyncOnlyMachine_CompletesSynchronously()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        var machine = builder.Build().CreateInstance(S.A);

        var task = machine.FireAsync(T.X);

        Assert.True(task.IsCompletedSuccessfully);
        await task;
        Assert.Equal(S.B, machine.State);
    }

    [Fact]
    public async Task ActivateAsync_AsyncActions_RunOutermostFirst()
    {
        var log = new List<string>();
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).OnActivateAsync(async () =>
        {
            await Task.Yield();
            log.Add("activate A");
        }).OnDeactivateAsync(async () =>
        {
            await Task.Yield();
            log.Add("deactivate A");
        });
        builder.Configure(S.B).SubstateOf(S.A).OnActivate(() => log.Add("activate B")).OnDeactivate(() => log.Add("deactivate B"));
        var machine = builder.Build().CreateInstance(S.B);

        await machine.ActivateAsync();
        await machine.DeactivateAsync();

        Assert.Equal(["activate A", "activate B", "deactivate B", "deactivate A"], log);
    }

    [Fact]
    public async Task InternalTransitionAsync_RunsWithoutStateChange()
    {
        var count = 0;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).InternalTransitionAsync(T.X, async _ =>
        {
            await Task.Yield();
            count++;
        });
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(T.X);
        await machine.FireAsync(T.X);

        Assert.Equal(2, count);
        Assert.Equal(S.A, machine.State);
    }

    [Fact]
    public async Task OnUnhandledTriggerAsync_Configured_IsAwaited()
    {
        var reported = string.Empty;
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(T.X, S.B, () => false, "closed");
        builder.OnUnhandledTriggerAsync(async (state, trigger, guards) =>
        {
            await Task.Yield();
            reported = $"{state} {trigger} {string.Join(",", guards)}";
        });
        var machine = builder.Build().CreateInstance(S.A);

        await machine.FireAsync(T.X);

        Assert.Equal("A X closed", reported);
    }
}
