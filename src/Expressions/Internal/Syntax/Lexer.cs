using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Formwork.Expressions.Internal.Syntax;

/// <summary>Turns formula text into tokens. Stops at the first lexical error (reported as a <see cref="SyntaxException"/>).</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(SourceText source)
    {
        var text = source.Text;
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, text.Length, 0, string.Empty));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !PreviousIsName(tokens)))
            {
                tokens.Add(ReadNumber(source, ref i));
                continue;
            }

            if (IsNameStart(text, i))
            {
                while (i < text.Length && IsNamePart(text, i))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, start, i - start, text[start..i]));
                continue;
            }

            switch (c)
            {
                case '"':
                    tokens.Add(ReadText(source, ref i));
                    continue;
                case '[':
                    var close = text.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw new SyntaxException(source.Error(ExpressionMessages.UnterminatedName, start, text.Length - start));
                    }

                    var name = text[(i + 1)..close].Trim();
                    if (name.Length == 0)
                    {
                        throw new SyntaxException(source.Error(ExpressionMessages.ExpectedName, start, close - start + 1, ("found", "[]"), ("foundZh", "[]")));
                    }

                    i = close + 1;
                    tokens.Add(new Token(TokenKind.QuotedName, start, i - start, name));
                    continue;
                case '#':
                    tokens.Add(ReadError(source, ref i));
                    continue;
            }

            var (kind, length) = c switch
            {
                '+' => (TokenKind.Plus, 1),
                '-' => (TokenKind.Minus, 1),
                '*' => (TokenKind.Star, 1),
                '/' => (TokenKind.Slash, 1),
                '^' => (TokenKind.Caret, 1),
                '%' => (TokenKind.Percent, 1),
                '&' => (TokenKind.Ampersand, 1),
                '(' => (TokenKind.OpenParen, 1),
                ')' => (TokenKind.CloseParen, 1),
                ',' or ';' => (TokenKind.Comma, 1),
                '.' => (TokenKind.Dot, 1),
                '=' => (TokenKind.Equal, Next(text, i) == '=' ? 2 : 1),
                '!' when Next(text, i) == '=' => (TokenKind.NotEqual, 2),
                '<' => Next(text, i) switch
                {
                    '>' => (TokenKind.NotEqual, 2),
                    '=' => (TokenKind.LessOrEqual, 2),
                    _ => (TokenKind.Less, 1),
                },
                '>' => Next(text, i) == '=' ? (TokenKind.GreaterOrEqual, 2) : (TokenKind.Greater, 1),
                _ => (TokenKind.End, 0),
            };
            if (length == 0)
            {
                var length1 = char.IsSurrogatePair(text, i) ? 2 : 1;
                throw new SyntaxException(source.Error(ExpressionMessages.UnexpectedCharacter, start, length1, ("character", text.Substring(i, length1))));
            }

            i += length;
            tokens.Add(new Token(kind, start, length, text.Substring(start, length)));
        }
    }

    private static bool PreviousIsName(List<Token> tokens) =>
        tokens.Count > 0 && tokens[^1].Kind is TokenKind.Name or TokenKind.QuotedName or TokenKind.CloseParen;

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static bool IsNameStart(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return char.IsSurrogatePair(text, i) && char.IsLetter(text, i);
        }

        return char.IsLetter(c) || c == '_';
    }

    private static bool IsNamePart(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        if (char.IsLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }

    private static Token ReadNumber(SourceText source, ref int i)
    {
        var text = source.Text;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                i = j;
            }
        }

        if (i < text.Length && IsNameStart(text, i) && !(text[i] is 'e' or 'E'))
        {
            while (i < text.Length && IsNamePart(text, i))
            {
                i++;
            }

            throw new SyntaxException(source.Error(ExpressionMessages.InvalidNumber, start, i - start, ("text", text[start..i])));
        }

        var literal = text[start..i];
        if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            throw new SyntaxException(source.Error(ExpressionMessages.InvalidNumber, start, i - start, ("text", literal)));
        }

        return new Token(TokenKind.Number, start, i - start, literal, number);
    }

    private static Token ReadText(SourceText source, ref int i)
    {
        var text = source.Text;
        var start = i;
        var builder = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new SyntaxException(source.Error(ExpressionMessages.UnterminatedText, start, text.Length - start));
            }

            if (text[i] == '"')
            {
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    builder.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                return new Token(TokenKind.Text, start, i - start, builder.ToString());
            }

            builder.Append(text[i]);
            i++;
        }
    }

    private static Token ReadError(SourceText source, ref int i)
    {
        var text = source.Text;
        var start = i;
        foreach (var candidate in ErrorLiterals)
        {
            if (string.Compare(text, i, candidate, 0, candidate.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += candidate.Length;
                return new Token(TokenKind.Error, start, candidate.Length, candidate);
            }
        }

        throw new SyntaxException(source.Error(ExpressionMessages.UnexpectedCharacter, start, 1, ("character", "#")));
    }

    private static readonly string[] ErrorLiterals = ["#DIV/0!", "#VALUE!", "#NUM!", "#N/A", "#NAME?", "#REF!", "#NULL!"];
}
