using System.Linq;
using Formwork.Diagnostics;
using Formwork.Workflow.StateMachines;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachineBuilderTests
{
    private enum S
    {
        A,
        B,
        C,
        D,
    }

    private enum T
    {
        X,
        Y,
    }

    [Fact]
    public void Build_StateIsItsOwnSuperstate_ThrowsFww0001()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).SubstateOf(S.A);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0001", error.Code);
        Assert.Equal("error FWW0001 at states['A']: State 'A' cannot be a substate of itself.", error.Message);
        Assert.Equal("状态“A”不能是它自己的子状态。", error.Diagnostics[0].MessageChinese);
    }

    [Fact]
    public void Build_CycleOfSubstates_ThrowsFww0002NamingTheCycle()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).SubstateOf(S.B);
        builder.Configure(S.B).SubstateOf(S.C);
        builder.Configure(S.C).SubstateOf(S.A);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0002", error.Code);
        Assert.Single(error.Diagnostics);
        Assert.Equal("The substates form a cycle: 'A' -> 'B' -> 'C' -> 'A'.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_TwoSuperstates_ThrowsFww0003()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).SubstateOf(S.B).SubstateOf(S.C);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0003", error.Code);
        Assert.Equal("State 'A' is configured as a substate of both 'B' and 'C'; a state has at most one superstate.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_TwoPermitsWithoutGuards_ThrowsFww0004()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B).Permit(T.X, S.C).Ignore(T.X);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0004", error.Code);
        Assert.Equal("State 'A' has 3 behaviours without guards for trigger 'X' (Permit to 'B', Permit to 'C', Ignore); at most one is allowed, add guards that exclude each other.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_GuardedPermitsForOneTrigger_Builds()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(T.X, S.B, () => true).Permit(T.X, S.C);

        var definition = builder.Build();

        Assert.Equal([S.A, S.B, S.C], definition.States);
    }

    [Fact]
    public void Build_InitialTransitionToNonSubstate_ThrowsFww0005()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).InitialTransition(S.B);
        builder.Configure(S.C).SubstateOf(S.A);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0005", error.Code);
        Assert.Equal("The initial transition of state 'A' goes to 'B', which is not a substate of 'A'.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_TwoInitialTransitions_ThrowsFww0006()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).InitialTransition(S.B).InitialTransition(S.C);
        builder.Configure(S.B).SubstateOf(S.A);
        builder.Configure(S.C).SubstateOf(S.A);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0006", error.Code);
    }

    [Fact]
    public void Build_PermitToItself_ThrowsFww0007()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.A);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0007", error.Code);
        Assert.Equal("State 'A' permits trigger 'X' to itself; use PermitReentry to exit and re-enter, or Ignore / InternalTransition to stay without exiting.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_TriggerParametersDeclaredTwiceDifferently_ThrowsFww0008()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.SetTriggerParameters<int>(T.X);
        builder.SetTriggerParameters<string, int>(T.X);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0008", error.Code);
        Assert.Equal("Trigger 'X' is configured with parameters (Int32) and (String, Int32); a trigger has one parameter list.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_ParameterizedTriggerOfAnotherBuilder_ThrowsFww0009()
    {
        var other = new StateMachineBuilder<S, T>().SetTriggerParameters<int>(T.X);
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).PermitIf(other, S.B, amount => amount > 0);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal("FWW0009", error.Code);
        Assert.Equal("State 'A' uses trigger 'X' with parameters (Int32), but this builder declares no parameters for it; create parameterized triggers with SetTriggerParameters on the same builder.", error.Diagnostics[0].Message);
    }

    [Fact]
    public void Build_SeveralMistakes_ReportsEveryOne()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).SubstateOf(S.A).Permit(T.X, S.A);
        builder.Configure(S.B).Permit(T.Y, S.C).Permit(T.Y, S.D);

        var error = Assert.Throws<FormworkException>(builder.Build);

        Assert.Equal(["FWW0001", "FWW0007", "FWW0004"], error.Diagnostics.Select(d => d.Code));
        Assert.EndsWith("(and 2 more)", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChangingTheBuilderAfterwards_DoesNotChangeTheDefinition()
    {
        var builder = new StateMachineBuilder<S, T>();
        builder.Configure(S.A).Permit(T.X, S.B);
        var definition = builder.Build();

        builder.Configure(S.A).Permit(T.Y, S.C);
        var machine = definition.CreateInstance(S.A);

        Assert.False(machine.CanFire(T.Y));
        Assert.Single(definition.GetInfo().States[0].Transitions);
    }
}
