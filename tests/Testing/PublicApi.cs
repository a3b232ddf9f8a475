using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Formwork.Testing;

/// <summary>
/// Dumps the public surface of an assembly as sorted text lines (one per type and member), so that a test can
/// compare it with a checked-in <c>PublicAPI.txt</c> and every API change shows up in review.
/// </summary>
public static class PublicApi
{
    /// <summary>
    /// Compares the public API of an assembly with the package's checked-in <c>PublicAPI.txt</c>
    /// (for example <c>src/Abstractions/PublicAPI.txt</c>); see <see cref="Snapshot"/> for how to accept a change.
    /// </summary>
    /// <param name="assembly">The package assembly.</param>
    /// <param name="packageFolder">The package folder relative to the repository root, such as <c>src/Abstractions</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    public static void Verify(Assembly assembly, string packageFolder, [System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "") =>
        Snapshot.MatchFile(Dump(assembly), RepositoryPaths.File(packageFolder + "/PublicAPI.txt", sourceFile));

    /// <summary>Returns the public API of an assembly, one line per public type and member, sorted.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The API text.</returns>
    public static string Dump(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeName = Name(type);
            lines.Add($"{Kind(type)} {typeName}{Bases(type)}");
            if (type.IsEnum)
            {
                foreach (var name in Enum.GetNames(type))
                {
                    lines.Add($"{typeName}.{name} = {Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)}");
                }

                continue;
            }

            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                var line = Member(member);
                if (line is not null)
                {
                    lines.Add($"{typeName}.{line}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" :
        type.IsInterface ? "interface" :
        type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct") :
        typeof(Delegate).IsAssignableFrom(type) ? "delegate" :
        type.IsAbstract && type.IsSealed ? "static class" :
        type.IsAbstract ? "abstract class" :
        type.IsSealed ? "sealed class" : "class";

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private static string? Member(MemberInfo member)
    {
        switch (member)
        {
            case ConstructorInfo c:
                return $"ctor({Parameters(c.GetParameters())})";
            case MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal):
                var generic = m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : string.Empty;
                return $"{Static(m)}{Name(m.ReturnType)} {m.Name}{generic}({Parameters(m.GetParameters())})";
            case PropertyInfo p:
                var get = p.GetMethod is { IsPublic: true } ? " get;" : string.Empty;
                var set = p.SetMethod is { IsPublic: true } ? (IsInit(p.SetMethod) ? " init;" : " set;") : string.Empty;
                var indexer = p.GetIndexParameters();
                var name = indexer.Length > 0 ? $"this[{Parameters(indexer)}]" : p.Name;
                return $"{Static(p.GetMethod ?? p.SetMethod!)}{Name(p.PropertyType)} {name} {{{get}{set} }}";
            case FieldInfo f:
                var modifier = f.IsLiteral ? "const " : f.IsStatic ? (f.IsInitOnly ? "static readonly " : "static ") : (f.IsInitOnly ? "readonly " : string.Empty);
                return $"{modifier}{Name(f.FieldType)} {f.Name}";
            case EventInfo e:
                return $"event {Name(e.EventHandlerType!)} {e.Name}";
            default:
                return null;
        }
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Static(MethodBase method) => method.IsStatic ? "static " : method.IsAbstract && !method.DeclaringType!.IsInterface ? "abstract " : method.IsVirtual && !method.IsFinal && !method.DeclaringType!.IsInterface ? "virtual " : string.Empty;

    private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(p =>
    {
        var builder = new StringBuilder();
        if (p.IsDefined(typeof(ParamArrayAttribute)))
        {
            builder.Append("params ");
        }

        var type = p.ParameterType;
        if (type.IsByRef)
        {
            builder.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
            type = type.GetElementType()!;
        }

        builder.Append(Name(type)).Append(' ').Append(p.Name);
        if (p.HasDefaultValue)
        {
            builder.Append(" = ").Append(p.DefaultValue is null ? "null" : p.DefaultValue is string s ? "\"" + s + "\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!) + "&";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var arguments = type.GetGenericArguments();
        if (type.IsNested && type.DeclaringType!.IsGenericType)
        {
            arguments = arguments.Skip(type.DeclaringType.GetGenericArguments().Length).ToArray();
        }

        return (tick < 0 ? name : name[..tick]) + (arguments.Length == 0 ? string.Empty : "<" + string.Join(", ", arguments.Select(Name)) + ">");
    }
}
