using System;
using System.Linq;
using System.Threading.Tasks;
using Formwork.Diagnostics;
using Formwork.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Formwork.Expressions.Tests;

public class FormulaTests
{
    [Fact]
    public void Evaluate_BySlot_UsesScopeSlots()
    {
        var scope = new FormulaScope().AddField("quantity", ValueKind.Number).AddField("unitPrice", ValueKind.Number);
        var formula = new FormulaCompiler().CompileOrThrow("quantity * unitPrice", scope);
        Assert.Equal(0, scope.Entries[0].Slot);
        Assert.Equal(1, scope.Entries[1].Slot);
        Assert.Equal(7.5m, formula.Evaluate([3, 2.5m]).AsNumber());
    }

    [Fact]
    public void Evaluate_TooFewSlots_Throws() =>
        Assert.Throws<ArgumentException>(() => new FormulaCompiler().CompileOrThrow("a", new FormulaScope().AddField("a", ValueKind.Number)).Evaluate(ReadOnlySpan<Value>.Empty));

    [Fact]
    public void Evaluate_NumericAndBooleanFormulas_DoNotAllocate()
    {
        var scope = new FormulaScope().AddField("quantity", ValueKind.Number).AddField("unitPrice", ValueKind.Number)
            .AddField("discount", ValueKind.Number).AddField("amount", ValueKind.Number).AddField("level", ValueKind.Text);
        var compiler = new FormulaCompiler();
        var numeric = compiler.CompileOrThrow("quantity * unitPrice * (1 - discount)", scope);
        var condition = compiler.CompileOrThrow("IF(AND(amount > 100000, level = \"VIP\"), \"urgent\", \"normal\")", scope);
        var aggregate = compiler.CompileOrThrow("ROUND(SUM(quantity, unitPrice) / MAX(discount, 1), 2) >= 1 OR NOT(ISBLANK(level))", scope);
        Value[] slots = [3, 2.5m, 0.1m, 200000, "vip"];

        // Warm up past the one-time costs, including compiling the fast lane after its first evaluations.
        for (var i = 0; i < 100; i++)
        {
            numeric.Evaluate(slots);
            condition.Evaluate(slots);
            aggregate.Evaluate(slots);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            numeric.Evaluate(slots);
            condition.Evaluate(slots);
            aggregate.Evaluate(slots);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal("urgent", condition.Evaluate(slots).AsText());
    }

    [Fact]
    public void Evaluate_ManyThreads_SameResults()
    {
        var formula = FormulaAssert.Compiler.CompileOrThrow("SUMIF(lines.status, \"done\", lines.amount) * quantity & customer.level", FormulaAssert.Scope());
        var slots = FormulaAssert.Scope().ToSlots(FormulaAssert.Data());
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            for (var n = 0; n < 200; n++)
            {
                results[i] = formula.Evaluate(slots).AsText();
            }
        });
        Assert.All(results, r => Assert.Equal("21VIP", r));
    }

    [Fact]
    public void Evaluate_RelatedRecordReference_UsesResolver()
    {
        var scope = new FormulaScope().AddRecord("customer", new FormulaScope().AddField("level", ValueKind.Text));
        var formula = new FormulaCompiler().CompileOrThrow("customer.level = \"VIP\"", scope);
        var reference = new RecordReference("customers", "c-1");
        var context = new FormulaContext(recordResolver: r => r.RecordId == "c-1" ? new RecordData().Set("level", "vip") : null);
        Assert.True(formula.Evaluate([Value.FromReference(reference)], context).AsBoolean());
        Assert.False(formula.Evaluate([Value.FromReference(new RecordReference("customers", "c-2"))], context).AsBoolean());
        Assert.False(formula.Evaluate([Value.Blank]).AsBoolean());
    }

    [Fact]
    public void Evaluate_PathThroughTwoRelatedRecords_ReadsTheNestedField()
    {
        var company = new FormulaScope().AddField("level", ValueKind.Text).AddField("credit", ValueKind.Number);
        var scope = new FormulaScope().AddRecord("customer", new FormulaScope().AddField("name", ValueKind.Text).AddRecord("company", company));
        var formula = new FormulaCompiler().CompileOrThrow("IF(customer.company.level = \"VIP\", customer.company.credit * 2, 0)", scope);
        Assert.Equal(["customer.company.credit", "customer.company.level"], formula.Dependencies);

        var asTables = Value.FromTable([new RecordData().Set("name", "ACME").Set("company", Value.FromTable([new RecordData().Set("level", "vip").Set("credit", 500)]))]);
        Assert.Equal(Value.FromNumber(1000m), formula.Evaluate([asTables]));

        var reference = new RecordReference("companies", "co-1");
        var context = new FormulaContext(recordResolver: r => r.RecordId == "co-1" ? new RecordData().Set("level", "VIP").Set("credit", 7) : null);
        var throughReference = Value.FromTable([new RecordData().Set("company", Value.FromReference(reference))]);
        Assert.Equal(Value.FromNumber(14m), formula.Evaluate([throughReference], context));
        Assert.Equal(Value.FromNumber(0m), formula.Evaluate([Value.FromTable([new RecordData()])]));
        Assert.Equal(Value.FromNumber(0m), formula.Evaluate([Value.Blank]));
        Assert.Equal(Value.FromError(ValueError.Value), formula.Evaluate([Value.FromTable([new RecordData().Set("company", 3)])]));
    }

    [Theory]
    [InlineData("customer.name.x", "FWE0109", "'customer.name' at 1:1 is a plain field, not a subform or related record, so 'customer.name.x' does not exist.")]
    [InlineData("customer.company.rank", "FWE0108", "'customer.company' has no field 'rank' (at 1:1).")]
    [InlineData("customer.lines.amount", "FWE0112", "'customer.lines.amount' at 1:1 goes deeper than a subform column: write subform.column, record.field or record.relation.field.")]
    public void Compile_BadPathThroughRelatedRecords_ReportsIt(string text, string code, string message)
    {
        var customer = new FormulaScope().AddField("name", ValueKind.Text)
            .AddRecord("company", new FormulaScope().AddField("level", ValueKind.Text))
            .AddTable("lines", new FormulaScope().AddField("amount", ValueKind.Number));
        var result = new FormulaCompiler().Compile(text, new FormulaScope().AddRecord("customer", customer));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Evaluate_Today_ReadsClockInTimeZone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 14, 20, 0, 0, TimeSpan.Zero));
        var formula = new FormulaCompiler(new FormulaOptions { TimeZoneId = "Asia/Shanghai" }).CompileOrThrow("TODAY()", new FormulaScope());
        Assert.Equal(new DateOnly(2026, 1, 15), formula.Evaluate(ReadOnlySpan<Value>.Empty, new FormulaContext(clock)).AsDate());
        Assert.Equal(new DateOnly(2026, 1, 14), formula.Evaluate(ReadOnlySpan<Value>.Empty, new FormulaContext(clock, TimeZoneInfo.Utc)).AsDate());
    }

    [Theory]
    [InlineData("quantity * 2", ValueKind.Number)]
    [InlineData("quantity > 2", ValueKind.Boolean)]
    [InlineData("name & 1", ValueKind.Text)]
    [InlineData("TODAY()", ValueKind.Date)]
    [InlineData("IF(quantity > 1, 1, 2)", ValueKind.Number)]
    [InlineData("IF(quantity > 1, 1, \"x\")", null)]
    [InlineData("start + 1", null)]
    public void ResultKind_IsInferred(string text, ValueKind? expected) =>
        Assert.Equal(expected, FormulaAssert.Compiler.CompileOrThrow(text, FormulaAssert.Scope()).ResultKind);

    [Theory]
    [InlineData("quantity > 2", true)]
    [InlineData("quantity", true)]
    [InlineData("empty", false)]
    [InlineData("1/0", false)]
    [InlineData("name", false)]
    public void IsTrue_ReadsConditions(string text, bool expected)
    {
        var formula = FormulaAssert.Compiler.CompileOrThrow(text, FormulaAssert.Scope());
        Assert.Equal(expected, formula.IsTrue(FormulaAssert.Scope().ToSlots(FormulaAssert.Data())));
    }

    [Fact]
    public void HostFunction_IsCalledWithEvaluatedArguments()
    {
        var options = new FormulaOptions();
        options.Functions.Add(new FormulaFunction("TAXRATE", 1, 1, ValueKind.Number, (args, _) => args[0].ToString() == "VIP" ? 0.06m : 0.13m));
        var compiler = new FormulaCompiler(options);
        var scope = new FormulaScope().AddField("level", ValueKind.Text);
        var formula = compiler.CompileOrThrow("100 * taxrate(level)", scope);
        Assert.Equal(6m, formula.Evaluate(["VIP"]).AsNumber());
        Assert.Equal(ValueKind.Number, formula.ResultKind);
        Assert.Equal(ValueError.DivideByZero, formula.Evaluate([Value.FromError(ValueError.DivideByZero)]).AsError());
        Assert.Equal("FWE0105", compiler.Compile("TAXRATE()", scope).Diagnostics[0].Code);
        Assert.Equal("Unknown function 'TAXRAT' at 1:1 — did you mean TAXRATE?", compiler.Compile("TAXRAT(1)", scope).Diagnostics[0].Message);
    }

    [Fact]
    public void HostFunction_ThatThrows_GivesValueError()
    {
        var options = new FormulaOptions();
        options.Functions.Add(new FormulaFunction("BROKEN", 0, 0, null, (_, _) => throw new InvalidOperationException("boom")));
        Assert.Equal(ValueError.Value, new FormulaCompiler(options).CompileOrThrow("BROKEN()", new FormulaScope()).Evaluate(ReadOnlySpan<Value>.Empty).AsError());
    }

    [Theory]
    [InlineData("SUM")]
    [InlineData("sum")]
    public void FunctionRegistry_BuiltinName_IsRefused(string name)
    {
        var registry = new FormulaFunctionRegistry();
        Assert.Throws<ArgumentException>(() => registry.Add(new FormulaFunction(name, 0, 0, null, (_, _) => default)));
    }

    [Theory]
    [InlineData("1X")]
    [InlineData("A-B")]
    public void FormulaFunction_BadName_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new FormulaFunction(name, 0, 0, null, (_, _) => default));

    [Theory]
    [InlineData(0, 64, "UTC", "MaxLength")]
    [InlineData(100, 0, "UTC", "MaxDepth")]
    [InlineData(100, 1000, "UTC", "MaxDepth")]
    [InlineData(100, 64, "Mars/Olympus", "TimeZoneId")]
    public void Options_Invalid_AreRefused(int maxLength, int maxDepth, string zone, string option)
    {
        var ex = Assert.Throws<FormworkException>(() => new FormulaCompiler(new FormulaOptions { MaxLength = maxLength, MaxDepth = maxDepth, TimeZoneId = zone }));
        Assert.Equal("FWE0901", ex.Code);
        Assert.Contains(option, ex.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_ComeFromConstants()
    {
        var options = new FormulaOptions();
        Assert.Equal(FormulaConstants.DefaultMaxLength, options.MaxLength);
        Assert.Equal(FormulaConstants.DefaultMaxDepth, options.MaxDepth);
        Assert.Equal(FormulaConstants.DefaultTimeZoneId, options.TimeZoneId);
        Assert.Empty(options.Functions.Functions);
    }

    [Fact]
    public void Scope_DuplicateName_IsRefusedCaseInsensitively() =>
        Assert.Throws<ArgumentException>(() => new FormulaScope().AddField("Amount", ValueKind.Number).AddField("amount", ValueKind.Number));

    [Fact]
    public void Compile_NamesAreCaseInsensitive()
    {
        var formula = FormulaAssert.Compiler.CompileOrThrow("QUANTITY * sum(LINES.Amount)", FormulaAssert.Scope());
        Assert.Equal(30m, formula.Evaluate(FormulaAssert.Data()).AsNumber());
        Assert.Equal(["lines.amount", "quantity"], formula.Dependencies);
    }

    [Fact]
    public void AddExpressions_RegistersCompilerWithFormworkTimeZone()
    {
        var services = new ServiceCollection();
        services.AddFormwork(b => b.Configure(o => o.TimeZoneId = "Asia/Shanghai").AddExpressions(o => o.MaxDepth = 10).AddExpressions());
        using var provider = services.BuildServiceProvider();
        var compiler = provider.GetRequiredService<FormulaCompiler>();
        Assert.Equal("Asia/Shanghai", compiler.Options.TimeZoneId);
        Assert.Equal(10, compiler.Options.MaxDepth);
        Assert.Same(compiler, provider.GetRequiredService<FormulaCompiler>());
        Assert.NotNull(provider.GetRequiredService<FormulaContext>());
    }

    [Fact]
    public void Diagnostics_HaveSpansForEveryError()
    {
        var diagnostics = FormulaAssert.Compiler.Compile("SUMM(1) + quantty", FormulaAssert.Scope()).Diagnostics;
        Assert.Equal([new SourceSpan(0, 4, 1, 1), new SourceSpan(10, 7, 1, 11)], diagnostics.Select(d => d.Span!.Value));
    }
}
