using System;

namespace Formwork.Expressions;

/// <summary>The body of a host function: computes the result from the evaluated arguments. It must not throw; return an error value instead.</summary>
/// <param name="arguments">The evaluated arguments (errors included: the host decides whether they propagate).</param>
/// <param name="context">The evaluation context (clock, time zone).</param>
/// <returns>The result.</returns>
public delegate Value FormulaFunctionImplementation(ReadOnlySpan<Value> arguments, FormulaContext context);
