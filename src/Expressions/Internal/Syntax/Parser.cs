using System;
using System.Collections.Generic;

namespace Formwork.Expressions.Internal.Syntax;

/// <summary>
/// Recursive-descent parser with Excel precedence (lowest first): OR, AND, NOT, comparisons, &amp;, + -, * /, ^, %,
/// prefix - +. Nesting is counted and bounded, so a hostile formula is refused before it can exhaust the stack.
/// </summary>
internal sealed class Parser
{
    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private readonly int _maxDepth;
    private int _position;
    private int _depth;

    private Parser(SourceText source, List<Token> tokens, int maxDepth)
    {
        _source = source;
        _tokens = tokens;
        _maxDepth = maxDepth;
    }

    private Token Current => _tokens[_position];

    public static SyntaxNode Parse(SourceText source, int maxDepth)
    {
        var parser = new Parser(source, Lexer.Tokenize(source), maxDepth);
        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            var token = parser.Current;
            throw new SyntaxException(source.Error(ExpressionMessages.TrailingText, token.Start, token.Length, ("found", Describe(token)), ("foundZh", DescribeChinese(token))));
        }

        return node;
    }

    private SyntaxNode ParseOr() => ParseLogical("OR", ParseAnd);

    private SyntaxNode ParseAnd() => ParseLogical("AND", ParseNot);

    private SyntaxNode ParseLogical(string keyword, Func<SyntaxNode> operand)
    {
        var first = operand();
        if (!IsKeyword(Current, keyword))
        {
            return first;
        }

        var arguments = new List<SyntaxNode> { first };
        while (IsKeyword(Current, keyword))
        {
            _position++;
            arguments.Add(operand());
        }

        return new CallSyntax(keyword, 0, arguments, first.Start, End(arguments[^1]) - first.Start);
    }

    private SyntaxNode ParseNot()
    {
        if (IsKeyword(Current, "NOT") && _tokens[_position + 1].Kind != TokenKind.OpenParen)
        {
            var start = Current.Start;
            _position++;
            Enter(start);
            var operand = ParseNot();
            _depth--;
            return new CallSyntax("NOT", 0, [operand], start, End(operand) - start);
        }

        return ParseComparison();
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseConcat();
        var entered = 0;
        while (Current.Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
        {
            var op = Current.Kind;
            Enter(Current.Start);
            entered++;
            _position++;
            var right = ParseConcat();
            left = new BinarySyntax(op, left, right, left.Start, End(right) - left.Start);
        }

        _depth -= entered;
        return left;
    }

    private SyntaxNode ParseConcat() => ParseChain(TokenKind.Ampersand, TokenKind.Ampersand, ParseAdditive);

    private SyntaxNode ParseAdditive() => ParseChain(TokenKind.Plus, TokenKind.Minus, ParseMultiplicative);

    private SyntaxNode ParseMultiplicative() => ParseChain(TokenKind.Star, TokenKind.Slash, ParsePower);

    private SyntaxNode ParseChain(TokenKind a, TokenKind b, Func<SyntaxNode> operand)
    {
        var first = operand();
        if (Current.Kind != a && Current.Kind != b)
        {
            return first;
        }

        var operators = new List<TokenKind>();
        var operands = new List<SyntaxNode>();
        while (Current.Kind == a || Current.Kind == b)
        {
            operators.Add(Current.Kind);
            _position++;
            operands.Add(operand());
        }

        return new ChainSyntax(first, operators, operands, first.Start, End(operands[^1]) - first.Start);
    }

    private SyntaxNode ParsePower()
    {
        var left = ParsePercent();
        var entered = 0;
        while (Current.Kind == TokenKind.Caret)
        {
            Enter(Current.Start);
            entered++;
            _position++;
            var right = ParsePercent();
            left = new BinarySyntax(TokenKind.Caret, left, right, left.Start, End(right) - left.Start);
        }

        _depth -= entered;
        return left;
    }

    private SyntaxNode ParsePercent()
    {
        var operand = ParseUnary();
        var entered = 0;
        while (Current.Kind == TokenKind.Percent)
        {
            Enter(Current.Start);
            entered++;
            operand = new UnarySyntax(TokenKind.Percent, operand, operand.Start, Current.Start + 1 - operand.Start);
            _position++;
        }

        _depth -= entered;
        return operand;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            var op = Current;
            _position++;
            Enter(op.Start);
            var operand = ParseUnary();
            _depth--;
            return new UnarySyntax(op.Kind, operand, op.Start, End(operand) - op.Start);
        }

        return ParsePrimary();
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _position++;
                return new LiteralSyntax(Value.FromNumber(token.Number), token.Start, token.Length);
            case TokenKind.Text:
                _position++;
                return new LiteralSyntax(Value.FromText(token.Text), token.Start, token.Length);
            case TokenKind.Error:
                _position++;
                ValueErrors.TryParse(token.Text, out var error);
                return new LiteralSyntax(Value.FromError(error), token.Start, token.Length);
            case TokenKind.OpenParen:
                _position++;
                Enter(token.Start);
                var inner = ParseOr();
                _depth--;
                var close = Expect(TokenKind.CloseParen, ")");
                return inner with { Start = token.Start, Length = close.Start + 1 - token.Start };
            case TokenKind.Name when _tokens[_position + 1].Kind == TokenKind.OpenParen:
                return ParseCall();
            case TokenKind.Name when IsKeyword(token, "TRUE") || IsKeyword(token, "FALSE"):
                _position++;
                return new LiteralSyntax(Value.FromBoolean(IsKeyword(token, "TRUE")), token.Start, token.Length);
            case TokenKind.Name:
            case TokenKind.QuotedName:
                return ParseName();
            default:
                throw new SyntaxException(_source.Error(ExpressionMessages.ExpectedExpression, token.Start, token.Length, ("found", Describe(token)), ("foundZh", DescribeChinese(token))));
        }
    }

    private SyntaxNode ParseCall()
    {
        var name = Current;
        _position += 2;
        Enter(name.Start);
        var arguments = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.CloseParen)
        {
            while (true)
            {
                // Excel allows an omitted argument (ROUND(x,)): it reads as blank.
                arguments.Add(Current.Kind is TokenKind.Comma or TokenKind.CloseParen
                    ? new LiteralSyntax(Value.Blank, Current.Start, 0)
                    : ParseOr());
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                _position++;
            }
        }

        _depth--;
        var close = Expect(TokenKind.CloseParen, ")");
        return new CallSyntax(name.Text.ToUpperInvariant(), name.Length, arguments, name.Start, close.Start + 1 - name.Start);
    }

    private NameSyntax ParseName()
    {
        var first = Current;
        _position++;
        var parts = new List<string> { first.Text };
        var end = first.Start + first.Length;
        while (Current.Kind == TokenKind.Dot)
        {
            _position++;
            var part = Current;
            if (part.Kind is not (TokenKind.Name or TokenKind.QuotedName))
            {
                throw new SyntaxException(_source.Error(ExpressionMessages.ExpectedName, part.Start, part.Length, ("found", Describe(part)), ("foundZh", DescribeChinese(part))));
            }

            _position++;
            parts.Add(part.Text);
            end = part.Start + part.Length;
        }

        return new NameSyntax(parts, first.Start, end - first.Start);
    }

    private Token Expect(TokenKind kind, string text)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new SyntaxException(_source.Error(ExpressionMessages.ExpectedToken, token.Start, token.Length, ("expected", text), ("found", Describe(token)), ("foundZh", DescribeChinese(token))));
        }

        _position++;
        return token;
    }

    private void Enter(int start)
    {
        if (++_depth > _maxDepth)
        {
            throw new SyntaxException(_source.Error(ExpressionMessages.TooDeep, start, 1, ("max", _maxDepth)));
        }
    }

    private static int End(SyntaxNode node) => node.Start + node.Length;

    private static bool IsKeyword(Token token, string keyword) =>
        token.Kind == TokenKind.Name && string.Equals(token.Text, keyword, StringComparison.OrdinalIgnoreCase);

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the formula",
        TokenKind.Text => "a text",
        _ => "'" + token.Text + "'",
    };

    private static string DescribeChinese(Token token) => token.Kind switch
    {
        TokenKind.End => "公式结尾",
        TokenKind.Text => "文本",
        _ => "“" + token.Text + "”",
    };
}
