using System.Collections.Generic;
using System.Linq;
using Formwork.Testing;
using Formwork.Workflow.StateMachines;
using static Formwork.Workflow.Tests.StateMachines.ContractApproval;

namespace Formwork.Workflow.Tests.StateMachines;

public class StateMachineDefinitionTests
{
    [Fact]
    public void ContractApproval_LargeAmount_GoesThroughDirector()
    {
        var log = new List<string>();
        var definition = ContractApproval.Build(log, out var approve, out var comment);
        var machine = definition.CreateInstance(Status.Draft, "HT-2026-001");

        machine.Fire(Action.Submit);
        Assert.Equal(Status.ManagerReview, machine.State);
        machine.Fire(comment, "please attach the quote");
        machine.Fire(approve, "manager", 80_000m);
        Assert.Equal(Status.DirectorReview, machine.State);
        Assert.False(machine.CanFire(approve, "manager", 80_000m, out var unmet));
        Assert.Equal(["approver is the director"], unmet);
        machine.Fire(approve, "director", 80_000m);

        Assert.Equal(Status.Approved, machine.State);
        Assert.False(machine.IsInState(Status.InReview));
        Assert.Equal(["lock the form", "comment: please attach the quote", "publish ERP event for HT-2026-001"], log);
    }

    [Fact]
    public void ContractApproval_SmallAmount_ApprovedByManager()
    {
        var definition = ContractApproval.Build([], out var approve, out _);
        var machine = definition.CreateInstance(Status.ManagerReview);

        Assert.Equal([Action.Withdraw, Action.Reject, Action.Comment, Action.Approve], machine.PermittedTriggers);
        machine.Fire(approve, "manager", 1_000m);

        Assert.Equal(Status.Approved, machine.State);
    }

    [Fact]
    public void GetInfo_ContractApproval_DescribesHierarchyTransitionsGuardsAndActions()
    {
        var info = ContractApproval.Build([]).GetInfo();

        var draft = info.States.Single(s => Equals(s.UnderlyingState, Status.Draft));
        var review = info.States.Single(s => Equals(s.UnderlyingState, Status.InReview));
        var manager = info.States.Single(s => Equals(s.UnderlyingState, Status.ManagerReview));
        Assert.Equal(typeof(Status), info.StateType);
        Assert.Equal(["form is valid"], draft.Transitions.Single().GuardDescriptions);
        Assert.Equal(["lock the form"], draft.ExitActions.Select(a => a.Description));
        Assert.Equal(Status.ManagerReview, review.InitialTransitionTarget);
        Assert.Equal([Status.ManagerReview, Status.DirectorReview], review.Substates.Cast<Status>());
        Assert.Equal(Status.InReview, manager.Superstate);
        var dynamic = manager.Transitions.Single();
        Assert.Equal(TransitionKind.Dynamic, dynamic.Kind);
        Assert.Equal([typeof(string), typeof(decimal)], dynamic.ParameterTypes);
        Assert.Equal([Status.DirectorReview, Status.Approved], dynamic.PossibleDestinations.Cast<Status>());
        Assert.Equal("by amount", dynamic.Description);
        Assert.Equal(TransitionKind.Internal, review.Transitions.Single(t => Equals(t.Trigger, Action.Comment)).Kind);
    }

    [Fact]
    public void ToMermaidGraph_ContractApproval_MatchesSnapshot() =>
        Snapshot.Match(ContractApproval.Build([]).ToMermaidGraph(Status.Draft), "ContractApproval", "mmd");

    [Fact]
    public void ToDotGraph_ContractApproval_MatchesSnapshot() =>
        Snapshot.Match(ContractApproval.Build([]).ToDotGraph(Status.Draft), "ContractApproval", "dot");

    [Fact]
    public void ToMermaidGraph_StatesThatAreNotIdentifiers_AreDeclaredWithLabels()
    {
        var builder = new StateMachineBuilder<string, string>();
        builder.Configure("待审批").Permit("通过: 直接", "已通过");

        var graph = builder.Build().ToMermaidGraph();

        Assert.Equal("stateDiagram-v2\n    state \"待审批\" as s0\n    state \"已通过\" as s1\n    s0 --> s1 : 通过#58; 直接\n", graph);
    }
}
