using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Formwork.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark smoke CI runs: every benchmark class is set up on small data (<see cref="BenchmarkScale"/>), every
/// benchmark method runs once, and each one's result must agree with its class's baseline (the baseline is the same
/// computation done another way, so a ratio compares like with like), and BenchmarkDotNet's own validators must accept
/// the class (baseline, setup/cleanup, params). Takes seconds, not minutes.
/// </summary>
public static class SmokeRun
{
    /// <summary>Runs the smoke over every benchmark class of this assembly.</summary>
    /// <param name="filter">Only classes whose full name contains this text, or <see langword="null"/> for all.</param>
    /// <returns>0 when every benchmark ran and agreed with its baseline; 1 otherwise.</returns>
    public static int Run(string? filter)
    {
        Environment.SetEnvironmentVariable(BenchmarkScale.SmokeVariable, "1");
        var classes = typeof(SmokeRun).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute))))
            .Where(t => filter is null || t.FullName!.Contains(filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
        var failures = 0;
        var count = 0;
        foreach (var type in classes)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Validate(type);
                count += RunClass(type);
                Console.WriteLine($"ok    {type.Name} ({watch.ElapsedMilliseconds} ms)");
            }
            catch (Exception ex)
            {
                failures++;
                var inner = ex is TargetInvocationException { InnerException: { } e } ? e : ex;
                Console.WriteLine($"FAIL  {type.Name}: {inner.GetType().Name}: {inner.Message}");
            }
        }

        Console.WriteLine($"benchmark smoke: {classes.Length} classes, {count} benchmarks, {failures} failed");
        return failures == 0 && classes.Length > 0 ? 0 : 1;
    }

    private static void Validate(Type type)
    {
        var info = BenchmarkConverter.TypeToBenchmarks(type, DefaultConfig.Instance);
        var parameters = new ValidationParameters(info.BenchmarksCases, info.Config);
        var errors = info.Config.GetValidators()
            .SelectMany(validator => validator.Validate(parameters))
            .Where(error => error.IsCritical)
            .Select(error => error.Message)
            .ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("BenchmarkDotNet refuses the class: " + string.Join(" ", errors));
        }
    }

    private static int RunClass(Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.IsDefined(typeof(ParamsAttribute))))
        {
            property.SetValue(instance, property.GetCustomAttribute<ParamsAttribute>()!.Values[0]);
        }

        foreach (var field in type.GetFields().Where(f => f.IsDefined(typeof(ParamsAttribute))))
        {
            field.SetValue(instance, field.GetCustomAttribute<ParamsAttribute>()!.Values[0]);
        }

        Invoke(instance, type.GetMethods().Where(m => m.IsDefined(typeof(GlobalSetupAttribute))));
        try
        {
            var benchmarks = type.GetMethods().Where(m => m.IsDefined(typeof(BenchmarkAttribute))).ToArray();
            var baseline = benchmarks.FirstOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline)
                ?? throw new InvalidOperationException("every benchmark class needs a [Benchmark(Baseline = true)] method");
            Invoke(instance, type.GetMethods().Where(m => m.IsDefined(typeof(IterationSetupAttribute))));
            var expected = Result(baseline.Invoke(instance, null));
            foreach (var benchmark in benchmarks.Where(b => b != baseline))
            {
                Invoke(instance, type.GetMethods().Where(m => m.IsDefined(typeof(IterationSetupAttribute))));
                var actual = Result(benchmark.Invoke(instance, null));
                if (!Agree(expected, actual))
                {
                    throw new InvalidOperationException($"{benchmark.Name} returned {Show(actual)} but the baseline {baseline.Name} returned {Show(expected)}");
                }
            }

            return benchmarks.Length;
        }
        finally
        {
            Invoke(instance, type.GetMethods().Where(m => m.IsDefined(typeof(GlobalCleanupAttribute))));
        }
    }

    private static void Invoke(object instance, IEnumerable<MethodInfo> methods)
    {
        foreach (var method in methods)
        {
            Result(method.Invoke(instance, null));
        }
    }

    private static object? Result(object? value)
    {
        switch (value)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            case ValueTask valueTask:
                valueTask.AsTask().GetAwaiter().GetResult();
                return null;
            default:
                var type = value?.GetType();
                if (type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
                {
                    return type.GetMethod("AsTask")!.Invoke(value, null) is Task t ? Result(t) : null;
                }

                return value;
        }
    }

    private static bool Agree(object? expected, object? actual)
    {
        if (expected is string || actual is string || expected is not IEnumerable || actual is not IEnumerable)
        {
            return Equals(expected, actual) || string.Equals(Show(expected), Show(actual), StringComparison.Ordinal);
        }

        return ((IEnumerable)expected).Cast<object?>().SequenceEqual(((IEnumerable)actual).Cast<object?>());
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
