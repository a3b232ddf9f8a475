using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.RegularExpressions;
using Formwork.Expressions;

namespace Formwork.Rules.Internal.Records;

/// <summary>
/// Reads a JSON rule with <c>"as"</c> and <c>"match"</c>: the rule's record plus joined records, <c>not</c>,
/// <c>exists</c>, <c>count</c>/<c>sum</c> aggregates and <c>having</c> tests, into the same model elements (patterns,
/// not/exists/aggregate/filter elements) the C# DSL produces, so they compile to the same Rete nodes.
/// </summary>
internal sealed partial class JoinedRuleReader
{
    private static readonly string[] MatchKinds = ["form", "not", "exists", "count", "sum", "having"];
    private static readonly System.Reflection.MethodInfo TestMethod = typeof(JoinFormulaCondition).GetMethod(nameof(JoinFormulaCondition.Test))!;
    private static readonly System.Reflection.MethodInfo SumMethod = typeof(SumSelector).GetMethod(nameof(SumSelector.Sum))!;

    private readonly JsonRuleReader _reader;
    private readonly List<RuleAlias> _aliases = [];
    private readonly List<RuleElement> _elements = [];
    private string _rule = string.Empty;
    private int _anonymous;

    public JoinedRuleReader(JsonRuleReader reader)
    {
        _reader = reader;
    }

    public (AndElement Conditions, IReadOnlyList<ActionElement> Actions)? Read(JsonElement element, string path, string rule, string form, FormulaScope scope)
    {
        _rule = rule;
        var errors = _reader.Diagnostics.Count;
        var alias = _reader.String(element, path, "as", required: false) ?? form;
        if (element.TryGetProperty("as", out _))
        {
            CheckAlias(alias, path + ".as");
        }

        var record = new Declaration(alias, typeof(RecordFact));
        var conditions = new List<ConditionElement> { _reader.FormCondition(record, form) };
        Conditions(element, path, "when", form, scope, record, conditions);
        if (_reader.ReadTimer(element, path, scope, form) is { } timer)
        {
            conditions.Add(JsonRuleReader.Condition(record, timer, timer.Text));
        }

        _elements.Add(new PatternElement(record, conditions));
        var primary = new RuleAlias(alias, form, scope, record);
        _aliases.Add(primary);
        if (element.TryGetProperty("match", out var match))
        {
            if (match.ValueKind != JsonValueKind.Array)
            {
                _reader.Error(RuleMessages.WrongJsonType, path + ".match", ("property", "match"), ("expected", "an array"), ("expectedZh", "数组"));
            }
            else
            {
                var i = 0;
                foreach (var item in match.EnumerateArray())
                {
                    MatchItem(item, path + ".match[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    i++;
                }
            }
        }

        var others = _aliases.Where(a => a != primary).ToList();
        var actionScope = RecordScope.Create(scope, others, _reader.Context, a => _reader.Error(RuleMessages.AliasClash, path + ".then", ("name", a.Name), ("form", form)));
        var actions = new List<ActionElement>();
        if (actionScope is not null)
        {
            _reader.ReadActions(element, path, actionScope.Scope, form, rule, record, actions, actionScope, scope);
        }

        if (_reader.Diagnostics.Skip(errors).Any(d => d.IsError))
        {
            return null;
        }

        return (new AndElement(_elements.ToArray()), actions);
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();

    private bool CheckAlias(string name, string path)
    {
        if (AliasPattern().IsMatch(name) && !_aliases.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        _reader.Error(RuleMessages.BadAlias, path, ("name", name));
        return false;
    }

    private void MatchItem(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            _reader.Error(RuleMessages.WrongJsonType, path, ("property", "match[]"), ("expected", "an object"), ("expectedZh", "对象"));
            return;
        }

        var kinds = MatchKinds.Where(k => item.TryGetProperty(k, out _)).ToList();
        if (kinds.Count != 1)
        {
            _reader.Error(RuleMessages.MatchItemKind, path);
            return;
        }

        switch (kinds[0])
        {
            case "form":
            {
                _reader.Unexpected(item, path, ["as", "form", "when"]);
                var form = _reader.RequiredString(item, path, "form");
                var scope = _reader.Form(form, path + ".form");
                var alias = _reader.String(item, path, "as", required: false) ?? form;
                if (scope is null || alias is null || !CheckAlias(alias, path + (item.TryGetProperty("as", out _) ? ".as" : ".form")))
                {
                    return;
                }

                var declaration = new Declaration(alias, typeof(RecordFact));
                var conditions = new List<ConditionElement> { _reader.FormCondition(declaration, form!) };
                Conditions(item, path, "when", form!, scope, declaration, conditions);
                _elements.Add(new PatternElement(declaration, conditions));
                _aliases.Add(new RuleAlias(alias, form, scope, declaration));
                break;
            }

            case "not":
            case "exists":
            {
                _reader.Unexpected(item, path, [kinds[0]]);
                if (Source(item.GetProperty(kinds[0]), path + "." + kinds[0], sum: false) is { } source)
                {
                    _elements.Add(kinds[0] == "not" ? new NotElement(source.Pattern) : new ExistsElement(source.Pattern));
                }

                break;
            }

            case "count":
            case "sum":
            {
                _reader.Unexpected(item, path, ["as", kinds[0]]);
                var alias = _reader.RequiredString(item, path, "as");
                var ok = alias is not null && CheckAlias(alias, path + ".as");
                var sum = kinds[0] == "sum";
                if (Source(item.GetProperty(kinds[0]), path + "." + kinds[0], sum) is { } source && ok)
                {
                    var result = new Declaration(alias!, sum ? typeof(decimal) : typeof(int));
                    LambdaExpression? selector = null;
                    if (source.Selector is { } value)
                    {
                        var fact = source.Pattern.Declaration.Parameter;
                        selector = Expression.Lambda(Expression.Call(Expression.Constant(value), SumMethod, fact), fact);
                    }

                    _elements.Add(new AggregateElement(result, sum ? AggregateKind.Sum : AggregateKind.Count, source.Pattern, selector));
                    _aliases.Add(new RuleAlias(alias!, null, null, result));
                }

                break;
            }

            default:
            {
                _reader.Unexpected(item, path, ["having"]);
                var conditions = new List<ConditionElement>();
                Conditions(item, path, "having", null, null, null, conditions);
                foreach (var condition in conditions)
                {
                    _elements.Add(new FilterElement(condition));
                }

                break;
            }
        }
    }

    private (PatternElement Pattern, SumSelector? Selector)? Source(JsonElement element, string path, bool sum)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _reader.Error(RuleMessages.WrongJsonType, path, ("property", path[(path.LastIndexOf('.') + 1)..]), ("expected", "an object {\"form\", \"when\"}"), ("expectedZh", "对象 {\"form\", \"when\"}"));
            return null;
        }

        _reader.Unexpected(element, path, sum ? ["form", "value", "when"] : ["form", "when"]);
        var errors = _reader.Diagnostics.Count;
        var form = _reader.RequiredString(element, path, "form");
        var scope = _reader.Form(form, path + ".form");
        if (scope is null)
        {
            return null;
        }

        var declaration = new Declaration("$" + form + (++_anonymous).ToString(CultureInfo.InvariantCulture), typeof(RecordFact));
        var conditions = new List<ConditionElement> { _reader.FormCondition(declaration, form!) };
        Conditions(element, path, "when", form!, scope, declaration, conditions);
        SumSelector? selector = null;
        if (sum)
        {
            var own = RecordScope.Create(scope, [], _reader.Context, _ => { });
            if (own is not null && _reader.FormulaProperty(element, path, "value", own.Scope, required: true) is { } value)
            {
                if (value.ResultKind is { } kind && kind != ValueKind.Number)
                {
                    _reader.Error(RuleMessages.SumNotNumber, path + ".value", ("formula", value.Text), ("kind", kind));
                }

                selector = new SumSelector(value, own);
            }
        }

        return _reader.Diagnostics.Skip(errors).Any(d => d.IsError) ? null : (new PatternElement(declaration, conditions), selector);
    }

    private void Conditions(JsonElement element, string path, string property, string? form, FormulaScope? scope, Declaration? own, List<ConditionElement> conditions)
    {
        if (!element.TryGetProperty(property, out var when))
        {
            return;
        }

        var items = new List<(string Text, string Path)>();
        if (when.ValueKind == JsonValueKind.String)
        {
            items.Add((when.GetString()!, path + "." + property));
        }
        else if (when.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in when.EnumerateArray())
            {
                var itemPath = path + "." + property + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (item.ValueKind == JsonValueKind.String)
                {
                    items.Add((item.GetString()!, itemPath));
                }
                else
                {
                    _reader.Error(RuleMessages.WrongJsonType, itemPath, ("property", property), ("expected", "a formula (a string)"), ("expectedZh", "公式（字符串）"));
                }

                i++;
            }
        }
        else
        {
            _reader.Error(RuleMessages.WrongJsonType, path + "." + property, ("property", property), ("expected", "a formula or an array of formulas"), ("expectedZh", "公式或公式数组"));
            return;
        }

        var recordScope = RecordScope.Create(scope, _aliases.ToArray(), _reader.Context, a => _reader.Error(RuleMessages.AliasClash, path + "." + property, ("name", a.Name), ("form", form)));
        if (recordScope is null)
        {
            return;
        }

        foreach (var (text, itemPath) in items)
        {
            if (_reader.Compile(text, recordScope.Scope, itemPath) is not { } formula)
            {
                continue;
            }

            if (formula.ResultKind is { } kind && kind != ValueKind.Boolean)
            {
                _reader.Error(RuleMessages.ConditionNotBoolean, itemPath, ("formula", formula.Text), ("kind", kind));
                continue;
            }

            var test = new JoinFormulaCondition(formula, recordScope, form);
            var used = test.Used.Select(a => a.Declaration).ToList();
            var parameters = own is null ? used : [own, .. used];
            var array = Expression.NewArrayInit(typeof(object), [own is null ? Expression.Constant(null, typeof(object)) : own.Parameter, .. used.Select(d => Expression.Convert(d.Parameter, typeof(object)))]);
            var body = Expression.Call(Expression.Constant(test), TestMethod, array);
            conditions.Add(new ConditionElement(Expression.Lambda(body, parameters.Select(p => p.Parameter)), parameters, formula.Text));
        }
    }
}

/// <summary>The value a JSON <c>sum</c> adds up per record: a number formula over the record's fields; other values count as 0.</summary>
internal sealed class SumSelector(Formula formula, RecordScope scope)
{
    public decimal Sum(RecordFact record)
    {
        var value = scope.Evaluate(formula, record, []);
        return value.Kind == ValueKind.Number ? value.AsNumber() : 0m;
    }
}
