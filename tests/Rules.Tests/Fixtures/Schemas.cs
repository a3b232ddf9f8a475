using Formwork.Expressions;

namespace Formwork.Rules.Tests.Fixtures;

public static class Schemas
{
    public static RuleSchema Crm() => new RuleSchema()
        .AddForm("lead", new FormulaScope()
            .AddField("company", ValueKind.Text)
            .AddField("title", ValueKind.Text)
            .AddField("companySize", ValueKind.Number)
            .AddField("need", ValueKind.Text)
            .AddField("region", ValueKind.Text)
            .AddField("industry", ValueKind.Text)
            .AddField("score", ValueKind.Number)
            .AddField("grade", ValueKind.Text)
            .AddField("owner", ValueKind.Text))
        .AddForm("task", new FormulaScope()
            .AddField("title", ValueKind.Text)
            .AddField("owner", ValueKind.Text)
            .AddField("due", ValueKind.Date)
            .AddField("leadId", ValueKind.Text)
            .AddField("status", ValueKind.Text))
        .AddForm("ticket", new FormulaScope()
            .AddField("customerId", ValueKind.Text)
            .AddField("status", ValueKind.Text)
            .AddField("priority", ValueKind.Text)
            .AddField("openedAt", ValueKind.DateTime))
        .AddForm("customer", new FormulaScope()
            .AddField("code", ValueKind.Text)
            .AddField("name", ValueKind.Text)
            .AddField("level", ValueKind.Text)
            .AddField("manager", ValueKind.Text))
        .AddForm("invoice", new FormulaScope()
            .AddField("customerId", ValueKind.Text)
            .AddField("amount", ValueKind.Number))
        .AddForm("contract", new FormulaScope()
            .AddField("amount", ValueKind.Number)
            .AddField("level", ValueKind.Text)
            .AddField("applicant", ValueKind.Text))
        .AddForm("opportunity", new FormulaScope()
            .AddField("stage", ValueKind.Text)
            .AddField("customer", ValueKind.Text)
            .AddField("amount", ValueKind.Number))
        .AddForm("project", new FormulaScope()
            .AddField("customer", ValueKind.Text)
            .AddField("budget", ValueKind.Number));

    public static RecordFact Record(string form, string id, params (string Field, Value Value)[] values)
    {
        var data = new RecordData();
        foreach (var (field, value) in values)
        {
            data.Set(field, value);
        }

        return new RecordFact(form, id, data);
    }
}
