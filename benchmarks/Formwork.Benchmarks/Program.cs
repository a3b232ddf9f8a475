using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Formwork.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/Formwork.Benchmarks -- --filter '*'   (real BenchmarkDotNet runs)
// dotnet run -c Release --project benchmarks/Formwork.Benchmarks -- --smoke [name] (every benchmark once, checked against its baseline)
// dotnet run -c Release --project benchmarks/Formwork.Benchmarks -- --import-memory [formwork|csvhelper] [rows] (one import, rows/s and peak memory)
if (args.Length > 0 && args[0] == "--import-memory")
{
    return Formwork.Benchmarks.Forms.ImportMemoryRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--smoke")
{
    return SmokeRun.Run(args.Skip(1).FirstOrDefault());
}

BenchmarkSwitcher.FromAssembly(typeof(SmokeRun).Assembly).Run(args);
return 0;
