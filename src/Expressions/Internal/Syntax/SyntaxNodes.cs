using System.Collections.Generic;

namespace Formwork.Expressions.Internal.Syntax;

/// <summary>A node of the syntax tree, with where it is in the formula.</summary>
internal abstract record SyntaxNode(int Start, int Length);

internal sealed record LiteralSyntax(Value Value, int Start, int Length) : SyntaxNode(Start, Length);

/// <summary>A name or dotted path: <c>quantity</c>, <c>customer.level</c>, <c>[unit price]</c>.</summary>
internal sealed record NameSyntax(IReadOnlyList<string> Parts, int Start, int Length) : SyntaxNode(Start, Length)
{
    public string Path => string.Join('.', Parts);
}

internal sealed record UnarySyntax(TokenKind Operator, SyntaxNode Operand, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record BinarySyntax(TokenKind Operator, SyntaxNode Left, SyntaxNode Right, int Start, int Length) : SyntaxNode(Start, Length);

/// <summary>A run of same-precedence operators (<c>a + b - c</c>), kept flat so long sums stay shallow.</summary>
internal sealed record ChainSyntax(SyntaxNode First, IReadOnlyList<TokenKind> Operators, IReadOnlyList<SyntaxNode> Operands, int Start, int Length) : SyntaxNode(Start, Length);

internal sealed record CallSyntax(string Name, int NameLength, IReadOnlyList<SyntaxNode> Arguments, int Start, int Length) : SyntaxNode(Start, Length);
