using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Formwork.Expressions;
using Formwork.Rules.Internal.Compilation;

namespace Formwork.Rules.Internal.Records;

/// <summary>Reads decision tables (JSON or CSV) into one rule per row, checking rows for overlaps and gaps.</summary>
internal sealed partial class DecisionTableReader
{
    private static readonly string[] TableProperties = ["name", "form", "hitPolicy", "priority", "tags", "inputs", "outputs", "rows"];
    private readonly JsonRuleReader _reader;

    public DecisionTableReader(JsonRuleReader reader)
    {
        _reader = reader;
    }

    public List<RuleDefinition> ReadJson(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _reader.Error(RuleMessages.WrongJsonType, path, ("property", "decisionTables[]"), ("expected", "an object"), ("expectedZh", "对象"));
            return [];
        }

        _reader.Unexpected(element, path, TableProperties);
        var name = _reader.RequiredString(element, path, "name");
        var form = _reader.RequiredString(element, path, "form");
        var scope = _reader.Form(form, path + ".form");
        var first = HitPolicy(_reader.String(element, path, "hitPolicy", required: false), path + ".hitPolicy");
        var priority = _reader.OptionalInt(element, path, "priority") ?? 0;
        var tags = _reader.Strings(element, path, "tags");
        if (name is null || form is null || scope is null)
        {
            return [];
        }

        var inputs = Columns(element, path, "inputs", scope, form, isInput: true);
        var outputs = Columns(element, path, "outputs", scope, form, isInput: false);
        var rows = new List<(string Path, List<object?> Cells)>();
        if (_reader.Array(element, path, "rows", required: true) is { } array)
        {
            var i = 0;
            foreach (var row in array.EnumerateArray())
            {
                var rowPath = path + ".rows[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                i++;
                if (row.ValueKind != JsonValueKind.Array)
                {
                    _reader.Error(RuleMessages.WrongJsonType, rowPath, ("property", "rows[]"), ("expected", "an array of cells"), ("expectedZh", "单元格数组"));
                    continue;
                }

                rows.Add((rowPath, row.EnumerateArray().Select(Cell).ToList()));
            }
        }

        return inputs is null || outputs is null ? [] : Build(name, form, scope, first, priority, tags, inputs, outputs, rows, path);
    }

    public List<RuleDefinition> ReadCsv(string csv, string name, string form, bool first)
    {
        var scope = _reader.Form(form, "form");
        var lines = ParseCsv(csv);
        if (scope is null)
        {
            return [];
        }

        var header = lines.Count > 0 ? lines[0] : [];
        var errors = _reader.Diagnostics.Count;
        var inputs = new List<Column>();
        var outputs = new List<Column>();
        for (var c = 0; c < header.Count; c++)
        {
            var text = header[c].Trim();
            var isOutput = text.StartsWith("then:", StringComparison.OrdinalIgnoreCase);
            var field = isOutput ? text[5..].Trim() : text;
            var domain = isOutput ? null : HeaderDomain().Match(field);
            if (domain is { Success: true })
            {
                field = domain.Groups["field"].Value.Trim();
            }

            var entry = _reader.Field(scope, form, field, Position(1, c + 1));
            if (entry is null)
            {
                continue;
            }

            if (domain is not { Success: true })
            {
                (isOutput ? outputs : inputs).Add(new Column(field, entry.ValueKind, null, null, null));
            }
            else if (CsvDomain(domain, entry.ValueKind) is { } column)
            {
                inputs.Add(column with { Field = field });
            }
            else
            {
                _reader.Error(RuleMessages.TableCsvDomain, Position(1, c + 1), ("header", text), ("field", field));
            }
        }

        if (_reader.Diagnostics.Count > errors)
        {
            return [];
        }

        if (inputs.Count == 0 || outputs.Count == 0)
        {
            _reader.Error(RuleMessages.TableCsvHeader, Position(1, 1));
            return [];
        }

        var rows = lines.Skip(1).Select((cells, i) => (Position(i + 2, 1), cells.Select(c => (object?)c).ToList())).ToList();
        return Build(name, form, scope, first, 0, [], inputs, outputs, rows, "csv");
    }

    /// <summary>An input header with its domain, for gap checks: <c>region {East|North}</c> or <c>score [0..100]</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<field>[^{\[]+?)\s*(\{(?<values>[^}]*)\}|\[(?<min>[^\]]*?)\.\.(?<max>[^\]]*)\])$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HeaderDomain();

    private static Column? CsvDomain(System.Text.RegularExpressions.Match domain, ValueKind kind)
    {
        if (domain.Groups["values"].Success)
        {
            var values = new List<Value>();
            foreach (var item in domain.Groups["values"].Value.Split('|'))
            {
                if (item.Trim().Length == 0 || Literal(item.Trim(), kind) is not { } value)
                {
                    return null;
                }

                values.Add(value);
            }

            return new Column(string.Empty, kind, values, null, null);
        }

        return kind == ValueKind.Number
            && decimal.TryParse(domain.Groups["min"].Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var min)
            && decimal.TryParse(domain.Groups["max"].Value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var max)
            && min < max
            ? new Column(string.Empty, kind, null, min, max)
            : null;
    }

    private static string Position(int line, int column) =>
        "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture);

    private static object? Cell(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString(),
        JsonValueKind.Number => cell.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static List<List<string>> ParseCsv(string csv)
    {
        var lines = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                if (row.Any(r => r.Length > 0))
                {
                    lines.Add(row);
                }

                row = new List<string>();
            }
            else
            {
                cell.Append(c);
            }
        }

        row.Add(cell.ToString());
        if (row.Any(r => r.Length > 0))
        {
            lines.Add(row);
        }

        return lines;
    }

    private bool HitPolicy(string? policy, string path)
    {
        switch (policy)
        {
            case null or "unique":
                return false;
            case "first":
                return true;
            default:
                _reader.Error(RuleMessages.TableHitPolicy, path, ("policy", policy));
                return false;
        }
    }

    private List<Column>? Columns(JsonElement element, string path, string name, FormulaScope scope, string form, bool isInput)
    {
        if (_reader.Array(element, path, name, required: true) is not { } array)
        {
            return null;
        }

        var columns = new List<Column>();
        var ok = true;
        var i = 0;
        foreach (var column in array.EnumerateArray())
        {
            var columnPath = path + "." + name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            i++;
            if (column.ValueKind != JsonValueKind.Object)
            {
                _reader.Error(RuleMessages.WrongJsonType, columnPath, ("property", name + "[]"), ("expected", "an object"), ("expectedZh", "对象"));
                ok = false;
                continue;
            }

            _reader.Unexpected(column, columnPath, isInput ? ["field", "values", "min", "max"] : ["field"]);
            var field = _reader.RequiredString(column, columnPath, "field");
            var entry = field is null ? null : _reader.Field(scope, form, field, columnPath + ".field");
            if (entry is null)
            {
                ok = false;
                continue;
            }

            List<Value>? values = null;
            if (column.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                values = list.EnumerateArray().Select(v => Literal(Cell(v), entry.ValueKind) ?? Value.Blank).ToList();
            }

            decimal? min = column.TryGetProperty("min", out var lo) && lo.ValueKind == JsonValueKind.Number ? lo.GetDecimal() : null;
            decimal? max = column.TryGetProperty("max", out var hi) && hi.ValueKind == JsonValueKind.Number ? hi.GetDecimal() : null;
            columns.Add(new Column(field!, entry.ValueKind, values, min, max));
        }

        return ok ? columns : null;
    }

    private static Value? Literal(object? cell, ValueKind kind)
    {
        switch (cell)
        {
            case bool b:
                return Value.FromBoolean(b);
            case decimal d:
                return Value.FromNumber(d);
            case string s when kind == ValueKind.Number:
                return decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? Value.FromNumber(n) : (Value?)null;
            case string s when kind == ValueKind.Boolean:
                return bool.TryParse(s.Trim(), out var flag) ? Value.FromBoolean(flag) : (Value?)null;
            case string s:
                return Value.FromText(s);
            default:
                return null;
        }
    }

    private List<RuleDefinition> Build(string name, string form, FormulaScope scope, bool first, int priority, string[] tags, List<Column> inputs, List<Column> outputs, List<(string Path, List<object?> Cells)> rows, string path)
    {
        var parsed = new List<(string Path, CellTest[] Tests, List<(Column Column, Func<RecordFact, FormulaContext, Value> Value, string Text)> Outputs)>();
        foreach (var (rowPath, cells) in rows)
        {
            if (cells.Count != inputs.Count + outputs.Count)
            {
                _reader.Error(RuleMessages.TableRowLength, rowPath, ("actual", cells.Count), ("expected", inputs.Count + outputs.Count), ("inputs", inputs.Count), ("outputs", outputs.Count));
                continue;
            }

            var tests = new CellTest[inputs.Count];
            var ok = true;
            for (var c = 0; c < inputs.Count; c++)
            {
                var test = CellTest.Parse(cells[c], inputs[c]);
                if (test is null)
                {
                    _reader.Error(RuleMessages.TableBadCell, rowPath + "[" + c.ToString(CultureInfo.InvariantCulture) + "]", ("cell", cells[c]), ("field", inputs[c].Field));
                    ok = false;
                    continue;
                }

                tests[c] = test;
            }

            var values = new List<(Column, Func<RecordFact, FormulaContext, Value>, string)>();
            for (var c = 0; c < outputs.Count; c++)
            {
                var cell = cells[inputs.Count + c];
                var cellPath = rowPath + "[" + (inputs.Count + c).ToString(CultureInfo.InvariantCulture) + "]";
                if (cell is string text && text.StartsWith('='))
                {
                    if (_reader.Compile(text[1..], scope, cellPath) is { } formula)
                    {
                        _reader.CheckKind(formula, outputs[c].Kind, outputs[c].Field, cellPath);
                        values.Add((outputs[c], (r, ctx) => formula.Evaluate(r.Data, ctx), formula.Text));
                    }
                    else
                    {
                        ok = false;
                    }

                    continue;
                }

                if (Literal(cell, outputs[c].Kind) is not { } literal)
                {
                    _reader.Error(RuleMessages.TableBadCell, cellPath, ("cell", cell), ("field", outputs[c].Field));
                    ok = false;
                    continue;
                }

                values.Add((outputs[c], (_, _) => literal, ExpressionTools.Format(literal.Kind == ValueKind.Text ? literal.AsText() : literal.ToString())));
            }

            if (ok)
            {
                parsed.Add((rowPath, tests, values));
            }
        }

        if (!first)
        {
            CheckOverlaps(name, parsed.Select(p => (p.Path, p.Tests)).ToList());
        }

        CheckGaps(name, inputs, parsed.Select(p => p.Tests).ToList());
        var rules = new List<RuleDefinition>();
        var earlier = new List<CellTest[]>();
        for (var r = 0; r < parsed.Count; r++)
        {
            var (rowPath, tests, values) = parsed[r];
            var ruleName = name + " row " + (rows.FindIndex(x => x.Path == rowPath) + 1).ToString(CultureInfo.InvariantCulture);
            if (!_reader.ClaimRuleName(ruleName, rowPath))
            {
                continue;
            }

            var record = _reader.RecordDeclaration();
            var condition = new RowCondition(form, inputs, tests, first ? earlier.ToArray() : []);
            earlier.Add(tests);
            var actions = values
                .Select(v => JsonRuleReader.Action(record, new SetFieldAction(ruleName, _reader.Context, v.Column.Field, v.Value, v.Text, "setField")))
                .ToArray();
            var conditions = new[] { _reader.FormCondition(record, form), JsonRuleReader.Condition(record, condition, condition.Text) };
            rules.Add(new RuleDefinition(ruleName, null, [.. tags, "decision-table:" + name], priority, true, RuleRepeatability.NonRepeatable, new AndElement([new PatternElement(record, conditions)]), actions));
        }

        return rules;
    }

    private void CheckOverlaps(string table, List<(string Path, CellTest[] Tests)> rows)
    {
        for (var j = 1; j < rows.Count; j++)
        {
            for (var i = 0; i < j; i++)
            {
                if (rows[i].Tests.Zip(rows[j].Tests).All(pair => pair.First.Intersects(pair.Second)))
                {
                    _reader.Error(RuleMessages.TableOverlap, rows[j].Path, ("table", table), ("first", i + 1), ("second", j + 1));
                }
            }
        }
    }

    private void CheckGaps(string table, List<Column> inputs, List<CellTest[]> rows)
    {
        if (inputs.Count == 0 || inputs.Any(c => c.Values is null && (c.Min is null || c.Max is null)))
        {
            return;
        }

        var points = new List<List<Value>>();
        var combinations = 1L;
        for (var c = 0; c < inputs.Count; c++)
        {
            var column = inputs[c];
            var list = column.Values ?? NumericPoints(column.Min!.Value, column.Max!.Value, rows.Select(r => r[c]));
            points.Add(list);
            combinations *= Math.Max(1, list.Count);
            if (combinations > 10_000)
            {
                return;
            }
        }

        var gaps = 0;
        foreach (var combination in Cartesian(points))
        {
            if (rows.Any(r => r.Select((t, c) => t.Matches(combination[c])).All(m => m)))
            {
                continue;
            }

            var example = string.Join(", ", inputs.Select((c, i) => c.Field + " = " + Show(combination[i])));
            _reader.Warning(RuleMessages.TableGap, "$", ("table", table), ("example", example));
            if (++gaps == 3)
            {
                return;
            }
        }
    }

    private static string Show(Value value) => value.Kind == ValueKind.Text ? "\"" + value.AsText() + "\"" : value.ToString();

    private static List<Value> NumericPoints(decimal min, decimal max, IEnumerable<CellTest> tests)
    {
        var bounds = new SortedSet<decimal> { min };
        foreach (var test in tests)
        {
            foreach (var bound in test.Bounds())
            {
                if (bound > min && bound < max)
                {
                    bounds.Add(bound);
                }
            }
        }

        var sorted = bounds.ToList();
        var result = new List<Value>();
        for (var i = 0; i < sorted.Count; i++)
        {
            result.Add(sorted[i]);
            var next = i + 1 < sorted.Count ? sorted[i + 1] : max;
            result.Add((sorted[i] + next) / 2);
        }

        return result;
    }

    private static IEnumerable<Value[]> Cartesian(List<List<Value>> points)
    {
        var indexes = new int[points.Count];
        while (true)
        {
            yield return indexes.Select((i, c) => points[c][i]).ToArray();
            var k = points.Count - 1;
            while (k >= 0 && ++indexes[k] == points[k].Count)
            {
                indexes[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>An input or output column of a table.</summary>
    internal sealed record Column(string Field, ValueKind Kind, List<Value>? Values, decimal? Min, decimal? Max);

    /// <summary>What one input cell accepts.</summary>
    internal sealed class CellTest
    {
        private readonly Value? _equals;
        private readonly decimal? _low;
        private readonly decimal? _high;
        private readonly bool _lowInclusive;
        private readonly bool _highInclusive;

        private CellTest(string field, Value? equals, decimal? low, bool lowInclusive, decimal? high, bool highInclusive, string text)
        {
            Field = field;
            _equals = equals;
            _low = low;
            _lowInclusive = lowInclusive;
            _high = high;
            _highInclusive = highInclusive;
            Text = text;
        }

        public string Field { get; }

        public string Text { get; }

        public bool IsAny => _equals is null && _low is null && _high is null;

        public static CellTest? Parse(object? cell, Column column)
        {
            var field = column.Field;
            switch (cell)
            {
                case null:
                    return new CellTest(field, null, null, false, null, false, "-");
                case decimal or bool:
                    return Equal(field, Literal(cell, column.Kind)!.Value);
                case string s:
                    s = s.Trim();
                    if (s.Length == 0 || s == "-")
                    {
                        return new CellTest(field, null, null, false, null, false, "-");
                    }

                    if (column.Kind == ValueKind.Number && Range(field, s) is { } range)
                    {
                        return range;
                    }

                    return Literal(s, column.Kind) is { } literal ? Equal(field, literal) : null;
                default:
                    return null;
            }
        }

        public bool Matches(Value value)
        {
            if (IsAny)
            {
                return true;
            }

            if (_equals is { } expected)
            {
                return value.Equals(expected);
            }

            if (!value.TryGetNumber(out var number))
            {
                return false;
            }

            return (_low is not { } low || number > low || (_lowInclusive && number == low))
                && (_high is not { } high || number < high || (_highInclusive && number == high));
        }

        public bool Intersects(CellTest other)
        {
            if (IsAny || other.IsAny)
            {
                return true;
            }

            if (_equals is { } a)
            {
                return other.Matches(a);
            }

            if (other._equals is { } b)
            {
                return Matches(b);
            }

            var (low, lowInclusive) = MaxLow(_low, _lowInclusive, other._low, other._lowInclusive);
            var (high, highInclusive) = MinHigh(_high, _highInclusive, other._high, other._highInclusive);
            return low is null || high is null || low < high || (low == high && lowInclusive && highInclusive);
        }

        public IEnumerable<decimal> Bounds()
        {
            if (_low is { } low)
            {
                yield return low;
            }

            if (_high is { } high)
            {
                yield return high;
            }

            if (_equals is { } value && value.TryGetNumber(out var number))
            {
                yield return number;
            }
        }

        private static CellTest Equal(string field, Value value) =>
            new(field, value, null, false, null, false, field + " == " + (value.Kind == ValueKind.Text ? "\"" + value.AsText() + "\"" : value.ToString()));

        private static CellTest? Range(string field, string s)
        {
            static decimal? Number(string text) =>
                decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

            foreach (var (prefix, isLow, inclusive) in new[] { (">=", true, true), ("<=", false, true), (">", true, false), ("<", false, false) })
            {
                if (s.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return Number(s[prefix.Length..]) is not { } bound ? null
                        : isLow ? new CellTest(field, null, bound, inclusive, null, false, field + " " + s)
                        : new CellTest(field, null, null, false, bound, inclusive, field + " " + s);
                }
            }

            if (s.Length >= 5 && (s[0] is '[' or '(') && (s[^1] is ']' or ')') && s.IndexOf("..", StringComparison.Ordinal) is var dots and > 0)
            {
                var low = Number(s[1..dots]);
                var high = Number(s[(dots + 2)..^1]);
                return low is null || high is null ? null : new CellTest(field, null, low, s[0] == '[', high, s[^1] == ']', field + " in " + s);
            }

            return null;
        }

        private static (decimal?, bool) MaxLow(decimal? a, bool ai, decimal? b, bool bi) =>
            a is null ? (b, bi) : b is null ? (a, ai) : a > b ? (a, ai) : b > a ? (b, bi) : (a, ai && bi);

        private static (decimal?, bool) MinHigh(decimal? a, bool ai, decimal? b, bool bi) =>
            a is null ? (b, bi) : b is null ? (a, ai) : a < b ? (a, ai) : b < a ? (b, bi) : (a, ai && bi);
    }

    /// <summary>The condition of one row: its cells match (and, for hit policy "first", no earlier row matches).</summary>
    internal sealed class RowCondition : IFormulaBacked
    {
        private readonly string _form;
        private readonly List<Column> _inputs;
        private readonly CellTest[] _tests;
        private readonly CellTest[][] _earlier;

        public RowCondition(string form, List<Column> inputs, CellTest[] tests, CellTest[][] earlier)
        {
            _form = form;
            _inputs = inputs;
            _tests = tests;
            _earlier = earlier;
            var own = string.Join(" && ", tests.Where(t => !t.IsAny).Select(t => t.Text));
            Text = (own.Length == 0 ? "TRUE" : own) + (earlier.Length > 0 ? " && no earlier row matches" : string.Empty);
        }

        public string Text { get; }

        public string Key => "row|" + _form + "|" + Guid.NewGuid().ToString("N");

        public bool Test(RecordFact record)
        {
            if (!Matches(_tests, record.Data))
            {
                return false;
            }

            foreach (var earlier in _earlier)
            {
                if (Matches(earlier, record.Data))
                {
                    return false;
                }
            }

            return true;
        }

        public string? Describe(object? fact) => fact is RecordFact record ? FormulaCondition.DescribeFields(_inputs.Select(i => i.Field), record.Data) : null;

        private static bool Matches(CellTest[] tests, RecordData data)
        {
            foreach (var test in tests)
            {
                if (!test.IsAny && !test.Matches(data.TryGetValue(test.Field, out var value) ? value : Value.Blank))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
