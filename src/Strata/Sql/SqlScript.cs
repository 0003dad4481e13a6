namespace Strata.Sql;

/// <summary>
/// Splits a SQL script into statements the way the server's lexer would see them:
/// semicolons inside quotes, dollar quotes, comments and <c>BEGIN ATOMIC … END</c>
/// bodies do not end a statement. Splitting ourselves (instead of sending the script
/// as one simple query) tells us which statement failed and on which line.
/// </summary>
public static class SqlScript
{
    public static IReadOnlyList<SqlStatement> Split(string script, int lineOffset = 0)
    {
        var statements = new List<SqlStatement>();
        int start = 0, i = 0, atomicDepth = 0;
        var lines = new LineCounter(script);
        bool sawBeginAtomic = false;
        string? previousWord = null;
        while (i < script.Length)
        {
            char c = script[i];
            if (c == '-' && At(script, i + 1, '-'))
            {
                i = SkipTo(script, i, "\n");
                continue;
            }
            if (c == '/' && At(script, i + 1, '*'))
            {
                i = SkipBlockComment(script, i);
                continue;
            }
            if (c == '\'')
            {
                bool escapes = i > 0 && (script[i - 1] is 'E' or 'e') && (i < 2 || !IsWordChar(script[i - 2]));
                i = SkipQuoted(script, i, '\'', escapes);
                continue;
            }
            if (c == '"')
            {
                i = SkipQuoted(script, i, '"', false);
                continue;
            }
            if (c == '$' && (i == 0 || !IsWordChar(script[i - 1])) && TryDollarTag(script, i, out var tag))
            {
                int close = script.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                i = close < 0 ? script.Length : close + tag.Length;
                continue;
            }
            if (IsWordStart(c))
            {
                int end = i;
                while (end < script.Length && IsWordChar(script[end])) end++;
                var word = script[i..end];
                if (word.Equals("ATOMIC", StringComparison.OrdinalIgnoreCase) &&
                    previousWord is not null && previousWord.Equals("BEGIN", StringComparison.OrdinalIgnoreCase))
                {
                    sawBeginAtomic = true;
                    atomicDepth++;
                }
                else if (sawBeginAtomic && word.Equals("CASE", StringComparison.OrdinalIgnoreCase))
                    atomicDepth++;
                else if (sawBeginAtomic && word.Equals("END", StringComparison.OrdinalIgnoreCase))
                    atomicDepth--;
                previousWord = word;
                i = end;
                continue;
            }
            if (c == ';' && atomicDepth <= 0)
            {
                Add(statements, script, start, i, lineOffset, lines);
                start = i + 1;
                sawBeginAtomic = false;
                atomicDepth = 0;
                previousWord = null;
            }
            i++;
        }
        Add(statements, script, start, script.Length, lineOffset, lines);
        return statements;
    }

    /// <summary>True when the text holds nothing but whitespace and comments.</summary>
    public static bool IsBlank(string text) => SkipBlank(text, 0) == text.Length;

    /// <summary>The offset of the first character at or after <paramref name="i"/> that is neither whitespace nor inside a comment.</summary>
    internal static int SkipBlank(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) i++;
            else if (text[i] == '-' && At(text, i + 1, '-')) i = SkipTo(text, i, "\n");
            else if (text[i] == '/' && At(text, i + 1, '*')) i = SkipBlockComment(text, i);
            else return i;
        }
        return i;
    }

    static void Add(List<SqlStatement> into, string script, int start, int end, int lineOffset, LineCounter lines)
    {
        var raw = script[start..end];
        if (IsBlank(raw)) return;
        // Leading comments (such as the "-- Up Migration" marker) are not part of the statement:
        // its line is where its first keyword is, and PostgreSQL's error positions count from there.
        int lead = SkipBlank(raw, 0);
        int offset = start + lead;
        into.Add(new SqlStatement(raw[lead..].TrimEnd(), offset, lines.At(offset) + lineOffset));
    }

    /// <summary>
    /// Line numbers of increasing offsets, counting each newline once: recounting from the top for every
    /// statement made a 10 MB file of 40,000 statements take minutes (quadratic).
    /// </summary>
    sealed class LineCounter(string text)
    {
        int _offset, _line = 1;

        public int At(int offset)
        {
            if (offset < _offset) return LineAt(text, offset);
            for (; _offset < offset && _offset < text.Length; _offset++)
                if (text[_offset] == '\n') _line++;
            return _line;
        }
    }

    /// <summary>1-based line number of a character offset.</summary>
    public static int LineAt(string text, int offset)
    {
        int line = 1;
        for (int k = 0; k < offset && k < text.Length; k++)
            if (text[k] == '\n') line++;
        return line;
    }

    static bool At(string s, int i, char c) => i < s.Length && s[i] == c;
    static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';
    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    static int SkipTo(string s, int i, string end)
    {
        int k = s.IndexOf(end, i, StringComparison.Ordinal);
        return k < 0 ? s.Length : k + end.Length;
    }

    static int SkipBlockComment(string s, int i)
    {
        int depth = 0;
        while (i < s.Length)
        {
            if (s[i] == '/' && At(s, i + 1, '*')) { depth++; i += 2; }
            else if (s[i] == '*' && At(s, i + 1, '/')) { depth--; i += 2; if (depth == 0) return i; }
            else i++;
        }
        return i;
    }

    static int SkipQuoted(string s, int i, char quote, bool backslashEscapes)
    {
        i++;
        while (i < s.Length)
        {
            if (backslashEscapes && s[i] == '\\') { i += 2; continue; }
            if (s[i] == quote)
            {
                if (At(s, i + 1, quote)) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    static bool TryDollarTag(string s, int i, out string tag)
    {
        int k = i + 1;
        while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] == '_')) k++;
        if (k < s.Length && s[k] == '$' && (k == i + 1 || !char.IsDigit(s[i + 1])))
        {
            tag = s[i..(k + 1)];
            return true;
        }
        tag = "";
        return false;
    }
}
