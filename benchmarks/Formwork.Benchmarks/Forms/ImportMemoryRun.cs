using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Formwork.Auditing;
using Formwork.Forms;
using Formwork.Stores;

namespace Formwork.Benchmarks.Forms;

/// <summary>
/// <c>--import-memory [formwork|formwork-records-only|csvhelper] [rows]</c>: imports the <see cref="CsvImportBenchmark"/> file (100,000 rows by
/// default) once in this fresh process and prints rows/s, the peak working set (the OS's high-water mark, which
/// includes the runtime and the file itself) and the GC heap peak (sampled every millisecond on a background
/// thread, so a peak between two samples can be missed), with the allocated bytes and the heap kept afterwards
/// (the records now in the in-memory store). One process per run, so the peaks belong to that import alone.
/// <c>formwork-records-only</c> keeps the records but drops audit entries and outbox messages as they are written
/// (as a host whose audit log and outbox live in a database would), to tell the importer's footprint from the
/// in-memory audit log's and outbox's.
/// </summary>
public static class ImportMemoryRun
{
    /// <summary>Runs one import and prints the numbers.</summary>
    /// <param name="args">The mode's arguments: which importer, and the number of rows.</param>
    /// <returns>0 on success; 2 on bad arguments.</returns>
    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "formwork";
        var rows = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100_000;
        if (which is not ("formwork" or "formwork-records-only" or "csvhelper"))
        {
            Console.Error.WriteLine("usage: --import-memory [formwork|formwork-records-only|csvhelper] [rows]");
            return 2;
        }

        var benchmark = new CsvImportBenchmark { Rows = rows };
        benchmark.Setup();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;

        long heapPeak = heapBefore;
        using var stop = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!stop.Wait(1))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: false);
                if (heap > Interlocked.Read(ref heapPeak))
                {
                    Interlocked.Exchange(ref heapPeak, heap);
                }
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();

        var stopwatch = Stopwatch.StartNew();
        var engine = which switch
        {
            "formwork" => ImportBenchmark.NewEngine(),
            "formwork-records-only" => new FormEngine(new InMemoryRecordStore(), new InMemorySequenceStore(), new DiscardingSinks(), new DiscardingSinks()),
            _ => null,
        };
        var imported = engine is not null ? benchmark.ImportInto(engine).Imported : benchmark.CsvHelperByHand();
        stopwatch.Stop();
        var heapAtEnd = GC.GetTotalMemory(forceFullCollection: false);
        stop.Set();
        sampler.Join();
        var peak = Math.Max(Interlocked.Read(ref heapPeak), heapAtEnd);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var peakWorkingSet = process.PeakWorkingSet64;
        var heapKept = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(engine);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"importer:           {which}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows:               {rows:N0} ({imported:N0} accepted)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time:               {stopwatch.Elapsed.TotalSeconds:F2} s ({rows / stopwatch.Elapsed.TotalSeconds:N0} rows/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated:          {allocated / 1048576.0:N0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC heap before:     {heapBefore / 1048576.0:N0} MB (the file and the compiled form)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC heap peak:       {peak / 1048576.0:N0} MB (sampled every 1 ms)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC heap kept after: {(heapKept - heapBefore) / 1048576.0:N0} MB (what the import leaves: for Formwork the records, audit entries and outbox messages in the in-memory stores)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"working set:        {workingSetBefore / 1048576.0:N0} MB before, peak {peakWorkingSet / 1048576.0:N0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC counts (process): gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; server GC {System.Runtime.GCSettings.IsServerGC}"));
        return 0;
    }

    /// <summary>An audit log and outbox that keep nothing.</summary>
    private sealed class DiscardingSinks : IAuditLog, IOutbox
    {
        public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<AuditEntry>> GetTrailAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<AuditEntry>>([]);

        public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<OutboxMessage>> ReadPendingAsync(int maxCount, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

        public Task MarkDeliveredAsync(IEnumerable<Guid> messageIds, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
