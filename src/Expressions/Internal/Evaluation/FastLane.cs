using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Linq = System.Linq.Expressions;

namespace Formwork.Expressions.Internal.Evaluation;

/// <summary>
/// A typed copy of a formula for the common case, built by <see cref="FastLaneBuilder"/> when every part of the formula
/// is simple (fields, constants, arithmetic, <c>^</c>, <c>&amp;</c>, comparisons, AND/OR/NOT, IF, date arithmetic and the
/// common scalar functions) and every field it reads is a number, text or date field. It runs only when each field it
/// reads holds a value of its declared kind (or is blank where blank reads as 0 or "" in Excel, such as arithmetic,
/// comparisons and <c>&amp;</c>); then numbers stay decimals, conditions stay booleans, and nothing is checked per node.
/// Any other data, and any arithmetic overflow, division by zero or error result, falls back to the general tree, which
/// gives Excel's full semantics.
/// </summary>
internal sealed class FastLane
{
    /// <summary>The compiled lane's answer when the general tree must evaluate.</summary>
    public const int Fallback = -1;

    /// <summary>The compiled lane's answer when it wrote a computed value to its <c>result</c> argument.</summary>
    public const int Computed = -2;

    /// <summary>How many evaluations walk the typed tree before the lane is compiled: compiling costs far more than one evaluation.</summary>
    private const int CompileAfter = 64;

    private readonly ValueExpr _root;
    private readonly int[] _slots;
    private readonly ValueKind[] _kinds;
    private readonly bool[] _blankAllowed;
    private readonly PathRead[] _paths;

    private CompiledCode? _compiled;
    private int _evaluations;
    private bool _compileTried;

    public FastLane(ValueExpr root, int[] slots, ValueKind[] kinds, bool[] blankAllowed, PathRead[] paths)
    {
        _paths = paths;
        _root = root;
        _slots = slots;
        _kinds = kinds;
        _blankAllowed = blankAllowed;
    }

    /// <summary>
    /// The whole formula compiled to one method: the guard on the slot kinds, the typed computation with its locals,
    /// and the result. Returns the index of a constant result in <see cref="CompiledCode.Results"/> (an IF choosing between literals,
    /// a condition's TRUE/FALSE: nothing is built or copied), <see cref="Computed"/> when it wrote a computed value to
    /// <paramref name="result"/>, or <see cref="Fallback"/> when the data needs the general tree.
    /// </summary>
    public delegate int CompiledLane(ref Value first, out Value result);

    /// <summary>
    /// A compiled lane that only ever answers with a constant result's index (a condition, an IF choosing between
    /// literals): without the result argument, its callers keep no result local.
    /// </summary>
    public delegate int ConstantLane(ref Value first);

    /// <summary>Gets whether the lane runs as compiled code (else it walks its typed tree).</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>Gets the compiled lane once it exists; callers on the hot path invoke it directly.</summary>
    public CompiledCode? Compiled => Volatile.Read(ref _compiled);

    /// <summary>
    /// Compiles the lane now if it was not yet. Thread-safe: two threads may both compile, and either delegate is correct
    /// (the results table is published before the delegate that indexes it); when compilation is not possible the lane
    /// keeps walking its typed tree.
    /// </summary>
    public void EnsureCompiled()
    {
        if (!_compileTried)
        {
            var compiled = Compile();
            if (compiled is not null)
            {
                Volatile.Write(ref _compiled, compiled);
            }

            _compileTried = true;
        }
    }

    /// <summary>Evaluates when the data allows; <see langword="false"/> means the general tree must evaluate.</summary>
    /// <param name="slots">The slot values; the caller checked there are enough.</param>
    /// <param name="result">The result when it returns <see langword="true"/>.</param>
    /// <param name="interpreted">Walk the typed tree even when a compiled delegate exists (tests compare both).</param>
    public bool TryEvaluate(ReadOnlySpan<Value> slots, out Value result, bool interpreted = false)
    {
        var compiled = _compiled;
        if (compiled is not null && !interpreted)
        {
            var code = compiled.Invoke(ref MemoryMarshal.GetReference(slots), out result);
            if (code >= 0)
            {
                result = compiled.Results[code];
            }

            return code != Fallback;
        }

        var indexes = _slots;
        var kinds = _kinds;
        for (var i = 0; i < indexes.Length; i++)
        {
            var kind = slots[indexes[i]].Kind;
            if (kind != kinds[i] && !(kind == ValueKind.Blank && _blankAllowed[i]))
            {
                result = default;
                return false;
            }
        }

        foreach (var path in _paths)
        {
            var kind = path.Read(slots).Kind;
            if (kind != path.Kind && !(kind == ValueKind.Blank && path.BlankAllowed))
            {
                result = default;
                return false;
            }
        }

        if (!_compileTried && ++_evaluations > CompileAfter)
        {
            // The evaluation count is a hint, not a guarantee: a lost increment between threads only delays compiling.
            EnsureCompiled();
        }

        try
        {
            result = _root.Evaluate(slots);
            return true;
        }
        catch (ArithmeticException)
        {
            // Overflow, division by zero or an error result: the general tree gives #NUM!, #DIV/0!…
            result = default;
            return false;
        }
    }

    private CompiledCode? Compile()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // No JIT (AOT, interpreter-only platforms): walking the typed tree is faster than interpreting an expression tree.
            return null;
        }

        try
        {
            var lane = new LaneContext();
            Linq.Expression? guard = null;
            for (var i = _slots.Length - 1; i >= 0; i--)
            {
                var check = LaneEmit.KindIs(lane.First, _slots[i], _kinds[i], _blankAllowed[i]);
                guard = guard is null ? check : Linq.Expression.AndAlso(check, guard);
            }

            foreach (var path in _paths)
            {
                var check = LaneEmit.PathIs(lane.First, path, lane.Local(path));
                guard = guard is null ? check : Linq.Expression.AndAlso(guard, check);
            }

            var fallback = Linq.Expression.Constant(Fallback);
            var body = _root.Emit(lane);
            if (lane.UsesFailed)
            {
                // A raised failure flag (division by zero) means the general tree must give the answer.
                var code = Linq.Expression.Variable(typeof(int), "code");
                body = Linq.Expression.Block(
                    [lane.Failed, code],
                    Linq.Expression.Assign(lane.Failed, Linq.Expression.Constant(false)),
                    Linq.Expression.Assign(code, body),
                    Linq.Expression.Condition(lane.Failed, fallback, code));
            }

            if (_root.CanThrow)
            {
                // Overflow, division by zero or a result the lane cannot represent: the general tree gives Excel's answer.
                body = Linq.Expression.TryCatch(body, Linq.Expression.Catch(typeof(ArithmeticException), fallback));
            }

            Linq.Expression laneBody = Linq.Expression.Condition(guard!, body, fallback);
            if (lane.Locals.Count > 0)
            {
                laneBody = Linq.Expression.Block(lane.Locals.Values, laneBody);
            }

            return lane.WritesResult
                ? new CompiledCode(Linq.Expression.Lambda<CompiledLane>(laneBody, lane.First, lane.Result).Compile(), null, lane.Results.ToArray())
                : new CompiledCode(null, Linq.Expression.Lambda<ConstantLane>(laneBody, lane.First).Compile(), lane.Results.ToArray());
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The compiled method with the constant results it returns by index, published together as one object; each constant
    /// result also comes as text and as a condition's truth, so typed callers read their answer without converting it.
    /// </summary>
    public sealed class CompiledCode
    {
        public CompiledCode(CompiledLane? run, ConstantLane? runConstant, Value[] results)
        {
            Run = run;
            RunConstant = runConstant;
            Results = results;
            Texts = new string[results.Length];
            Truths = new bool[results.Length];
            for (var i = 0; i < results.Length; i++)
            {
                Texts[i] = Excel.ToText(results[i]);
                Truths[i] = Excel.IsTrue(results[i]);
            }
        }

        /// <summary>Gets the lane when it computes results (else <see langword="null"/>).</summary>
        public CompiledLane? Run { get; }

        /// <summary>Gets the lane when it only answers with constant results (else <see langword="null"/>).</summary>
        public ConstantLane? RunConstant { get; }

        public Value[] Results { get; }

        /// <summary>Gets the text of each constant result, as <see cref="Excel.ToText"/> gives it.</summary>
        public string[] Texts { get; }

        /// <summary>Gets whether each constant result holds as a condition (<see cref="Excel.IsTrue"/>).</summary>
        public bool[] Truths { get; }

        /// <summary>Runs whichever lane there is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Invoke(ref Value first, out Value result)
        {
            if (RunConstant is { } constant)
            {
                result = default;
                return constant(ref first);
            }

            return Run!(ref first, out result);
        }
    }
}
