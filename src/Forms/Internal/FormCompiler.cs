using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Formwork.Diagnostics;
using Formwork.Expressions;

namespace Formwork.Forms.Internal;

/// <summary>
/// Checks a <see cref="FormDefinition"/> (names, settings, options, patterns, profiles, rules, formulas, cycles) and
/// compiles it. Every problem is a diagnostic with the JSON path of the definition; nothing is half-compiled.
/// </summary>
internal sealed class FormCompiler
{
    private readonly FormsOptions _options;
    private readonly TimeZoneInfo _timeZone;
    private readonly FormulaCompiler _formulas;
    private readonly List<Diagnostic> _diagnostics = [];

    public FormCompiler(FormsOptions options)
    {
        _options = options;
        _timeZone = options.Validate();
        _formulas = new FormulaCompiler(options.Formulas);
    }

    public (CompiledForm? Form, IReadOnlyList<Diagnostic> Diagnostics) Compile(FormDefinition definition)
    {
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            _diagnostics.Add(Diagnostic.Error(FormMessages.MissingProperty, "$.id", null, ("property", "id")));
        }

        if (definition.Version < 1)
        {
            Invalid("$.version", definition.Version, "a whole number of at least 1", "不小于 1 的整数");
        }

        var total = definition.Fields.Count + definition.Fields.Sum(f => f.Fields.Count);
        if (total > _options.MaxFields)
        {
            _diagnostics.Add(Diagnostic.Error(FormMessages.TooManyFields, "$.fields", null, ("count", total), ("max", _options.MaxFields)));
            return (null, _diagnostics);
        }

        var paths = new Dictionary<FieldDefinition, string>(ReferenceEqualityComparer.Instance);
        CheckFields(definition.Fields, "$.fields", nested: false, paths);
        if (_diagnostics.Count > 0)
        {
            return (null, _diagnostics);
        }

        // Computed fields without a declared kind take the kind the formula infers: compile once with provisional kinds, then again.
        var inferred = new Dictionary<FieldDefinition, ValueKind>(ReferenceEqualityComparer.Instance);
        var fields = Build(definition.Fields, string.Empty, inferred);
        var scope = ScopeFactory.Create(fields);
        foreach (var field in fields.Where(f => f.Type == FieldType.Computed && f.Settings.ResultKind is null))
        {
            var probe = new List<Diagnostic>();
            if (FieldFormula.Compile(_formulas, field.Definition.Formula!, scope, paths[field.Definition], probe) is { ResultKind: { } kind } && kind != ValueKind.Blank)
            {
                inferred[field.Definition] = kind;
            }
        }

        if (inferred.Count > 0)
        {
            fields = Build(definition.Fields, string.Empty, inferred);
            scope = ScopeFactory.Create(fields);
        }

        var computeOrder = CompileFields(fields, scope, paths, out var dependents);
        var rules = CompileRules(definition, fields, scope);
        CheckProfiles(definition, fields);
        CheckDefaultProfile(definition);
        if (_diagnostics.Count > 0)
        {
            return (null, _diagnostics);
        }

        var plan = new FormPlan
        {
            ComputeOrder = computeOrder,
            Dependents = dependents,
            RowReaders = RowReaders(fields),
            ParentReadingSubforms = fields.Where(f => f.Plan.RowFormulasReadParent).ToArray(),
            Rules = rules,
            UniqueFields = fields.Where(f => f.Settings.Unique).ToArray(),
            LookupFields = fields.Where(f => f.Type == FieldType.Lookup).ToArray(),
            SerialFields = fields.Where(f => f.Type == FieldType.SerialNumber).ToArray(),
            HasConditions = fields.Any(f => f.Plan.VisibleIf is not null || f.Plan.RequiredIf is not null || f.Plan.ReadOnlyIf is not null || f.Plan.HasRowConditions),
            HasReadOnlyIf = fields.Any(f => f.Plan.ReadOnlyIf is not null || f.Plan.HasColumnReadOnlyIf),
            RegexTimeout = _options.RegexTimeout,
            MaxSubformRows = _options.MaxSubformRows,
            TimeZone = _timeZone,
        };
        return (new CompiledForm(definition, fields, plan), _diagnostics);
    }

    private void CheckFields(IReadOnlyList<FieldDefinition> fields, string path, bool nested, Dictionary<FieldDefinition, string> paths)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var fieldPath = $"{path}[{i}]";
            paths[field] = fieldPath;
            if (!IsValidName(field.Name))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidFieldName, fieldPath + ".name", null, ("name", field.Name)));
            }
            else if (!names.TryAdd(field.Name, fieldPath))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateField, fieldPath + ".name", null, ("name", field.Name), ("other", names[field.Name])));
            }

            CheckSettings(field, fieldPath);
            if (field.Type == FieldType.Subform)
            {
                if (nested)
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.ChildFieldsNotAllowed, fieldPath + ".type", null, ("name", field.Name), ("type", "subform")));
                }
                else if (field.Fields.Count(f => !FieldKinds.IsLayout(f.Type)) == 0)
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.SubformWithoutFields, fieldPath + ".fields", null, ("name", field.Name)));
                }
                else
                {
                    CheckFields(field.Fields, fieldPath + ".fields", nested: true, paths);
                }
            }
            else if (field.Fields.Count > 0)
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.ChildFieldsNotAllowed, fieldPath + ".fields", null, ("name", field.Name), ("type", FieldKinds.JsonName(field.Type))));
            }

            if (field.Type == FieldType.Computed && field.Formula is null)
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingSetting, fieldPath + ".formula", null, ("type", "computed"), ("setting", "formula")));
            }
            else if (field.Formula is not null && (FieldKinds.IsLayout(field.Type) || field.Type is FieldType.Subform or FieldType.Lookup or FieldType.SerialNumber || FieldKinds.IsFile(field.Type)))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.SettingNotAllowed, fieldPath + ".formula", null, ("setting", "formula"), ("type", FieldKinds.JsonName(field.Type))));
            }
        }
    }

    private void CheckSettings(FieldDefinition field, string path)
    {
        var s = field.Settings;
        var type = FieldKinds.JsonName(field.Type);
        var set = new (string Name, bool IsSet)[]
        {
            ("minLength", s.MinLength is not null), ("maxLength", s.MaxLength is not null), ("min", s.Min is not null), ("max", s.Max is not null),
            ("scale", s.Scale is not null), ("currency", s.Currency is not null), ("options", s.Options is not null), ("pattern", s.Pattern is not null),
            ("patternMessage", s.PatternMessage is not null), ("patternMessageChinese", s.PatternMessageChinese is not null), ("format", s.Format is not null),
            ("unique", s.Unique), ("multiple", s.Multiple), ("minRows", s.MinRows is not null), ("maxRows", s.MaxRows is not null),
            ("maxFiles", s.MaxFiles is not null), ("maxFileSize", s.MaxFileSize is not null), ("contentTypes", s.ContentTypes is not null),
            ("serialPattern", s.SerialPattern is not null), ("relatedForm", s.RelatedForm is not null), ("source", s.Source is not null),
            ("resultKind", s.ResultKind is not null), ("content", s.Content is not null),
        };
        foreach (var (name, isSet) in set)
        {
            if (isSet && !FieldKinds.Allows(field.Type, name))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.SettingNotAllowed, path + ".settings." + name, null, ("setting", name), ("type", type)));
            }
        }

        if (s.Format is { } format && field.Type == FieldType.Phone && format is not (TextFormat.Mobile or TextFormat.Landline or TextFormat.Phone))
        {
            Invalid(path + ".settings.format", format, "mobile, landline or phone", "mobile、landline 或 phone");
        }

        NonNegative(s.MinLength, path + ".settings.minLength");
        NonNegative(s.MaxLength, path + ".settings.maxLength");
        NonNegative(s.MinRows, path + ".settings.minRows");
        NonNegative(s.MaxRows, path + ".settings.maxRows");
        NonNegative(s.MaxFiles, path + ".settings.maxFiles");
        if (s.MaxFileSize is < 0)
        {
            Invalid(path + ".settings.maxFileSize", s.MaxFileSize, "a number of bytes of at least 0", "不小于 0 的字节数");
        }

        if (s.MinLength > s.MaxLength)
        {
            Invalid(path + ".settings.minLength", s.MinLength, "at most maxLength (" + s.MaxLength + ")", "不大于 maxLength（" + s.MaxLength + "）");
        }

        if (s.Min > s.Max)
        {
            Invalid(path + ".settings.min", s.Min, "at most max (" + s.Max + ")", "不大于 max（" + s.Max + "）");
        }

        if (s.MinRows > s.MaxRows)
        {
            Invalid(path + ".settings.minRows", s.MinRows, "at most maxRows (" + s.MaxRows + ")", "不大于 maxRows（" + s.MaxRows + "）");
        }

        if (s.Scale is < 0 or > 10)
        {
            Invalid(path + ".settings.scale", s.Scale, "a whole number from 0 to 10", "0 到 10 之间的整数");
        }

        if (field.Type == FieldType.Rating && s.Max is { } stars && (stars < 1 || stars > 10 || stars != decimal.Truncate(stars)))
        {
            Invalid(path + ".settings.max", stars, "a whole number of stars from 1 to 10", "1 到 10 之间的整数星级");
        }

        if (s.Currency is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            Invalid(path + ".settings.currency", currency, "a three-letter ISO 4217 code such as CNY", "三位大写字母的 ISO 4217 币种代码，例如 CNY");
        }

        if (field.Type is FieldType.Select or FieldType.MultiSelect or FieldType.Cascade)
        {
            if (s.Options is not { Count: > 0 })
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingSetting, path + ".settings.options", null, ("type", type), ("setting", "options")));
            }
            else
            {
                CheckOptions(s.Options, path + ".settings.options", field.Type == FieldType.Cascade);
            }
        }

        if (s.Pattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, _options.RegexTimeout);
            }
            catch (ArgumentException ex)
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidPattern, path + ".settings.pattern", null, ("pattern", pattern), ("error", ex.Message)));
            }
        }

        switch (field.Type)
        {
            case FieldType.SerialNumber when s.SerialPattern is null:
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingSetting, path + ".settings.serialPattern", null, ("type", type), ("setting", "serialPattern")));
                break;
            case FieldType.SerialNumber when SerialPattern.TryParse(s.SerialPattern) is null:
                _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidSerialPattern, path + ".settings.serialPattern", null, ("pattern", s.SerialPattern)));
                break;
            case FieldType.Relation when string.IsNullOrWhiteSpace(s.RelatedForm):
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingSetting, path + ".settings.relatedForm", null, ("type", type), ("setting", "relatedForm")));
                break;
            case FieldType.Lookup when s.Source is null:
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingSetting, path + ".settings.source", null, ("type", type), ("setting", "source")));
                break;
        }
    }

    private void CheckOptions(IReadOnlyList<FieldOption> options, string path, bool cascade)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            if (!values.Add(options[i].Value))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateOption, $"{path}[{i}].value", null, ("value", options[i].Value)));
            }

            if (options[i].Children.Count > 0)
            {
                if (cascade)
                {
                    CheckOptions(options[i].Children, $"{path}[{i}].children", cascade);
                }
                else
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.SettingNotAllowed, $"{path}[{i}].children", null, ("setting", "children"), ("type", "select")));
                }
            }
        }
    }

    private static List<CompiledField> Build(IReadOnlyList<FieldDefinition> definitions, string prefix, Dictionary<FieldDefinition, ValueKind> inferred)
    {
        var fields = new List<CompiledField>();
        foreach (var definition in definitions)
        {
            if (FieldKinds.IsLayout(definition.Type))
            {
                continue;
            }

            var path = prefix + definition.Name;
            var children = definition.Type == FieldType.Subform ? Build(definition.Fields, path + ".", inferred) : [];
            var kind = FieldKinds.KindOf(definition, inferred.TryGetValue(definition, out var k) ? k : null);
            fields.Add(new CompiledField(definition, fields.Count, kind, path, children));
        }

        return fields;
    }

    private CompiledField[] CompileFields(List<CompiledField> fields, FormulaScope scope, Dictionary<FieldDefinition, string> paths, out Dictionary<string, CompiledField[]> dependents)
    {
        var graph = new Dictionary<CompiledField, string[]>();
        var byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var path = paths[field.Definition];
            var plan = CompileField(field, scope, path);
            if (field.Type == FieldType.Subform)
            {
                var (rowScope, parents) = ScopeFactory.RowScopeWithParent(field, fields);
                foreach (var child in field.Fields)
                {
                    child.Plan = CompileField(child, rowScope, paths[child.Definition]);
                }

                var (parentReads, formulasReadParent) = ParentReads(field, parents, paths);
                var rowConditions = field.Fields.Any(c => c.Plan.VisibleIf is not null || c.Plan.RequiredIf is not null || c.Plan.ReadOnlyIf is not null);

                plan = new FieldPlan
                {
                    RequiredIf = plan.RequiredIf,
                    VisibleIf = plan.VisibleIf,
                    ReadOnlyIf = plan.ReadOnlyIf,
                    DefaultFormula = plan.DefaultFormula,
                    RowComputeOrder = Order(field.Fields, paths, field.Name + "."),
                    HasRowConditions = rowConditions,
                    HasColumnReadOnlyIf = field.Fields.Any(c => c.Plan.ReadOnlyIf is not null),
                    HasRowDefaults = field.Fields.Any(c => c.Definition.Default is not null),
                    RowSlotCount = rowScope.SlotCount,
                    ParentReads = parentReads,
                    RowFormulasReadParent = formulasReadParent,
                    RowsFinalWhenNormalised = parentReads.Length == 0 && plan.VisibleIf is null && !rowConditions,
                };
            }
            else if (field.Type == FieldType.Lookup)
            {
                var source = field.Settings.Source!;
                var dot = source.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0 || dot == source.Length - 1 || !byName.TryGetValue(source[..dot], out var relation) || relation.Type != FieldType.Relation || relation.Settings.Multiple)
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidLookupSource, path + ".settings.source", null, ("source", source)));
                }
                else
                {
                    plan = new FieldPlan { RequiredIf = plan.RequiredIf, VisibleIf = plan.VisibleIf, ReadOnlyIf = plan.ReadOnlyIf, LookupRelation = relation, LookupField = source[(dot + 1)..] };
                }
            }

            field.Plan = plan;
            if (plan.Formula is not null)
            {
                graph[field] = plan.Formula.Dependencies.Select(TopLevel).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            }
        }

        var map = new Dictionary<string, List<CompiledField>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, reads) in graph)
        {
            foreach (var name in reads)
            {
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                }

                list.Add(field);
            }
        }

        foreach (var lookup in fields.Where(f => f.Plan.LookupRelation is not null))
        {
            var name = lookup.Plan.LookupRelation!.Name;
            if (!map.TryGetValue(name, out var list))
            {
                map[name] = list = [];
            }

            list.Add(lookup);
        }

        dependents = map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        return Order(fields, paths, string.Empty);
    }

    /// <summary>
    /// Finds the parent fields a subform's row formulas and conditions read. Computed columns may read the parent's
    /// input fields only (rows are computed before the parent's computed fields, which may aggregate the rows).
    /// </summary>
    private ((int RowSlot, int ParentSlot)[] Reads, bool FormulasReadParent) ParentReads(CompiledField subform, List<(int RowSlot, CompiledField Parent)> parents, Dictionary<FieldDefinition, string> paths)
    {
        var reads = new List<(int, int)>();
        var formulasReadParent = false;
        foreach (var (rowSlot, parent) in parents)
        {
            var read = false;
            foreach (var child in subform.Fields)
            {
                var plan = child.Plan;
                if (Reads(plan.Formula, parent.Name) || Reads(plan.DefaultFormula, parent.Name))
                {
                    read = formulasReadParent = true;
                    if (parent.IsComputed)
                    {
                        _diagnostics.Add(Diagnostic.Error(FormMessages.RowFormulaReadsComputed, paths[child.Definition] + (Reads(plan.Formula, parent.Name) ? ".formula" : ".default.formula"), null, ("column", subform.Name + "." + child.Name), ("field", parent.Name)));
                    }
                }

                read |= Reads(plan.RequiredIf, parent.Name) || Reads(plan.VisibleIf, parent.Name) || Reads(plan.ReadOnlyIf, parent.Name);
            }

            if (read)
            {
                reads.Add((rowSlot, parent.Slot));
            }
        }

        return ([.. reads], formulasReadParent);
    }

    private static bool Reads(FieldFormula? formula, string name) =>
        formula is not null && formula.Dependencies.Any(d => string.Equals(TopLevel(d), name, StringComparison.OrdinalIgnoreCase));

    private FieldPlan CompileField(CompiledField field, FormulaScope scope, string path)
    {
        var definition = field.Definition;
        return new FieldPlan
        {
            Formula = Formula(definition.Formula, scope, path + ".formula"),
            DefaultFormula = definition.Default is { Source: DefaultSource.Formula } d ? Formula(d.Formula, scope, path + ".default.formula") : null,
            RequiredIf = Formula(definition.RequiredIf, scope, path + ".requiredIf"),
            VisibleIf = Formula(definition.VisibleIf, scope, path + ".visibleIf"),
            ReadOnlyIf = Formula(definition.ReadOnlyIf, scope, path + ".readOnlyIf"),
            Pattern = definition.Settings.Pattern is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, _options.RegexTimeout) : null,
            Serial = definition.Settings.SerialPattern is { } serial ? SerialPattern.TryParse(serial) : null,
        };
    }

    private FieldFormula? Formula(string? text, FormulaScope scope, string path) =>
        text is null ? null : FieldFormula.Compile(_formulas, text, scope, path, _diagnostics);

    /// <summary>Orders the fields that have a formula so each comes after the fields it reads; reports a cycle with its path.</summary>
    private CompiledField[] Order(IReadOnlyList<CompiledField> fields, Dictionary<FieldDefinition, string> paths, string prefix)
    {
        var byName = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        var order = new List<CompiledField>();
        var state = new Dictionary<CompiledField, int>();
        var stack = new List<CompiledField>();
        var reported = false;

        void Visit(CompiledField field)
        {
            if (reported || state.GetValueOrDefault(field) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(field) == 1)
            {
                var start = stack.IndexOf(field);
                var cycle = string.Join(" → ", stack.Skip(start).Append(field).Select(f => prefix + f.Name));
                _diagnostics.Add(Diagnostic.Error(FormMessages.Cycle, paths[field.Definition] + ".formula", null, ("cycle", cycle)));
                reported = true;
                return;
            }

            state[field] = 1;
            stack.Add(field);
            foreach (var name in field.Plan.Formula!.Dependencies.Select(TopLevel))
            {
                if (byName.TryGetValue(name, out var dependency) && dependency.Plan.Formula is not null)
                {
                    Visit(dependency);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[field] = 2;
            order.Add(field);
        }

        foreach (var field in fields)
        {
            if (field.Plan.Formula is not null)
            {
                Visit(field);
            }
        }

        return [.. order];
    }

    private CompiledRule[] CompileRules(FormDefinition definition, List<CompiledField> fields, FormulaScope scope)
    {
        var rules = new List<CompiledRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Rules.Count; i++)
        {
            var rule = definition.Rules[i];
            var path = $"$.rules[{i}]";
            if (!names.Add(rule.Name))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateName, path + ".name", null, ("name", rule.Name), ("what", "rule"), ("whatZh", "规则")));
            }

            if (rule.Field is not null && !fields.Any(f => string.Equals(f.Name, rule.Field, StringComparison.OrdinalIgnoreCase)))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownFieldReference, path + ".field", null, ("name", rule.Field)));
            }

            if (Formula(rule.Condition, scope, path + ".condition") is { } condition)
            {
                rules.Add(new CompiledRule(rule, condition, rule.Field));
            }
        }

        return [.. rules];
    }

    private void CheckProfiles(FormDefinition definition, List<CompiledField> fields)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Permissions.Count; i++)
        {
            var profile = definition.Permissions[i];
            var path = $"$.permissions[{i}]";
            for (var r = 0; r < profile.Roles.Count; r++)
            {
                var role = profile.Roles[r];
                if (string.IsNullOrWhiteSpace(role))
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidRole, $"{path}.roles[{r}]", null, ("profile", profile.Name)));
                }
                else if (!roles.TryAdd(role, profile.Name))
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.RoleInTwoProfiles, $"{path}.roles[{r}]", null, ("role", role), ("profile", profile.Name), ("other", roles[role])));
                }
            }

            if (string.IsNullOrWhiteSpace(profile.Name) || !names.Add(profile.Name))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateName, path + ".name", null, ("name", profile.Name), ("what", "permission profile"), ("whatZh", "权限配置")));
            }

            foreach (var name in profile.Fields.Keys)
            {
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                var top = fields.FirstOrDefault(f => string.Equals(f.Name, dot < 0 ? name : name[..dot], StringComparison.OrdinalIgnoreCase));
                if (top is null || (dot >= 0 && !top.TryGetField(name[(dot + 1)..], out _)))
                {
                    _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownFieldReference, path + ".fields." + name, null, ("name", name)));
                }
            }
        }
    }

    private static Dictionary<string, CompiledField[]> RowReaders(List<CompiledField> fields)
    {
        var map = new Dictionary<string, List<CompiledField>>(StringComparer.OrdinalIgnoreCase);
        foreach (var subform in fields.Where(f => f.Plan.RowFormulasReadParent))
        {
            foreach (var (_, parentSlot) in subform.Plan.ParentReads)
            {
                var name = fields[parentSlot].Name;
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                }

                list.Add(subform);
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private void CheckDefaultProfile(FormDefinition definition)
    {
        if (definition.DefaultProfile is { } name && !definition.Permissions.Any(p => p.Name == name))
        {
            _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownDefaultProfile, "$.defaultProfile", null, ("profile", name)));
        }
    }

    private static string TopLevel(string dependency)
    {
        var dot = dependency.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? dependency : dependency[..dot];
    }

    internal static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 128 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private void NonNegative(int? value, string path)
    {
        if (value is < 0)
        {
            Invalid(path, value, "a whole number of at least 0", "不小于 0 的整数");
        }
    }

    private void Invalid(string path, object? value, string expected, string expectedChinese) =>
        _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidValue, path, null, ("property", path[(path.LastIndexOf('.') + 1)..]), ("value", Convert.ToString(value, CultureInfo.InvariantCulture)), ("expected", expected), ("expectedZh", expectedChinese)));
}
