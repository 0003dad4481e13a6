namespace Strata.Sql;

/// <summary>
/// Splits a SQL script into statements the way psql does (PostgreSQL's src/fe_utils/psqlscan.l): a semicolon
/// ends a statement only outside quotes, dollar quotes and comments, outside parentheses (a rule's
/// <c>DO ALSO (…; …)</c>), and outside the <c>BEGIN … END</c> body of a <c>CREATE [OR REPLACE] FUNCTION|PROCEDURE</c>
/// (<c>BEGIN ATOMIC</c>, PostgreSQL 14+). Splitting ourselves (instead of sending the script as one simple
/// query) tells us which statement failed and on which line.
/// </summary>
internal static class SqlScript
{
    public static IReadOnlyList<SqlStatement> Split(string script, int lineOffset = 0)
    {
        var statements = new List<SqlStatement>();
        var lines = new LineCounter(script);
        int start = 0, parens = 0, begins = 0, words = 0;
        // psql's heuristic, letter for letter: the initials of the statement's first four words, kept when they are
        // CREATE, OR, REPLACE, FUNCTION or PROCEDURE; in such a statement, at the top level, BEGIN opens a body,
        // CASE inside a body opens another, END closes one.
        Span<char> initials = stackalloc char[4];
        initials.Clear();
        foreach (var t in SqlLexer.Tokens(script))
        {
            if (t.Kind == SqlTokenKind.Word)
            {
                var w = t.In(script);
                if (words < 4 && (Is(w, "create") || Is(w, "function") || Is(w, "procedure") || Is(w, "or") || Is(w, "replace")))
                    initials[words] = char.ToLowerInvariant(w[0]);
                words++;
                bool routine = initials[0] == 'c' && (initials[1] is 'f' or 'p' || (initials[1] == 'o' && initials[2] == 'r' && initials[3] is 'f' or 'p'));
                if (routine && parens == 0)
                {
                    if (Is(w, "begin")) begins++;
                    else if (Is(w, "case") && begins > 0) begins++;
                    else if (Is(w, "end") && begins > 0) begins--;
                }
            }
            else if (t.Kind == SqlTokenKind.Symbol)
            {
                char c = script[t.Start];
                if (c == '(') parens++;
                else if (c == ')' && parens > 0) parens--;
                else if (c == ';' && parens == 0 && begins == 0)
                {
                    Add(statements, script, start, t.Start, lineOffset, lines);
                    start = t.End;
                    (words, parens) = (0, 0);
                    initials.Clear();
                }
            }
        }
        Add(statements, script, start, script.Length, lineOffset, lines);
        return statements;
    }

    static bool Is(ReadOnlySpan<char> word, string keyword) => word.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the text holds nothing but whitespace and comments.</summary>
    public static bool IsBlank(string text) => SkipBlank(text, 0) == text.Length;

    /// <summary>The offset of the first character at or after <paramref name="i"/> that is neither whitespace nor inside a comment.</summary>
    internal static int SkipBlank(string text, int i)
    {
        foreach (var t in SqlLexer.Tokens(text, i))
            if (!t.IsComment) return t.Start;
        return text.Length;
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
}
