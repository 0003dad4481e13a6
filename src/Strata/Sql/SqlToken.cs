namespace Strata.Sql;

/// <summary>What a stretch of SQL text is to PostgreSQL's lexer.</summary>
internal enum SqlTokenKind
{
    /// <summary>A keyword or bare identifier.</summary>
    Word,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A string constant of any kind (<c>'…'</c>, <c>E'…'</c>, <c>U&amp;'…'</c>, <c>B'…'</c>), its prefix included.</summary>
    String,
    /// <summary>A quoted identifier (<c>"…"</c>, <c>U&amp;"…"</c>).</summary>
    QuotedIdentifier,
    /// <summary>A dollar-quoted string or body (<c>$$…$$</c>, <c>$tag$…$tag$</c>).</summary>
    DollarQuoted,
    /// <summary><c>-- …</c> up to the end of the line (the newline is not part of it).</summary>
    LineComment,
    /// <summary><c>/* … */</c>, nested ones included.</summary>
    BlockComment,
    /// <summary>Any other single character: operators, punctuation, <c>;</c>, parentheses, a backslash.</summary>
    Symbol,
}

/// <summary>A token of SQL text: its kind and where it is (<c>[Start, End)</c> in the text).</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, int Start, int End)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public bool IsWord(string text, string word) =>
        Kind == SqlTokenKind.Word && In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string text, char c) => Kind == SqlTokenKind.Symbol && text[Start] == c;

    public bool IsComment => Kind is SqlTokenKind.LineComment or SqlTokenKind.BlockComment;
}
