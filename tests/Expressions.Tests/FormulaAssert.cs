using System;
using System.Globalization;

namespace Formwork.Expressions.Tests;

/// <summary>Compiles and evaluates formulas against a small standard scope for the tests.</summary>
internal static class FormulaAssert
{
    public static readonly FormulaCompiler Compiler = new(new FormulaOptions { TimeZoneId = "Asia/Shanghai" });

    public static FormulaScope Scope()
    {
        var lines = new FormulaScope().AddField("amount", ValueKind.Number).AddField("status", ValueKind.Text).AddField("qty", ValueKind.Number);
        var customer = new FormulaScope().AddField("level", ValueKind.Text).AddField("credit", ValueKind.Number);
        return new FormulaScope()
            .AddField("quantity", ValueKind.Number)
            .AddField("unitPrice", ValueKind.Number)
            .AddField("discount", ValueKind.Number)
            .AddField("name", ValueKind.Text)
            .AddField("start", ValueKind.Date)
            .AddField("empty", ValueKind.Text)
            .AddField("数量", ValueKind.Number)
            .AddField("单价", ValueKind.Number)
            .AddField("unit price", ValueKind.Number)
            .AddField("tags", ValueKind.List)
            .AddTable("lines", lines)
            .AddRecord("customer", customer);
    }

    public static RecordData Data() => new RecordData()
        .Set("quantity", 3)
        .Set("unitPrice", 2.5m)
        .Set("discount", 0.1m)
        .Set("name", "Alice")
        .Set("start", new DateOnly(2024, 1, 31))
        .Set("数量", 4)
        .Set("单价", 1.25m)
        .Set("unit price", 7)
        .Set("tags", Value.FromList([Value.FromText("a"), Value.FromText("b")]))
        .Set("lines", Value.FromTable([
            new RecordData().Set("amount", 2).Set("status", "done").Set("qty", 1),
            new RecordData().Set("amount", 3).Set("status", "open").Set("qty", 2),
            new RecordData().Set("amount", 5).Set("status", "DONE").Set("qty", 3),
        ]))
        .Set("customer", Value.FromTable([new RecordData().Set("level", "VIP").Set("credit", 1000)]));

    public static FormulaContext Context { get; } = new(new Formwork.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 2, 0, 0, TimeSpan.Zero)));

    public static Value Eval(string formula)
    {
        var compilation = Compiler.Compile(formula, Scope());
        Assert.True(compilation.Success, string.Join("\n", compilation.Diagnostics));
        return compilation.Formula!.Evaluate(Data(), Context);
    }

    /// <summary>Evaluates and renders the result as the CLI would print it (numbers invariant, errors as their text).</summary>
    public static string Show(string formula)
    {
        var value = Eval(formula);
        return value.Kind switch
        {
            ValueKind.Number => value.AsNumber().ToString(CultureInfo.InvariantCulture),
            ValueKind.Text => "\"" + value.AsText() + "\"",
            _ => value.ToString(),
        };
    }

    public static string Error(string formula)
    {
        var compilation = Compiler.Compile(formula, Scope());
        Assert.False(compilation.Success);
        return compilation.Diagnostics[0].ToString();
    }
}
