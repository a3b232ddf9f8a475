using System;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Formwork.Json;

namespace Formwork.Benchmarks.Values;

/// <summary>
/// JSON round-trip of a submission (30 scalar fields and a list): parse into the in-memory model and
/// write it back. <see cref="RecordData"/> against <see cref="JsonNode"/>; both write the same text.
/// </summary>
[MemoryDiagnoser]
public class ValueJsonBenchmark
{
    private string _json = string.Empty;

    /// <summary>Builds the submission.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var record = new RecordData();
        for (var i = 0; i < 10; i++)
        {
            record.Set("text" + i, "客户资料 " + random.Next());
            record.Set("amount" + i, random.Next(0, 10_000_000) / 100m);
            record.Set("flag" + i, random.Next(2) == 1);
        }

        record.Set("tags", Value.FromList(["vip", "east", "renewal"]));
        _json = record.ToJson();
    }

    /// <summary>Parse into a <see cref="JsonNode"/> tree and write it.</summary>
    /// <returns>The written JSON.</returns>
    [Benchmark(Baseline = true)]
    public string JsonNodeRoundTrip() => JsonNode.Parse(_json)!.ToJsonString(FormworkJson.SerializerOptions);

    /// <summary>Parse into <see cref="RecordData"/> of <see cref="Value"/>s and write it.</summary>
    /// <returns>The written JSON.</returns>
    [Benchmark]
    public string RecordDataRoundTrip() => RecordData.FromJson(_json).ToJson();
}
