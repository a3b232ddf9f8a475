using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Formwork.Expressions.Internal.Evaluation;

namespace Formwork.Expressions;

/// <summary>
/// A compiled formula: immutable and thread-safe; evaluate it as often as needed. Numeric and boolean formulas do not
/// allocate when evaluated by slot.
/// </summary>
public sealed class Formula
{
    private readonly Node _root;
    private readonly FastLane? _fastLane;
    private readonly TimeZoneInfo _timeZone;
    private readonly int _slotCount;

    // Once the fast lane is compiled to a lane that only answers with constant results, the typed entry points call it
    // directly and read their answer from these tables (published before the lane, see PublishConstantLane).
    private FastLane.ConstantLane? _constantLane;
    private string[] _texts = [];
    private bool[] _truths = [];

    internal Formula(string text, Node root, FormulaScope scope, IReadOnlyList<string> dependencies, TimeZoneInfo timeZone)
    {
        Text = text;
        _root = root;
        Scope = scope;
        Dependencies = dependencies;
        _timeZone = timeZone;
        _slotCount = scope.SlotCount;
        _fastLane = FastLaneBuilder.TryBuild(root);
    }

    /// <summary>Gets the formula text as written.</summary>
    public string Text { get; }

    /// <summary>Gets the kind of value the formula returns when it does not return an error, or <see langword="null"/> when it depends on the data (for example an IF with a number and a text branch).</summary>
    public ValueKind? ResultKind => _root.Kind;

    /// <summary>
    /// Gets the field paths the formula reads, sorted: plain fields (<c>quantity</c>), subform columns (<c>lines.amount</c>)
    /// and fields of related records (<c>customer.level</c>). Forms order computed fields and detect cycles with it.
    /// </summary>
    public IReadOnlyList<string> Dependencies { get; }

    /// <summary>Gets the scope the formula was compiled against (its slots).</summary>
    public FormulaScope Scope { get; }

    /// <summary>Evaluates the formula with the values passed by slot (see <see cref="FormulaScopeEntry.Slot"/>). Does not allocate for numeric and boolean formulas.</summary>
    /// <param name="slots">One value per slot of the scope.</param>
    /// <param name="context">The clock, time zone and record resolver; <see langword="null"/> for <see cref="FormulaContext.Default"/>.</param>
    /// <returns>The result; Excel errors (<c>#DIV/0!</c>…) are values, never exceptions.</returns>
    /// <exception cref="ArgumentException">Fewer values than the scope has slots.</exception>
    public Value Evaluate(ReadOnlySpan<Value> slots, FormulaContext? context = null)
    {
        if (slots.Length < _slotCount)
        {
            ThrowTooFewSlots(slots.Length);
        }

        var compiled = _fastLane?.Compiled;
        if (compiled is not null)
        {
            // One call: the guard, the typed computation and the result (a constant result comes back as its index).
            var code = compiled.Invoke(ref MemoryMarshal.GetReference(slots), out var fast);
            if (code >= 0)
            {
                return compiled.Results[code];
            }

            if (code == FastLane.Computed)
            {
                return fast;
            }
        }

        return EvaluateSlow(slots, context);
    }

    /// <summary>
    /// Evaluates the formula and returns its result as text, as Excel's <c>&amp;</c> shows it: text as it is, numbers
    /// without trailing zeros (<c>12.5</c>), <c>TRUE</c>/<c>FALSE</c>, dates as <c>2024-01-31</c>, blank as "", an error as its
    /// code (<c>#DIV/0!</c>). For labels and routing keys (<c>IF(amount &gt; 100000, "urgent", "normal")</c>): a formula that
    /// chooses between literal texts returns them without building a <see cref="Value"/> and does not allocate.
    /// </summary>
    /// <param name="slots">One value per slot of the scope.</param>
    /// <param name="context">The clock, time zone and record resolver; <see langword="null"/> for <see cref="FormulaContext.Default"/>.</param>
    /// <returns>The result's text.</returns>
    /// <exception cref="ArgumentException">Fewer values than the scope has slots.</exception>
    public string EvaluateText(ReadOnlySpan<Value> slots, FormulaContext? context = null) => Read<AsText, string>(slots, context);

    /// <summary>
    /// Evaluates the formula as a condition (validation, visibility, workflow branch, rule): <see langword="true"/> only when
    /// the result is TRUE or a non-zero number; FALSE, blank, text and errors are <see langword="false"/>. Does not allocate
    /// and, for a compiled condition, reads its answer without building a <see cref="Value"/>.
    /// </summary>
    /// <param name="slots">One value per slot of the scope.</param>
    /// <param name="context">The evaluation context.</param>
    /// <returns>Whether the condition holds.</returns>
    /// <exception cref="ArgumentException">Fewer values than the scope has slots.</exception>
    public bool IsTrue(ReadOnlySpan<Value> slots, FormulaContext? context = null) => Read<AsTruth, bool>(slots, context);

    /// <summary>
    /// The path of the typed entry points: a compiled lane that only answers with constant results (a condition, an IF
    /// choosing between literals) gives its answer in the caller's type straight from the formula's tables; everything
    /// else goes through <see cref="Evaluate(ReadOnlySpan{Value}, FormulaContext?)"/>, out of line so that this frame
    /// stays small. The reader is a struct so that each entry point gets its own specialised copy of this method.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TResult Read<TReader, TResult>(ReadOnlySpan<Value> slots, FormulaContext? context)
        where TReader : struct, IResultReader<TResult>
    {
        if (slots.Length < _slotCount)
        {
            ThrowTooFewSlots(slots.Length);
        }

        var lane = Volatile.Read(ref _constantLane);
        if (lane is not null)
        {
            var index = lane(ref MemoryMarshal.GetReference(slots));
            if (index >= 0)
            {
                return TReader.Constant(this, index);
            }
        }

        return TReader.Of(EvaluateOutOfLine(slots, context));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value EvaluateOutOfLine(ReadOnlySpan<Value> slots, FormulaContext? context)
    {
        var result = Evaluate(slots, context);
        if (_constantLane is null && _fastLane?.Compiled is { RunConstant: { } constant } compiled)
        {
            PublishConstantLane(compiled, constant);
        }

        return result;
    }

    /// <summary>Publishes a constant lane to the typed entry points: the tables first, so a thread that sees the lane sees them.</summary>
    private void PublishConstantLane(FastLane.CompiledCode compiled, FastLane.ConstantLane constant)
    {
        _texts = compiled.Texts;
        _truths = compiled.Truths;
        Volatile.Write(ref _constantLane, constant);
    }

    // Out of line: the typed tree (before the lane is compiled) or the general tree.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Value EvaluateSlow(ReadOnlySpan<Value> slots, FormulaContext? context)
    {
        var lane = _fastLane;
        if (lane is not null && !lane.IsCompiled && lane.TryEvaluate(slots, out var walked))
        {
            return walked;
        }

        return EvaluateGeneral(slots, context);
    }

    /// <summary>Reads a result in the type an entry point returns.</summary>
    /// <typeparam name="TResult">The type.</typeparam>
    private interface IResultReader<TResult>
    {
        /// <summary>Reads the constant result the lane answered with; the lane only answers with indexes of its tables.</summary>
        static abstract TResult Constant(Formula formula, int index);

        static abstract TResult Of(in Value value);
    }

    private readonly struct AsText : IResultReader<string>
    {
        public static string Constant(Formula formula, int index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(formula._texts), index);

        public static string Of(in Value value) => Excel.ToText(value);
    }

    private readonly struct AsTruth : IResultReader<bool>
    {
        public static bool Constant(Formula formula, int index) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(formula._truths), index);

        public static bool Of(in Value value) => Excel.IsTrue(value);
    }

    // Out of line, so that the hot path's frame stays small (no string-building locals to zero on every call).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowTooFewSlots(int given) =>
        throw new ArgumentException($"The formula needs {_slotCount} slot values but {given} were given.", "slots");

    /// <summary>Gets whether the formula has a typed fast lane (tests compare it with the general tree).</summary>
    internal bool HasFastLane => _fastLane is not null;

    /// <summary>Gets whether the fast lane runs as compiled code (it is compiled after some evaluations, or by <see cref="CompileFastLane"/>).</summary>
    internal bool HasCompiledFastLane => _fastLane is not null && _fastLane.IsCompiled;

    /// <summary>Compiles the fast lane now instead of after its first evaluations.</summary>
    internal void CompileFastLane() => _fastLane?.EnsureCompiled();

    /// <summary>Evaluates with the fast lane walking its typed tree (not its compiled code); <see langword="false"/> when the data needs the general tree.</summary>
    internal bool TryEvaluateInterpreted(ReadOnlySpan<Value> slots, out Value result)
    {
        result = default;
        return _fastLane is not null && _fastLane.TryEvaluate(slots, out result, interpreted: true);
    }

    /// <summary>Evaluates with the general tree only, never the fast lane: the reference the fast lane must agree with.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal Value EvaluateGeneral(ReadOnlySpan<Value> slots, FormulaContext? context = null)
    {
        context ??= FormulaContext.Default;
        var frame = new EvaluationFrame(slots, context, context.TimeZone ?? _timeZone);
        return _root.Evaluate(frame);
    }

    /// <summary>Evaluates the formula against record data, reading each name of the scope from the record (convenient; allocates the slot array).</summary>
    /// <param name="data">The record's field values; missing fields are blank.</param>
    /// <param name="context">The clock, time zone and record resolver; <see langword="null"/> for <see cref="FormulaContext.Default"/>.</param>
    /// <returns>The result.</returns>
    public Value Evaluate(RecordData data, FormulaContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Evaluate(Scope.ToSlots(data), context);
    }

    /// <summary>Returns the formula text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
