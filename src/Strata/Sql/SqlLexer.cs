namespace Strata.Sql;

/// <summary>
/// Cuts SQL text into tokens the way PostgreSQL's lexer (and psql's) sees it, so that whatever looks at
/// statements, keywords or markers never mistakes the inside of a string, a comment or a function body for
/// SQL. Unterminated quotes and comments run to the end of the text, as the server would read them.
/// </summary>
internal static class SqlLexer
{
    public static IEnumerable<SqlToken> Tokens(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int from = i;
            SqlTokenKind kind;
            if (c == '-' && At(text, i + 1, end, '-'))
            {
                int nl = text.IndexOf('\n', i, end - i);
                i = nl < 0 ? end : nl;
                kind = SqlTokenKind.LineComment;
            }
            else if (c == '/' && At(text, i + 1, end, '*'))
            {
                i = SkipBlockComment(text, i, end);
                kind = SqlTokenKind.BlockComment;
            }
            else if (c == '\'')
            {
                i = SkipQuoted(text, i, end, '\'', backslashEscapes: false);
                kind = SqlTokenKind.String;
            }
            else if (c == '"')
            {
                i = SkipQuoted(text, i, end, '"', backslashEscapes: false);
                kind = SqlTokenKind.QuotedIdentifier;
            }
            else if (c == '$' && TryDollarTag(text, i, end, out var tag))
            {
                int close = text.IndexOf(tag, i + tag.Length, end - i - tag.Length, StringComparison.Ordinal);
                i = close < 0 ? end : close + tag.Length;
                kind = SqlTokenKind.DollarQuoted;
            }
            else if (IsWordStart(c))
            {
                while (i < end && IsWordChar(text[i])) i++;
                kind = SqlTokenKind.Word;
                // A one-letter prefix glued to a quote makes one constant: E'…' (backslash escapes), B'…', X'…', N'…'.
                if (i - from == 1 && At(text, i, end, '\'') && "EeBbXxNn".Contains(c))
                {
                    i = SkipQuoted(text, i, end, '\'', backslashEscapes: c is 'E' or 'e');
                    kind = SqlTokenKind.String;
                }
                // U&'…' and U&"…": Unicode escapes are \XXXX, so a backslash does not hide the closing quote.
                else if (i - from == 1 && c is 'U' or 'u' && At(text, i, end, '&') && i + 1 < end && text[i + 1] is '\'' or '"')
                {
                    char q = text[i + 1];
                    i = SkipQuoted(text, i + 1, end, q, backslashEscapes: false);
                    kind = q == '\'' ? SqlTokenKind.String : SqlTokenKind.QuotedIdentifier;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < end && (IsWordChar(text[i]) || text[i] == '.')) i++;
                kind = SqlTokenKind.Number;
            }
            else
            {
                i++;
                kind = SqlTokenKind.Symbol;
            }
            yield return new SqlToken(kind, from, i);
        }
    }

    static bool At(string s, int i, int end, char c) => i < end && s[i] == c;
    static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';
    static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    static int SkipBlockComment(string s, int i, int end)
    {
        int depth = 0;
        while (i < end)
        {
            if (s[i] == '/' && At(s, i + 1, end, '*')) { depth++; i += 2; }
            else if (s[i] == '*' && At(s, i + 1, end, '/')) { depth--; i += 2; if (depth == 0) return i; }
            else i++;
        }
        return end;
    }

    static int SkipQuoted(string s, int i, int end, char quote, bool backslashEscapes)
    {
        i++;
        while (i < end)
        {
            if (backslashEscapes && s[i] == '\\') { i += 2; continue; }
            if (s[i] == quote)
            {
                if (At(s, i + 1, end, quote)) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return end;
    }

    /// <summary><c>$tag$</c> where the tag is empty or an identifier not starting with a digit (<c>$1</c> is a parameter).</summary>
    static bool TryDollarTag(string s, int i, int end, out string tag)
    {
        int k = i + 1;
        while (k < end && (char.IsLetterOrDigit(s[k]) || s[k] == '_')) k++;
        if (k < end && s[k] == '$' && (k == i + 1 || !char.IsDigit(s[i + 1])))
        {
            tag = s[i..(k + 1)];
            return true;
        }
        tag = "";
        return false;
    }
}
