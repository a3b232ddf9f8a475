using System;
using Formwork.Diagnostics;

namespace Formwork.Expressions.Internal.Syntax;

/// <summary>Stops the parser at the first syntax error; caught by the compiler and turned into its diagnostic.</summary>
internal sealed class SyntaxException : Exception
{
    public SyntaxException(Diagnostic diagnostic)
        : base(diagnostic.Message)
    {
        Diagnostic = diagnostic;
    }

    public SyntaxException()
    {
        Diagnostic = null!;
    }

    public SyntaxException(string message)
        : base(message)
    {
        Diagnostic = null!;
    }

    public SyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = null!;
    }

    public Diagnostic Diagnostic { get; }
}
