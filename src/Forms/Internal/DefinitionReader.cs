using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Formwork.Diagnostics;
using Formwork.Json;

namespace Formwork.Forms.Internal;

/// <summary>
/// Reads a form definition from JSON strictly: unknown properties, wrong JSON types, unknown field types and
/// settings that do not apply are diagnostics with their JSON path. Returns <see langword="null"/> on any error.
/// </summary>
internal sealed class DefinitionReader
{
    private static readonly string[] FormProperties = ["kind", "$schema", "id", "version", "title", "description", "fields", "rules", "permissions", "defaultProfile"];
    private static readonly string[] FieldProperties = ["name", "label", "type", "aliases", "help", "required", "requiredIf", "visibleIf", "readOnlyIf", "default", "formula", "settings", "fields"];
    private static readonly string[] SettingProperties = ["minLength", "maxLength", "min", "max", "scale", "currency", "options", "pattern", "patternMessage", "patternMessageChinese", "format", "unique", "multiple", "minRows", "maxRows", "maxFiles", "maxFileSize", "contentTypes", "serialPattern", "relatedForm", "source", "resultKind", "content"];
    private static readonly string[] OptionProperties = ["value", "label", "color", "disabled", "children"];
    private static readonly string[] RuleProperties = ["name", "condition", "message", "messageChinese", "field"];
    private static readonly string[] ProfileProperties = ["name", "roles", "default", "records", "fields"];
    private static readonly string[] DefaultProperties = ["value", "formula", "source"];

    private readonly List<Diagnostic> _diagnostics;

    public DefinitionReader(List<Diagnostic> diagnostics)
    {
        _diagnostics = diagnostics;
    }

    public FormDefinition? Read(JsonElement root)
    {
        var before = _diagnostics.Count;
        if (!Object(root, "$", FormProperties))
        {
            return null;
        }

        var id = String(root, "id", "$", required: true);
        var version = Int(root, "version", "$") ?? 1;
        if (version < 1)
        {
            Invalid("$.version", version, "a whole number of at least 1", "不小于 1 的整数");
        }

        var fields = Array(root, "fields", "$", required: true, (e, p) => ReadField(e, p, nested: false));
        var rules = Array(root, "rules", "$", required: false, ReadRule);
        var permissions = Array(root, "permissions", "$", required: false, ReadProfile);
        var title = String(root, "title", "$");
        var description = String(root, "description", "$");
        var defaultProfile = String(root, "defaultProfile", "$");
        if (root.TryGetProperty("kind", out var kind) && (kind.ValueKind != JsonValueKind.String || kind.GetString() != "form"))
        {
            _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownKind, "$.kind", null, ("kind", kind.ToString()), ("expected", "form")));
        }

        if (_diagnostics.Count > before || id is null)
        {
            return null;
        }

        return new FormDefinition
        {
            Id = id,
            Version = version,
            Title = title,
            Description = description,
            Fields = fields,
            Rules = rules,
            Permissions = permissions,
            DefaultProfile = defaultProfile,
        };
    }

    private FieldDefinition? ReadField(JsonElement element, string path, bool nested)
    {
        if (!Object(element, path, FieldProperties))
        {
            return null;
        }

        var name = String(element, "name", path, required: true);
        var typeName = String(element, "type", path, required: true);
        FieldType type = default;
        if (typeName is not null && !FieldKinds.TryParse(typeName, out type))
        {
            _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownFieldType, path + ".type", null, ("type", typeName), ("expected", string.Join(", ", FieldKinds.JsonNames))));
            return null;
        }

        if (name is null || typeName is null)
        {
            return null;
        }

        var settings = element.TryGetProperty("settings", out var s) ? ReadSettings(s, path + ".settings") : FieldSettings.None;
        var children = Array(element, "fields", path, required: false, (e, p) => ReadField(e, p, nested: true));
        return new FieldDefinition
        {
            Name = name,
            Type = type,
            Label = String(element, "label", path),
            Aliases = StringArray(element, "aliases", path),
            Help = String(element, "help", path),
            Required = Bool(element, "required", path) ?? false,
            RequiredIf = String(element, "requiredIf", path),
            VisibleIf = String(element, "visibleIf", path),
            ReadOnlyIf = String(element, "readOnlyIf", path),
            Default = element.TryGetProperty("default", out var d) ? ReadDefault(d, path + ".default", type) : null,
            Formula = String(element, "formula", path),
            Settings = settings ?? FieldSettings.None,
            Fields = children,
        };
    }

    private FieldSettings? ReadSettings(JsonElement element, string path)
    {
        if (!Object(element, path, SettingProperties))
        {
            return null;
        }

        TextFormat? format = null;
        if (String(element, "format", path) is { } formatName)
        {
            if (Enum.GetValues<TextFormat>().Where(f => Camel(f.ToString()) == formatName).Select(f => (TextFormat?)f).FirstOrDefault() is { } f)
            {
                format = f;
            }
            else
            {
                Invalid(path + ".format", formatName, "one of " + string.Join(", ", Enum.GetNames<TextFormat>().Select(Camel)), "以下之一：" + string.Join("、", Enum.GetNames<TextFormat>().Select(Camel)));
            }
        }

        ValueKind? resultKind = null;
        if (String(element, "resultKind", path) is { } kindName)
        {
            if (Enum.TryParse<ValueKind>(kindName, ignoreCase: true, out var k) && k is not ValueKind.Error and not ValueKind.Blank && kindName.All(char.IsLetter))
            {
                resultKind = k;
            }
            else
            {
                Invalid(path + ".resultKind", kindName, "text, number, boolean, date, dateTime, time, list, table or reference", "text、number、boolean、date、dateTime、time、list、table 或 reference");
            }
        }

        return new FieldSettings
        {
            MinLength = Int(element, "minLength", path),
            MaxLength = Int(element, "maxLength", path),
            Min = Decimal(element, "min", path),
            Max = Decimal(element, "max", path),
            Scale = Int(element, "scale", path),
            Currency = String(element, "currency", path),
            Options = element.TryGetProperty("options", out _) ? Array(element, "options", path, required: false, ReadOption) : null,
            Pattern = String(element, "pattern", path),
            PatternMessage = String(element, "patternMessage", path),
            PatternMessageChinese = String(element, "patternMessageChinese", path),
            Format = format,
            Unique = Bool(element, "unique", path) ?? false,
            Multiple = Bool(element, "multiple", path) ?? false,
            MinRows = Int(element, "minRows", path),
            MaxRows = Int(element, "maxRows", path),
            MaxFiles = Int(element, "maxFiles", path),
            MaxFileSize = Long(element, "maxFileSize", path),
            ContentTypes = element.TryGetProperty("contentTypes", out _) ? StringArray(element, "contentTypes", path) : null,
            SerialPattern = String(element, "serialPattern", path),
            RelatedForm = String(element, "relatedForm", path),
            Source = String(element, "source", path),
            ResultKind = resultKind,
            Content = String(element, "content", path),
        };
    }

    private FieldOption? ReadOption(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString()!;
            if (text.Length == 0)
            {
                Invalid(path, "\"\"", "a non-empty option value", "非空的选项值");
                return null;
            }

            return new FieldOption(text);
        }

        if (!Object(element, path, OptionProperties))
        {
            return null;
        }

        var value = String(element, "value", path, required: true);
        if (value is null)
        {
            return null;
        }

        if (value.Length == 0)
        {
            Invalid(path + ".value", "\"\"", "a non-empty option value", "非空的选项值");
            return null;
        }

        return new FieldOption(value, String(element, "label", path))
        {
            Color = String(element, "color", path),
            Disabled = Bool(element, "disabled", path) ?? false,
            Children = Array(element, "children", path, required: false, ReadOption),
        };
    }

    private FieldDefault? ReadDefault(JsonElement element, string path, FieldType type)
    {
        if (!Object(element, path, DefaultProperties))
        {
            return null;
        }

        var count = element.EnumerateObject().Count();
        if (count != 1)
        {
            Invalid(path, count + " properties", "exactly one of value, formula or source", "value、formula、source 三者之一");
            return null;
        }

        if (element.TryGetProperty("formula", out _))
        {
            return String(element, "formula", path) is { } formula ? FieldDefault.FromFormula(formula) : null;
        }

        if (element.TryGetProperty("source", out _))
        {
            return String(element, "source", path) switch
            {
                "currentUser" => FieldDefault.CurrentUser,
                "currentDepartment" => FieldDefault.CurrentDepartment,
                null => null,
                var other => InvalidDefault(path + ".source", other),
            };
        }

        try
        {
            var kind = FieldKinds.KindOf(new FieldDefinition { Name = "x", Type = type });
            var value = ValueJson.ReadPlain(element.GetProperty("value"), kind == ValueKind.Blank ? null : kind, path + ".value");
            return FieldDefault.Constant(value);
        }
        catch (Exception ex) when (ex is JsonException or FormworkException or FormatException)
        {
            Invalid(path + ".value", element.GetProperty("value").GetRawText(), "a value of the field's type (" + ex.Message + ")", "与字段类型相符的值");
            return null;
        }
    }

    private FieldDefault? InvalidDefault(string path, string value)
    {
        Invalid(path, value, "currentUser or currentDepartment", "currentUser 或 currentDepartment");
        return null;
    }

    private FormRule? ReadRule(JsonElement element, string path)
    {
        if (!Object(element, path, RuleProperties))
        {
            return null;
        }

        var name = String(element, "name", path, required: true);
        var condition = String(element, "condition", path, required: true);
        var message = String(element, "message", path, required: true);
        if (name is null || condition is null || message is null)
        {
            return null;
        }

        return new FormRule { Name = name, Condition = condition, Message = message, MessageChinese = String(element, "messageChinese", path), Field = String(element, "field", path) };
    }

    private PermissionProfile? ReadProfile(JsonElement element, string path)
    {
        if (!Object(element, path, ProfileProperties))
        {
            return null;
        }

        var name = String(element, "name", path, required: true);
        var roles = StringArray(element, "roles", path);
        var access = String(element, "default", path) is { } d ? Access(d, path + ".default") : FieldAccess.Editable;
        var records = String(element, "records", path) is { } r ? Scope(r, path + ".records") : RecordScope.All;
        var fields = new Dictionary<string, FieldAccess>(StringComparer.Ordinal);
        if (element.TryGetProperty("fields", out var map))
        {
            if (map.ValueKind != JsonValueKind.Object)
            {
                WrongType(path + ".fields", "fields", "an object", "对象", map);
            }
            else
            {
                foreach (var property in map.EnumerateObject())
                {
                    var propertyPath = path + ".fields." + property.Name;
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        WrongType(propertyPath, property.Name, "a string", "字符串", property.Value);
                    }
                    else if (Access(property.Value.GetString()!, propertyPath) is { } a)
                    {
                        fields[property.Name] = a;
                    }
                }
            }
        }

        return name is null || access is null || records is null ? null : new PermissionProfile { Name = name, Roles = roles, Default = access.Value, Records = records.Value, Fields = fields };
    }

    private FieldAccess? Access(string text, string path) =>
        Choice<FieldAccess>(text, path, "editable, readOnly, hidden, required or masked", "editable、readOnly、hidden、required 或 masked");

    private RecordScope? Scope(string text, string path) => Choice<RecordScope>(text, path, "all, own or department", "all、own 或 department");

    /// <summary>Reads an enum member written in camel case (<c>readOnly</c>); anything else is an invalid value at <paramref name="path"/>.</summary>
    private TEnum? Choice<TEnum>(string text, string path, string expected, string expectedChinese)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Camel(value.ToString()) == text)
            {
                return value;
            }
        }

        Invalid(path, text, expected, expectedChinese);
        return null;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private bool Object(JsonElement element, string path, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            WrongType(path, path, "an object", "对象", element);
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.UnknownProperty, path + "." + property.Name, null, ("property", property.Name), ("expected", string.Join(", ", allowed))));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.DuplicateName, path + "." + property.Name, null, ("name", property.Name), ("what", "property"), ("whatZh", "属性")));
            }
        }

        // Unknown and duplicate properties are reported; reading goes on so every other problem is reported too.
        return true;
    }

    private IReadOnlyList<T> Array<T>(JsonElement parent, string name, string path, bool required, Func<JsonElement, string, T?> read)
        where T : class
    {
        var propertyPath = path + "." + name;
        if (!parent.TryGetProperty(name, out var element))
        {
            if (required)
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingProperty, propertyPath, null, ("property", name)));
            }

            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            WrongType(propertyPath, name, "an array", "数组", element);
            return [];
        }

        var items = new List<T>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (read(item, $"{propertyPath}[{index++}]") is { } value)
            {
                items.Add(value);
            }
        }

        return items;
    }

    private IReadOnlyList<string> StringArray(JsonElement parent, string name, string path) =>
        Array(parent, name, path, required: false, (e, p) =>
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                return e.GetString();
            }

            WrongType(p, name, "a string", "字符串", e);
            return null;
        });

    private string? String(JsonElement parent, string name, string path, bool required = false)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            if (required)
            {
                _diagnostics.Add(Diagnostic.Error(FormMessages.MissingProperty, path + "." + name, null, ("property", name)));
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            WrongType(path + "." + name, name, "a string", "字符串", element);
            return null;
        }

        return element.GetString();
    }

    private bool? Bool(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        WrongType(path + "." + name, name, "true or false", "true 或 false", element);
        return null;
    }

    private decimal? Decimal(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var value))
        {
            return value;
        }

        WrongType(path + "." + name, name, "a number", "数字", element);
        return null;
    }

    private long? Long(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value))
        {
            return value;
        }

        WrongType(path + "." + name, name, "a whole number", "整数", element);
        return null;
    }

    private int? Int(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        WrongType(path + "." + name, name, "a whole number", "整数", element);
        return null;
    }

    private void WrongType(string path, string property, string expected, string expectedChinese, JsonElement actual) =>
        _diagnostics.Add(Diagnostic.Error(FormMessages.WrongJsonType, path, null, ("property", property), ("expected", expected), ("expectedZh", expectedChinese), ("actual", Describe(actual))));

    private void Invalid(string path, object value, string expected, string expectedChinese) =>
        _diagnostics.Add(Diagnostic.Error(FormMessages.InvalidValue, path, null, ("property", path[(path.LastIndexOf('.') + 1)..]), ("value", Convert.ToString(value, CultureInfo.InvariantCulture)), ("expected", expected), ("expectedZh", expectedChinese)));

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };
}
