using System;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Formwork.Benchmarks.Infrastructure;

namespace Formwork.Benchmarks.Values;

/// <summary>
/// Line totals <c>quantity * unitPrice * (1 - discount)</c> summed over many lines, with field values held as
/// <see cref="Value"/> against the same values held as <see cref="JsonNode"/> (what a host without Formwork would parse
/// submissions into). Both sum exactly in decimal.
/// </summary>
[MemoryDiagnoser]
public class ValueArithmeticBenchmark
{
    private Value[] _quantity = [];
    private Value[] _unitPrice = [];
    private Value[] _discount = [];
    private JsonNode[] _quantityNodes = [];
    private JsonNode[] _unitPriceNodes = [];
    private JsonNode[] _discountNodes = [];

    /// <summary>Gets or sets how many lines are summed.</summary>
    [Params(10_000)]
    public int Lines { get; set; }

    /// <summary>Builds the lines with a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var count = BenchmarkScale.Size(Lines);
        var random = new Random(42);
        _quantity = new Value[count];
        _unitPrice = new Value[count];
        _discount = new Value[count];
        _quantityNodes = new JsonNode[count];
        _unitPriceNodes = new JsonNode[count];
        _discountNodes = new JsonNode[count];
        for (var i = 0; i < count; i++)
        {
            var quantity = (decimal)random.Next(1, 100);
            var price = random.Next(100, 1_000_000) / 100m;
            var discount = random.Next(0, 30) / 100m;
            _quantity[i] = quantity;
            _unitPrice[i] = price;
            _discount[i] = discount;
            _quantityNodes[i] = JsonValue.Create(quantity);
            _unitPriceNodes[i] = JsonValue.Create(price);
            _discountNodes[i] = JsonValue.Create(discount);
        }
    }

    /// <summary>The same arithmetic over JSON nodes.</summary>
    /// <returns>The total.</returns>
    [Benchmark(Baseline = true)]
    public decimal JsonNodeValues()
    {
        var total = 0m;
        for (var i = 0; i < _quantityNodes.Length; i++)
        {
            total += _quantityNodes[i].GetValue<decimal>() * _unitPriceNodes[i].GetValue<decimal>() * (1m - _discountNodes[i].GetValue<decimal>());
        }

        return total;
    }

    /// <summary>Excel arithmetic on <see cref="Value"/> (blank, text and error handling included).</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public decimal FormworkValues()
    {
        var total = Value.FromNumber(0m);
        var one = Value.FromNumber(1m);
        for (var i = 0; i < _quantity.Length; i++)
        {
            total = Value.Add(total, Value.Multiply(Value.Multiply(_quantity[i], _unitPrice[i]), Value.Subtract(one, _discount[i])));
        }

        return total.AsNumber();
    }

    /// <summary>Plain decimals: the floor no value representation can beat.</summary>
    /// <returns>The total.</returns>
    [Benchmark]
    public decimal RawDecimals()
    {
        var total = 0m;
        for (var i = 0; i < _quantity.Length; i++)
        {
            total += _quantity[i].AsNumber() * _unitPrice[i].AsNumber() * (1m - _discount[i].AsNumber());
        }

        return total;
    }
}
