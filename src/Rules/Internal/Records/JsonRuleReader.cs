using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Rules.Internal.Records;

/// <summary>Reads a JSON rule set document into rule definitions, collecting every problem with its JSON path.</summary>
internal sealed class JsonRuleReader
{
    private static readonly string[] RootProperties = ["name", "version", "rules", "decisionTables"];
    private static readonly string[] RuleProperties = ["name", "description", "priority", "tags", "enabled", "repeatable", "form", "as", "when", "match", "after", "then"];
    private static readonly string[] BuiltInActions = ["setField", "assignOwner", "createRecord", "notify", "publish", "startWorkflow"];

    private readonly RuleSchema _schema;
    private readonly RuleActionRegistry _actions;
    private readonly FormulaCompiler _compiler;
    private readonly FormulaContext _context;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly HashSet<string> _ruleNames = new(StringComparer.Ordinal);

    public JsonRuleReader(RuleSchema schema, RuleActionRegistry actions, FormulaCompiler compiler, FormulaContext context)
    {
        _schema = schema;
        _actions = actions;
        _compiler = compiler;
        _context = context;
    }

    public List<Diagnostic> Diagnostics => _diagnostics;

    public FormulaContext Context => _context;

    public RuleLoadResult Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return new RuleLoadResult(null, [Diagnostic.Error(RuleMessages.InvalidJson, "$", null, ("error", ex.Message))]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(RuleMessages.WrongJsonType, "$", ("property", "$"), ("expected", "an object"), ("expectedZh", "对象"));
                return new RuleLoadResult(null, _diagnostics);
            }

            Unexpected(root, "$", RootProperties);
            var name = RequiredString(root, "$", "name") ?? "rules";
            var version = OptionalInt(root, "$", "version") ?? 1;
            var rules = new List<RuleDefinition>();
            if (Array(root, "$", "rules", required: false) is { } ruleArray)
            {
                var i = 0;
                foreach (var element in ruleArray.EnumerateArray())
                {
                    if (ReadRule(element, "$.rules[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } rule)
                    {
                        rules.Add(rule);
                    }

                    i++;
                }
            }

            if (Array(root, "$", "decisionTables", required: false) is { } tables)
            {
                var i = 0;
                foreach (var element in tables.EnumerateArray())
                {
                    rules.AddRange(new DecisionTableReader(this).ReadJson(element, "$.decisionTables[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
                    i++;
                }
            }

            return new RuleLoadResult(new RuleSet(name, version, rules), _diagnostics);
        }
    }

    public void Error(MessageTemplate template, string path, params (string Name, object? Value)[] arguments) =>
        _diagnostics.Add(Diagnostic.Error(template, path, null, arguments));

    public void Warning(MessageTemplate template, string path, params (string Name, object? Value)[] arguments) =>
        _diagnostics.Add(Diagnostic.Warning(template, path, null, arguments));

    public bool ClaimRuleName(string name, string path)
    {
        if (_ruleNames.Add(name))
        {
            return true;
        }

        Error(RuleMessages.DuplicateRuleAt, path, ("rule", name));
        return false;
    }

    public void Unexpected(JsonElement element, string path, string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Error(RuleMessages.UnexpectedProperty, path + "." + property.Name, ("property", property.Name), ("expected", string.Join(", ", allowed)));
            }
        }
    }

    public string? RequiredString(JsonElement element, string path, string name) => String(element, path, name, required: true);

    public string? String(JsonElement element, string path, string name, bool required)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                Error(RuleMessages.MissingProperty, path, ("property", name));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "a non-empty string"), ("expectedZh", "非空字符串"));
            return null;
        }

        return value.GetString();
    }

    public int? OptionalInt(JsonElement element, string path, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "a whole number"), ("expectedZh", "整数"));
            return null;
        }

        return number;
    }

    public bool? OptionalBool(JsonElement element, string path, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "true or false"), ("expectedZh", "true 或 false"));
            return null;
        }

        return value.GetBoolean();
    }

    public JsonElement? Array(JsonElement element, string path, string name, bool required)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                Error(RuleMessages.MissingProperty, path, ("property", name));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "an array"), ("expectedZh", "数组"));
            return null;
        }

        return value;
    }

    public string[] Strings(JsonElement element, string path, string name)
    {
        if (Array(element, path, name, required: false) is not { } array)
        {
            return [];
        }

        var result = new List<string>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                Error(RuleMessages.WrongJsonType, path + "." + name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", ("property", name), ("expected", "a string"), ("expectedZh", "字符串"));
            }

            i++;
        }

        return result.ToArray();
    }

    public FormulaScope? Form(string? form, string path)
    {
        if (form is null)
        {
            return null;
        }

        if (_schema.TryGetForm(form, out var scope))
        {
            return scope;
        }

        Error(RuleMessages.UnknownForm, path, ("form", form), ("known", string.Join(", ", _schema.Forms.Order(StringComparer.Ordinal))));
        return null;
    }

    public FormulaScopeEntry? Field(FormulaScope scope, string form, string field, string path)
    {
        if (scope.TryGetEntry(field, out var entry) && entry.Kind == FormulaEntryKind.Field)
        {
            return entry;
        }

        Error(RuleMessages.UnknownField, path, ("form", form), ("field", field));
        return null;
    }

    public Formula? Compile(string text, FormulaScope scope, string path)
    {
        var compilation = _compiler.Compile(text, scope);
        foreach (var diagnostic in compilation.Diagnostics)
        {
            _diagnostics.Add(new Diagnostic(
                diagnostic.Severity,
                RuleMessages.FormulaError,
                path,
                diagnostic.Span,
                new Dictionary<string, object?> { ["message"] = diagnostic.Message, ["messageZh"] = diagnostic.MessageChinese, ["code"] = diagnostic.Code }));
        }

        return compilation.Formula;
    }

    public Formula? FormulaProperty(JsonElement element, string path, string name, FormulaScope scope, bool required)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            if (required)
            {
                Error(RuleMessages.MissingProperty, path, ("property", name));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "a formula (a string)"), ("expectedZh", "公式（字符串）"));
            return null;
        }

        return Compile(value.GetString()!, scope, path + "." + name);
    }

    public void CheckKind(Formula formula, ValueKind fieldKind, string field, string path)
    {
        if (formula.ResultKind is not { } kind || kind == ValueKind.Blank || kind == fieldKind || (fieldKind == ValueKind.DateTime && kind == ValueKind.Date))
        {
            return;
        }

        Error(RuleMessages.ValueKindMismatch, path, ("field", field), ("fieldKind", fieldKind), ("formula", formula.Text), ("kind", kind));
    }

    public Declaration RecordDeclaration() => new("record", typeof(RecordFact));

    public ConditionElement FormCondition(Declaration record, string form)
    {
        var body = Expression.Equal(Expression.Property(record.Parameter, nameof(RecordFact.Form)), Expression.Constant(form));
        return new ConditionElement(Expression.Lambda(body, record.Parameter), [record], "form == \"" + form + "\"");
    }

    public static ConditionElement Condition(Declaration record, object test, string text)
    {
        var body = Expression.Call(Expression.Constant(test), test.GetType().GetMethod("Test")!, record.Parameter);
        return new ConditionElement(Expression.Lambda(body, record.Parameter), [record], text);
    }

    public static ActionElement Action(Declaration record, RecordAction action)
    {
        var context = Expression.Parameter(typeof(IContext), "context");
        var body = Expression.Call(Expression.Constant(action), typeof(RecordAction).GetMethod(nameof(RecordAction.Execute))!, context, record.Parameter);
        return new ActionElement(Expression.Lambda(body, context, record.Parameter), [record], action.Text);
    }

    private RuleDefinition? ReadRule(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(RuleMessages.WrongJsonType, path, ("property", "rules[]"), ("expected", "an object"), ("expectedZh", "对象"));
            return null;
        }

        var errors = _diagnostics.Count;
        Unexpected(element, path, RuleProperties);
        var name = RequiredString(element, path, "name");
        if (name is not null)
        {
            ClaimRuleName(name, path + ".name");
        }

        var description = String(element, path, "description", required: false);
        var priority = OptionalInt(element, path, "priority") ?? 0;
        var tags = Strings(element, path, "tags");
        var enabled = OptionalBool(element, path, "enabled") ?? true;
        var repeatable = OptionalBool(element, path, "repeatable") ?? false;
        var form = RequiredString(element, path, "form");
        var scope = Form(form, path + ".form");
        if (element.TryGetProperty("match", out _) || element.TryGetProperty("as", out _))
        {
            var joined = scope is null || name is null ? null : new JoinedRuleReader(this).Read(element, path, name, form!, scope);
            if (_diagnostics.Skip(errors).Any(d => d.IsError) || joined is null)
            {
                return null;
            }

            return new RuleDefinition(name!, description, tags, priority, enabled, repeatable ? RuleRepeatability.Repeatable : RuleRepeatability.NonRepeatable, joined.Value.Conditions, joined.Value.Actions);
        }

        var record = RecordDeclaration();
        var conditions = new List<ConditionElement>();
        var actions = new List<ActionElement>();
        if (scope is not null && name is not null)
        {
            conditions.Add(FormCondition(record, form!));
            ReadConditions(element, path, scope, form!, record, conditions);
            if (ReadTimer(element, path, scope, form!) is { } timer)
            {
                conditions.Add(Condition(record, timer, timer.Text));
            }
            ReadActions(element, path, scope, form!, name, record, actions);
        }

        if (_diagnostics.Skip(errors).Any(d => d.IsError) || name is null)
        {
            return null;
        }

        return new RuleDefinition(name, description, tags, priority, enabled, repeatable ? RuleRepeatability.Repeatable : RuleRepeatability.NonRepeatable, new AndElement([new PatternElement(record, conditions)]), actions);
    }

    public TimerCondition? ReadTimer(JsonElement element, string path, FormulaScope scope, string form)
    {
        if (!element.TryGetProperty("after", out var after))
        {
            return null;
        }

        var afterPath = path + ".after";
        if (after.ValueKind != JsonValueKind.Object)
        {
            Error(RuleMessages.WrongJsonType, afterPath, ("property", "after"), ("expected", "an object {\"field\", \"duration\"}"), ("expectedZh", "对象 {\"field\", \"duration\"}"));
            return null;
        }

        Unexpected(after, afterPath, ["field", "duration"]);
        var field = RequiredString(after, afterPath, "field");
        var durationText = RequiredString(after, afterPath, "duration");
        var entry = field is null ? null : Field(scope, form, field, afterPath + ".field");
        if (entry is not null && entry.ValueKind is not (ValueKind.Date or ValueKind.DateTime))
        {
            Error(RuleMessages.NotATimeField, afterPath + ".field", ("field", field), ("form", form), ("kind", entry.ValueKind));
            return null;
        }

        TimeSpan? duration = null;
        if (durationText is not null)
        {
            duration = ParseDuration(durationText);
            if (duration is null)
            {
                Error(RuleMessages.BadDuration, afterPath + ".duration", ("duration", durationText));
            }
        }

        return entry is null || duration is null ? null : new TimerCondition(form, field!, duration.Value, durationText!, _context);
    }

    private static TimeSpan? ParseDuration(string text)
    {
        text = text.Trim();
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount <= 0 || amount > 36_500)
        {
            return null;
        }

        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => null,
        };
    }

    private void ReadConditions(JsonElement element, string path, FormulaScope scope, string form, Declaration record, List<ConditionElement> conditions)
    {
        if (!element.TryGetProperty("when", out var when))
        {
            return;
        }

        var items = new List<(string Text, string Path)>();
        if (when.ValueKind == JsonValueKind.String)
        {
            items.Add((when.GetString()!, path + ".when"));
        }
        else if (when.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in when.EnumerateArray())
            {
                var itemPath = path + ".when[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (item.ValueKind == JsonValueKind.String)
                {
                    items.Add((item.GetString()!, itemPath));
                }
                else
                {
                    Error(RuleMessages.WrongJsonType, itemPath, ("property", "when"), ("expected", "a formula (a string)"), ("expectedZh", "公式（字符串）"));
                }

                i++;
            }
        }
        else
        {
            Error(RuleMessages.WrongJsonType, path + ".when", ("property", "when"), ("expected", "a formula or an array of formulas"), ("expectedZh", "公式或公式数组"));
        }

        foreach (var (text, itemPath) in items)
        {
            if (Compile(text, scope, itemPath) is not { } formula)
            {
                continue;
            }

            if (formula.ResultKind is { } kind && kind != ValueKind.Boolean)
            {
                Error(RuleMessages.ConditionNotBoolean, itemPath, ("formula", formula.Text), ("kind", kind));
                continue;
            }

            conditions.Add(Condition(record, new FormulaCondition(formula, _context, form), formula.Text));
        }
    }

    public void ReadActions(JsonElement element, string path, FormulaScope scope, string form, string rule, Declaration record, List<ActionElement> actions, RecordScope? joined = null, FormulaScope? formFields = null)
    {
        if (Array(element, path, "then", required: true) is not { } then)
        {
            return;
        }

        var i = 0;
        foreach (var item in then.EnumerateArray())
        {
            var itemPath = path + ".then[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            i++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(RuleMessages.WrongJsonType, itemPath, ("property", "then[]"), ("expected", "an object"), ("expectedZh", "对象"));
                continue;
            }

            var action = RequiredString(item, itemPath, "action");
            if (action is not null && ReadAction(item, itemPath, action, scope, form, rule, joined, formFields ?? scope) is { } built)
            {
                built.Joined = joined;
                actions.Add(Action(record, built));
            }
        }

        if (i == 0)
        {
            Error(RuleMessages.NoActions, path + ".then", ("rule", rule));
        }
    }

    private RecordAction? ReadAction(JsonElement item, string path, string action, FormulaScope scope, string form, string rule, RecordScope? joined, FormulaScope formFields)
    {
        switch (action)
        {
            case "setField":
            case "assignOwner":
            {
                var owner = action == "assignOwner";
                Unexpected(item, path, owner ? ["action", "owner", "field"] : ["action", "field", "value"]);
                var field = owner ? String(item, path, "field", required: false) ?? "owner" : RequiredString(item, path, "field");
                var entry = field is null ? null : Field(formFields, form, field, path + (owner && !item.TryGetProperty("field", out _) ? string.Empty : ".field"));
                var value = FormulaProperty(item, path, owner ? "owner" : "value", scope, required: true);
                if (entry is null || value is null)
                {
                    return null;
                }

                CheckKind(value, entry.ValueKind, field!, path + (owner ? ".owner" : ".value"));
                return new SetFieldAction(rule, _context, field!, (r, c) => value.Evaluate(r.Data, c), value.Text, action) { JoinedValue = joined is null ? null : value };
            }

            case "createRecord":
            {
                Unexpected(item, path, ["action", "form", "fields"]);
                var target = RequiredString(item, path, "form");
                var targetScope = Form(target, path + ".form");
                var fields = Fields(item, path, scope, targetScope, target);
                return targetScope is null || fields is null ? null : new CreateRecordAction(rule, _context, target!, fields);
            }

            case "notify":
            {
                Unexpected(item, path, ["action", "channel", "recipients", "template", "data"]);
                var channel = RequiredString(item, path, "channel");
                var template = RequiredString(item, path, "template");
                var recipients = new List<Formula>();
                var ok = true;
                var i = 0;
                foreach (var recipient in Strings(item, path, "recipients"))
                {
                    var formula = Compile(recipient, scope, path + ".recipients[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    ok &= formula is not null;
                    if (formula is not null)
                    {
                        recipients.Add(formula);
                    }

                    i++;
                }

                if (!item.TryGetProperty("recipients", out _))
                {
                    Error(RuleMessages.MissingProperty, path, ("property", "recipients"));
                    ok = false;
                }

                var data = Fields(item, path, scope, null, null, "data") ?? [];
                return ok && channel is not null && template is not null ? new NotifyAction(rule, _context, channel, recipients, template, data) : null;
            }

            case "publish":
            {
                Unexpected(item, path, ["action", "type", "fields"]);
                var type = RequiredString(item, path, "type");
                var fields = Fields(item, path, scope, null, null) ?? [];
                return type is null ? null : new PublishAction(rule, _context, RuleEffectKind.Publish, type, null, fields);
            }

            case "startWorkflow":
            {
                Unexpected(item, path, ["action", "workflow", "fields"]);
                var workflow = RequiredString(item, path, "workflow");
                var fields = Fields(item, path, scope, null, null) ?? [];
                return workflow is null ? null : new PublishAction(rule, _context, RuleEffectKind.StartWorkflow, RuleEffect.StartWorkflowEventType, workflow, fields);
            }

            default:
            {
                if (!_actions.TryGet(action, out var handler, out var parameters))
                {
                    Error(RuleMessages.UnknownAction, path + ".action", ("action", action), ("known", string.Join(", ", BuiltInActions.Concat(_actions.Names.Order(StringComparer.Ordinal)))));
                    return null;
                }

                Unexpected(item, path, ["action", "parameters"]);
                var values = new List<KeyValuePair<string, Formula>>();
                var given = item.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object ? p : (JsonElement?)null;
                var ok = true;
                if (given is { } provided)
                {
                    foreach (var property in provided.EnumerateObject())
                    {
                        if (!parameters.Contains(property.Name, StringComparer.Ordinal))
                        {
                            Error(RuleMessages.UnknownParameter, path + ".parameters." + property.Name, ("action", action), ("parameter", property.Name), ("known", string.Join(", ", parameters)));
                            ok = false;
                        }
                    }
                }

                foreach (var parameter in parameters)
                {
                    if (given is not { } provided2 || !provided2.TryGetProperty(parameter, out _))
                    {
                        Error(RuleMessages.MissingParameter, path + ".parameters", ("action", action), ("parameter", parameter));
                        ok = false;
                        continue;
                    }

                    if (FormulaProperty(provided2, path + ".parameters", parameter, scope, required: true) is { } formula)
                    {
                        values.Add(new(parameter, formula));
                    }
                    else
                    {
                        ok = false;
                    }
                }

                return ok ? new HostAction(rule, _context, action, handler, values) : null;
            }
        }
    }

    private List<KeyValuePair<string, Formula>>? Fields(JsonElement item, string path, FormulaScope scope, FormulaScope? target, string? targetForm, string name = "fields")
    {
        if (!item.TryGetProperty(name, out var fields))
        {
            if (target is not null)
            {
                Error(RuleMessages.MissingProperty, path, ("property", name));
                return null;
            }

            return [];
        }

        if (fields.ValueKind != JsonValueKind.Object)
        {
            Error(RuleMessages.WrongJsonType, path + "." + name, ("property", name), ("expected", "an object of formulas"), ("expectedZh", "由公式组成的对象"));
            return null;
        }

        var result = new List<KeyValuePair<string, Formula>>();
        var ok = true;
        foreach (var property in fields.EnumerateObject())
        {
            var fieldPath = path + "." + name + "." + property.Name;
            FormulaScopeEntry? entry = null;
            if (target is not null && (entry = Field(target, targetForm!, property.Name, fieldPath)) is null)
            {
                ok = false;
                continue;
            }

            if (FormulaProperty(fields, path + "." + name, property.Name, scope, required: true) is not { } formula)
            {
                ok = false;
                continue;
            }

            if (entry is not null)
            {
                CheckKind(formula, entry.ValueKind, property.Name, fieldPath);
            }

            result.Add(new(property.Name, formula));
        }

        return ok ? result : null;
    }
}
