using System;
using System.Collections.Generic;
using System.Linq;
using Formwork.Expressions;
using Formwork.Notifications;

namespace Formwork.Rules.Internal.Records;

/// <summary>A built-in or host action of a JSON rule, run on the record the rule matched.</summary>
internal abstract class RecordAction
{
    protected RecordAction(string rule, FormulaContext context)
    {
        Rule = rule;
        Context = context;
    }

    public string Rule { get; }

    protected FormulaContext Context { get; }

    public abstract string Text { get; }

    /// <summary>Gets the scope of a joined rule's actions (the records and aggregate results bound by the rule), or null for a one-record rule.</summary>
    public RecordScope? Joined { get; set; }

    public abstract void Execute(IContext context, RecordFact record);

    protected Value Eval(Formula formula, IContext context, RecordFact record)
    {
        if (Joined is not { } joined)
        {
            return formula.Evaluate(record.Data, Context);
        }

        var bound = new object?[joined.Aliases.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            var name = joined.Aliases[i].Name;
            foreach (var fact in context.Facts)
            {
                if (fact.Declaration == name)
                {
                    bound[i] = fact.Value;
                    break;
                }
            }
        }

        return joined.Evaluate(formula, record, bound);
    }

    protected RecordData Evaluate(IReadOnlyList<KeyValuePair<string, Formula>> fields, IContext context, RecordFact record)
    {
        var data = new RecordData();
        foreach (var (name, formula) in fields)
        {
            data.Set(name, Eval(formula, context, record));
        }

        return data;
    }
}

/// <summary>Sets a field (also "assign an owner"); updates the record only when the value changes.</summary>
internal sealed class SetFieldAction(string rule, FormulaContext context, string fieldName, Func<RecordFact, FormulaContext, Value> value, string valueText, string name) : RecordAction(rule, context)
{
    public override string Text => name + " " + fieldName + " = " + valueText;

    /// <summary>Gets the value as a formula of a joined rule, evaluated with the bound records instead of <c>value</c>.</summary>
    public Formula? JoinedValue { get; set; }

    public override void Execute(IContext context, RecordFact record)
    {
        var result = JoinedValue is { } formula ? Eval(formula, context, record) : value(record, Context);
        if (record.Data.TryGetValue(fieldName, out var old) && old.Equals(result))
        {
            return;
        }

        record.Data.Set(fieldName, result);
        record.Changed = true;
        context.Update(record);
    }
}

/// <summary>Creates a record of a form (the S1 follow-up task, the S5 project) and inserts it as a fact.</summary>
internal sealed class CreateRecordAction(string rule, FormulaContext context, string form, IReadOnlyList<KeyValuePair<string, Formula>> fields) : RecordAction(rule, context)
{
    public override string Text => "createRecord " + form + " {" + string.Join(", ", fields.Select(f => f.Key + ": " + f.Value.Text)) + "}";

    public override void Execute(IContext context, RecordFact record) =>
        context.Insert(new RecordFact(form, form + ":" + record.Id, Evaluate(fields, context, record)) { Created = true });
}

/// <summary>Asks for a notification.</summary>
internal sealed class NotifyAction(string rule, FormulaContext context, string channel, IReadOnlyList<Formula> recipients, string template, IReadOnlyList<KeyValuePair<string, Formula>> data) : RecordAction(rule, context)
{
    public override string Text => "notify " + channel + " " + template + " to " + string.Join(", ", recipients.Select(r => r.Text));

    public override void Execute(IContext context, RecordFact record)
    {
        var to = new List<string>();
        foreach (var recipient in recipients)
        {
            var value = Eval(recipient, context, record);
            if (value.Kind == ValueKind.List)
            {
                to.AddRange(value.AsList().Where(v => !v.IsBlank).Select(v => v.ToString()));
            }
            else if (!value.IsBlank)
            {
                to.Add(value.ToString());
            }
        }

        var notification = new Notification
        {
            Channel = channel,
            Recipients = to,
            Template = template,
            Data = Evaluate(data, context, record).Freeze(),
            Subject = record.ToString(),
        };
        context.Insert(new RuleEffect(RuleEffectKind.Notify, Rule, record, notification, null, null));
    }
}

/// <summary>Publishes an integration event, or starts a workflow through an event the host wires.</summary>
internal sealed class PublishAction(string rule, FormulaContext context, RuleEffectKind kind, string type, string? workflow, IReadOnlyList<KeyValuePair<string, Formula>> fields) : RecordAction(rule, context)
{
    public override string Text => kind == RuleEffectKind.StartWorkflow ? "startWorkflow " + workflow : "publish " + type;

    public override void Execute(IContext context, RecordFact record)
    {
        var payload = Evaluate(fields, context, record);
        payload.Set("$form", record.Form).Set("$id", record.Id);
        if (workflow is not null)
        {
            payload.Set("$workflow", workflow);
        }

        context.Insert(new RuleEffect(kind, Rule, record, null, type, payload.Freeze()));
    }
}

/// <summary>Calls a host-registered action with its evaluated parameters.</summary>
internal sealed class HostAction(string rule, FormulaContext context, string name, RuleActionHandler handler, IReadOnlyList<KeyValuePair<string, Formula>> parameters) : RecordAction(rule, context)
{
    public override string Text => name + "(" + string.Join(", ", parameters.Select(p => p.Key + ": " + p.Value.Text)) + ")";

    public override void Execute(IContext context, RecordFact record)
    {
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var (key, formula) in parameters)
        {
            values[key] = Eval(formula, context, record);
        }

        handler(new RuleActionInvocation(context, record, values));
    }
}
