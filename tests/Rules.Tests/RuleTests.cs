using System;
using System.Linq;
using Formwork.Diagnostics;
using Formwork.Rules.Tests.Fixtures;

namespace Formwork.Rules.Tests;

public sealed class RuleTests
{
    [Fact]
    public void ToDefinition_MatchWithAlias_BuildsPatternWithDeclarationAndConditions()
    {
        var definition = new VipRule().ToDefinition();

        Assert.Equal("VipOrder", definition.Name);
        Assert.Equal(10, definition.Priority);
        Assert.Equal(["vip"], definition.Tags);
        var pattern = Assert.IsType<PatternElement>(Assert.Single(definition.Conditions.Children));
        Assert.Equal("order", pattern.Declaration.Name);
        Assert.Equal(typeof(Order), pattern.FactType);
        Assert.Equal(["order.Amount > 100000", "order.Level == \"VIP\""], pattern.Conditions.Select(c => c.Text));
        Assert.Single(definition.Actions);
    }

    [Fact]
    public void ToDefinition_JoinCondition_ReferencesEarlierDeclaration()
    {
        var definition = new JoinRule().ToDefinition();
        var ticket = (PatternElement)definition.Conditions.Children[1];

        var condition = Assert.Single(ticket.Conditions);
        Assert.Equal(["ticket", "customer"], condition.Parameters.Select(p => p.Name));
        Assert.Equal("ticket.CustomerId == customer.Id", condition.Text);
    }

    [Fact]
    public void ToDefinition_CapturedLocal_IsFoldedIntoConstant()
    {
        var definition = new ThresholdRule(5000m).ToDefinition();
        var pattern = (PatternElement)definition.Conditions.Children[0];

        Assert.Equal("order.Amount > 5000", Assert.Single(pattern.Conditions).Text);
    }

    [Fact]
    public void ToDefinition_NoActions_ThrowsFwu0003()
    {
        var error = Assert.Throws<FormworkException>(() => new NoActionRule().ToDefinition());

        Assert.Equal("FWU0003", error.Code);
        Assert.Equal("Rule 'NoActionRule' has no actions: add Then().Do(...).", error.Diagnostics[0].Message);
        Assert.Equal("规则“NoActionRule”没有动作：请添加 Then().Do(...)。", error.Diagnostics[0].MessageChinese);
    }

    [Fact]
    public void ToDefinition_AliasNotALocal_ThrowsFwu0001()
    {
        var error = Assert.Throws<FormworkException>(() => new BadAliasRule().ToDefinition());

        Assert.Equal("FWU0001", error.Code);
    }

    [Fact]
    public void Accept_Visitor_SeesEveryConditionAndAction()
    {
        var visitor = new CountingVisitor();

        new JoinRule().ToDefinition().Accept(visitor);

        Assert.Equal(2, visitor.Conditions);
        Assert.Equal(1, visitor.Actions);
    }

    [Fact]
    public void When_OutsideDefine_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new OutsideRule().Call());
    }

    private sealed class CountingVisitor : RuleElementVisitor
    {
        public int Conditions { get; private set; }

        public int Actions { get; private set; }

        public override void VisitCondition(ConditionElement condition) => Conditions++;

        public override void VisitAction(ActionElement action) => Actions++;
    }

    private sealed class VipRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            WithName("VipOrder");
            WithPriority(10);
            WithTags("vip");
            When().Match(() => order, o => o.Amount > 100000, o => o.Level == "VIP");
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class JoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Ticket ticket = null!;
            When()
                .Match(() => customer, c => c.Level == "VIP")
                .Match(() => ticket, t => t.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Update(ticket));
        }
    }

    private sealed class ThresholdRule(decimal threshold) : Rule
    {
        public override void Define()
        {
            Order order = null!;
            var limit = threshold;
            When().Match(() => order, o => o.Amount > limit);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class NoActionRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 1);
        }
    }

    private sealed class BadAliasRule : Rule
    {
        public override void Define()
        {
            When().Match(() => new Order(), o => o.Amount > 1);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class OutsideRule : Rule
    {
        public override void Define()
        {
        }

        public void Call() => When();
    }
}
