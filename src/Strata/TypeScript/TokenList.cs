using Acornima;

namespace Strata.TypeScript;

/// <summary>
/// The tokens of a file as Acornima's tokenizer reads them (it tells a regular expression from a division
/// and knows template literals), with matching brackets paired and <c>&gt;&gt;</c> split into single
/// <c>&gt;</c>s so that nested type arguments close one at a time. Out-of-range indices read the final EOF token.
/// </summary>
internal sealed class TokenList
{
    internal readonly record struct Tok(TokenKind Kind, int Start, int End, string Text, int Line, int Column, bool ClosesTemplate);

    private readonly List<Tok> _tokens;
    private readonly int[] _match;
    private readonly string _source;

    private TokenList(string source, List<Tok> tokens, int[] match) => (_source, _tokens, _match) = (source, tokens, match);

    public int Count => _tokens.Count;

    public Tok this[int i] => _tokens[Math.Clamp(i, 0, _tokens.Count - 1)];

    public string Text(int i) => this[i].Text;

    /// <summary>The token's text is <paramref name="text"/> (a punctuator, keyword or identifier; never a string's contents).</summary>
    public bool Is(int i, string text) => this[i].Kind is TokenKind.Punctuator or TokenKind.Keyword or TokenKind.Identifier && this[i].Text == text;

    public bool IsPunct(int i, string text) => this[i].Kind == TokenKind.Punctuator && this[i].Text == text;

    public int Line(int i) => this[i].Line;
    public int Column(int i) => this[i].Column;

    /// <summary>The index of the bracket closing the one at <paramref name="i"/>.</summary>
    public int Match(int i) => i >= 0 && i < _match.Length && _match[i] >= 0 ? _match[i] : _tokens.Count - 1;

    public bool NewLineBefore(int i)
    {
        if (i <= 0 || i >= _tokens.Count) return false;
        var span = _source.AsSpan(this[i - 1].End, this[i].Start - this[i - 1].End);
        return span.IndexOfAny('\n', '\r', '\u2028') >= 0;
    }

    /// <summary>A token after which an expression may have ended (so a following <c>as</c>, <c>!</c> or <c>&lt;</c> belongs to it).</summary>
    public bool EndsExpression(int i)
    {
        var t = this[i];
        return t.Kind switch
        {
            TokenKind.Identifier or TokenKind.StringLiteral or TokenKind.NumericLiteral or TokenKind.BigIntLiteral or TokenKind.BooleanLiteral
                or TokenKind.NullLiteral or TokenKind.RegExpLiteral => true,
            TokenKind.Keyword => t.Text is "this" or "super",
            TokenKind.Punctuator => t.Text is ")" or "]" or "}" || t.ClosesTemplate,
            _ => false,
        };
    }

    /// <summary>A token after which a line break does not end the statement (an operator, an opening bracket …).</summary>
    public bool ContinuesExpression(int i)
    {
        var t = this[i];
        return t.Kind == TokenKind.Punctuator && !(t.Text is ")" or "]" or "}" or ";" or "++" or "--" || t.ClosesTemplate)
            || t.Kind == TokenKind.Keyword && t.Text is "new" or "return" or "typeof" or "void" or "delete" or "in" or "instanceof" or "await" or "yield";
    }

    public static TokenList Read(string source, string fileName)
    {
        var tokenizer = new Tokenizer(source, SourceType.Module, fileName, new TokenizerOptions { EcmaVersion = EcmaVersion.Latest });
        var context = new TokenizerContext();
        var tokens = new List<Tok>();
        var brackets = new Stack<(string Open, int Index)>();
        var match = new List<int>();
        while (true)
        {
            Token token;
            try
            {
                tokenizer.Next(context);
                token = tokenizer.Current;
            }
            catch (ParseErrorException e)
            {
                throw new TypeScriptSyntaxException(fileName, e.LineNumber, e.Column + 1, e.Error?.Description ?? e.Message);
            }
            var text = source[token.Start..token.End];
            var line = token.Location.Start.Line;
            var column = token.Location.Start.Column + 1;
            if (token.Kind == TokenKind.Punctuator && text.Length > 1 && text.All(c => c == '>'))
            {
                for (var c = 0; c < text.Length; c++)
                {
                    tokens.Add(new Tok(TokenKind.Punctuator, token.Start + c, token.Start + c + 1, ">", line, column + c, false));
                    match.Add(-1);
                }
                continue;
            }
            var closesTemplate = false;
            var index = tokens.Count;
            match.Add(-1);
            if (token.Kind == TokenKind.Punctuator)
            {
                switch (text)
                {
                    case "(" or "[" or "{" or "${":
                        brackets.Push((text, index));
                        break;
                    case ")" or "]" or "}":
                        var open = text switch { ")" => "(", "]" => "[", _ => "{" };
                        if (brackets.Count == 0 || (brackets.Peek().Open != open && !(text == "}" && brackets.Peek().Open == "${")))
                            throw new TypeScriptSyntaxException(fileName, line, column, $"an unmatched \"{text}\"");
                        var (_, at) = brackets.Pop();
                        match[at] = index;
                        match[index] = at;
                        break;
                    case "`":
                        if (brackets.Count > 0 && brackets.Peek().Open == "`")
                        {
                            var (_, start) = brackets.Pop();
                            match[start] = index;
                            match[index] = start;
                            closesTemplate = true;
                        }
                        else brackets.Push(("`", index));
                        break;
                }
            }
            tokens.Add(new Tok(token.Kind, token.Start, token.End, text, line, column, closesTemplate));
            if (token.Kind == TokenKind.EOF) break;
        }
        if (brackets.Count > 0)
        {
            var (open, at) = brackets.Peek();
            throw new TypeScriptSyntaxException(fileName, tokens[at].Line, tokens[at].Column, $"an unclosed \"{open}\"");
        }
        return new TokenList(source, tokens, [.. match]);
    }
}
