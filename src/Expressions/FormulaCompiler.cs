using System;
using System.Collections.Generic;
using Formwork.Diagnostics;
using Formwork.Expressions.Internal;
using Formwork.Expressions.Internal.Binding;
using Formwork.Expressions.Internal.Syntax;

namespace Formwork.Expressions;

/// <summary>
/// Compiles formula text against a <see cref="FormulaScope"/> into an immutable, thread-safe <see cref="Formula"/>:
/// lexer → parser → binder → evaluation tree. Compile once, evaluate many times. The compiler itself is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var compiler = new FormulaCompiler();
/// var scope = new FormulaScope().AddField("quantity", ValueKind.Number).AddField("unitPrice", ValueKind.Number);
/// var compilation = compiler.Compile("quantity * unitPrice", scope);
/// if (compilation.Success) { var total = compilation.Formula.Evaluate([3, 2.5m]); }
/// </code>
/// </example>
public sealed class FormulaCompiler
{
    private readonly FormulaOptions _options;
    private readonly TimeZoneInfo _timeZone;

    /// <summary>Creates a compiler.</summary>
    /// <param name="options">The limits, time zone and host functions; <see langword="null"/> for the defaults.</param>
    /// <exception cref="FormworkException">The options are invalid (<c>FWE0901</c>).</exception>
    public FormulaCompiler(FormulaOptions? options = null)
    {
        _options = options ?? new FormulaOptions();
        _timeZone = _options.Validate();
    }

    /// <summary>Gets the options.</summary>
    public FormulaOptions Options => _options;

    /// <summary>Compiles a formula. Never throws for a bad formula: the problems are in <see cref="FormulaCompilation.Diagnostics"/>.</summary>
    /// <param name="text">The formula, without a leading <c>=</c> (one is accepted and ignored).</param>
    /// <param name="scope">The names the formula may use.</param>
    /// <returns>The compilation.</returns>
    public FormulaCompilation Compile(string text, FormulaScope scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scope);
        var source = new SourceText(text);
        if (text.Length > _options.MaxLength)
        {
            return Failed(source.Error(ExpressionMessages.TooLong, _options.MaxLength, text.Length - _options.MaxLength, ("length", text.Length), ("max", _options.MaxLength)));
        }

        var body = text.TrimStart();
        if (body.StartsWith('=') && !body.StartsWith("==", StringComparison.Ordinal))
        {
            // Excel users type the leading '='; keep the positions of the rest by blanking it out.
            var index = text.IndexOf('=', StringComparison.Ordinal);
            source = new SourceText(string.Concat(text.AsSpan(0, index), " ", text.AsSpan(index + 1)));
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return Failed(source.Error(ExpressionMessages.Empty, 0, text.Length));
        }

        try
        {
            var syntax = Parser.Parse(source, _options.MaxDepth);
            var binder = new Binder(source, scope, _options.Functions);
            var root = binder.Bind(syntax);
            if (binder.Diagnostics.Count > 0)
            {
                return new FormulaCompilation(null, binder.Diagnostics);
            }

            return new FormulaCompilation(new Formula(text, root, scope, binder.Dependencies, _timeZone), []);
        }
        catch (SyntaxException ex)
        {
            return Failed(ex.Diagnostic);
        }
        catch (InsufficientExecutionStackException)
        {
            return Failed(source.Error(ExpressionMessages.TooDeep, 0, text.Length, ("max", _options.MaxDepth)));
        }
    }

    /// <summary>Compiles a formula and throws when it does not compile.</summary>
    /// <param name="text">The formula.</param>
    /// <param name="scope">The names the formula may use.</param>
    /// <returns>The compiled formula.</returns>
    /// <exception cref="FormworkException">The formula does not compile; the exception carries every diagnostic.</exception>
    public Formula CompileOrThrow(string text, FormulaScope scope)
    {
        var compilation = Compile(text, scope);
        return compilation.Success ? compilation.Formula : throw new FormworkException(compilation.Diagnostics);
    }

    private static FormulaCompilation Failed(Diagnostic diagnostic) => new(null, new List<Diagnostic> { diagnostic });
}
