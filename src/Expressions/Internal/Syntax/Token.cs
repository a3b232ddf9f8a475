namespace Formwork.Expressions.Internal.Syntax;

internal enum TokenKind
{
    End,
    Number,
    Text,
    Name,
    QuotedName,
    Error,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Percent,
    Ampersand,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    OpenParen,
    CloseParen,
    Comma,
    Dot,
}

/// <summary>A token: its kind, where it is, and the text of names, numbers and texts (quotes removed).</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Text, decimal Number = 0m);
