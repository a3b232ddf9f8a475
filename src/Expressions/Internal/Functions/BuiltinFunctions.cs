using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Formwork.Expressions.Internal.Functions;

/// <summary>The table of built-in functions, by upper-case name. Each category registers itself from its own file.</summary>
internal static partial class BuiltinFunctions
{
    private static readonly Dictionary<string, BuiltinFunction> All = Build();

    public static IEnumerable<string> Names => All.Keys;

    public static bool TryGet(string name, [NotNullWhen(true)] out BuiltinFunction? function) => All.TryGetValue(name, out function);

    private static Dictionary<string, BuiltinFunction> Build()
    {
        var functions = new Dictionary<string, BuiltinFunction>(StringComparer.OrdinalIgnoreCase);
        AddLogical(functions);
        AddMath(functions);
        AddAggregates(functions);
        AddText(functions);
        AddDates(functions);
        AddChinese(functions);
        return functions;
    }

    private static void Add(Dictionary<string, BuiltinFunction> functions, BuiltinFunction function) => functions.Add(function.Name, function);
}
