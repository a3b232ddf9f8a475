namespace Formwork.Expressions.Internal.Functions;

/// <summary>Excel wildcards: <c>*</c> any run, <c>?</c> one character, <c>~</c> escapes; case-insensitive; linear backtracking (no regex, no blow-up).</summary>
internal static class Wildcard
{
    public static bool IsMatch(string text, string pattern) => IndexOf(text, pattern, 0, anchored: true) == 0;

    /// <summary>Finds the first position at or after <paramref name="start"/> where the pattern matches (SEARCH); -1 when none.</summary>
    public static int IndexOf(string text, string pattern, int start, bool anchored)
    {
        for (var s = start; s <= text.Length; s++)
        {
            if (MatchAt(text, s, pattern, anchored))
            {
                return s;
            }

            if (anchored)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool MatchAt(string text, int start, string pattern, bool wholeText)
    {
        int t = start, p = 0, starP = -1, starT = -1;
        while (true)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    starP = ++p;
                    starT = t;
                    if (!wholeText && p == pattern.Length)
                    {
                        return true;
                    }

                    continue;
                }

                var literal = c;
                var width = 1;
                if (c == '~' && p + 1 < pattern.Length && pattern[p + 1] is '*' or '?' or '~')
                {
                    literal = pattern[p + 1];
                    width = 2;
                }

                if (t < text.Length && ((c == '?' && width == 1) || char.ToUpperInvariant(text[t]) == char.ToUpperInvariant(literal)))
                {
                    t++;
                    p += width;
                    continue;
                }
            }
            else if (!wholeText || t == text.Length)
            {
                return true;
            }

            if (starP < 0 || starT >= text.Length)
            {
                return false;
            }

            p = starP;
            t = ++starT;
        }
    }
}
