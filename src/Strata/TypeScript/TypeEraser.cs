using Acornima;

namespace Strata.TypeScript;

/// <summary>
/// Turns TypeScript into JavaScript by blanking its type syntax, in the manner of ts-blank-space: every
/// erased character becomes a space (line breaks stay), so each remaining token keeps its line and column
/// and errors found later point into the original file. Works on Acornima's tokens (which know strings,
/// template literals, regular expressions and comments), never on the raw text.
/// </summary>
/// <remarks>
/// Erased: annotations (<c>x: T</c>, <c>(…): T</c>, <c>x?: T</c>), <c>as T</c>, <c>as const</c>,
/// <c>satisfies T</c>, the non-null <c>!</c>, type arguments and parameters (<c>f&lt;T&gt;()</c>),
/// <c>import type</c>/<c>export type</c>, <c>type</c> specifiers, interfaces, type aliases, <c>declare</c>
/// statements, <c>implements</c> clauses and the class modifiers that have no runtime meaning.
/// Refused (they have a runtime meaning, so erasing them would change the program): <c>enum</c>,
/// <c>namespace</c>/<c>module</c> blocks, constructor parameter properties, and old-style <c>&lt;T&gt;x</c> casts.
/// </remarks>
internal static class TypeEraser
{
    /// <summary>The JavaScript left once the type syntax of <paramref name="source"/> is blanked out.</summary>
    /// <exception cref="TypeScriptSyntaxException">TypeScript this eraser does not turn into JavaScript (with its position).</exception>
    public static string Erase(string source, string fileName = "input.ts")
    {
        var tokens = TokenList.Read(source, fileName);
        var walker = new Walker(source, tokens, fileName);
        walker.Run();
        return walker.Result();
    }

    private sealed class Walker(string source, TokenList t, string fileName)
    {
        private readonly char[] _text = source.ToCharArray();
        private int _i;

        public string Result() => new(_text);

        public void Run() => Walk(t.Count - 1, Frame.Block);

        private enum Frame { Block, Expression, Parameters, ClassBody, ImportExport }

        private TypeScriptSyntaxException Refuse(int index, string construct) =>
            new(fileName, t.Line(index), t.Column(index), construct);

        /// <summary>Blanks tokens [from, to) (their text and what lies between them, comments included).</summary>
        private void Blank(int from, int to)
        {
            if (to <= from) return;
            for (var c = t[from].Start; c < t[to - 1].End; c++)
                if (_text[c] is not ('\n' or '\r' or '\u2028' or '\u2029')) _text[c] = ' ';
        }

        /// <summary>Walks tokens up to (not including) <paramref name="end"/>, the closing bracket of the frame or EOF.</summary>
        private void Walk(int end, Frame frame)
        {
            var expectBinding = frame == Frame.Parameters;
            while (_i < end)
            {
                if (expectBinding)
                {
                    expectBinding = false;
                    Parameter(end);
                    continue;
                }
                var k = _i;
                if (frame == Frame.Parameters && t.Is(k, ","))
                {
                    _i++;
                    expectBinding = true;
                    continue;
                }
                if (frame == Frame.ClassBody && ClassMember(end)) continue;
                if (AtStatementStart(k) && Declaration(end)) continue;
                Token(frame);
            }
        }

        /// <summary>One token of ordinary code, with its brackets walked and the type syntax after it erased.</summary>
        private void Token(Frame frame)
        {
            var k = _i;
            var tok = t[k];
            if (t.IsPunct(k, "(") || t.IsPunct(k, "[") || t.IsPunct(k, "{") || t.IsPunct(k, "${"))
            {
                Bracket(k);
                return;
            }
            if (tok.Kind == TokenKind.Keyword && t.Text(k) is "const" or "let" or "var")
            {
                _i++;
                Declarator();
                return;
            }
            if (tok.Kind == TokenKind.Keyword && t.Text(k) == "function")
            {
                _i++;
                if (t.Is(_i, "*")) _i++;
                if (t[_i].Kind is TokenKind.Identifier or TokenKind.Keyword && !t.Is(_i, "(")) _i++;
                if (t.Is(_i, "<")) Blank(_i, _i = SkipAngles(_i));
                return;
            }
            if (tok.Kind == TokenKind.Keyword && t.Text(k) == "class")
            {
                Class();
                return;
            }
            if (tok.Kind == TokenKind.Keyword && t.Text(k) == "catch" && t.Is(k + 1, "("))
            {
                _i++;
                var close = t.Match(_i);
                _i++;
                Walk(close, Frame.Parameters);
                _i = close + 1;
                return;
            }
            if (tok.Kind == TokenKind.Keyword && t.Text(k) is "import" or "export" && frame != Frame.Expression && !t.Is(k + 1, "(") && !t.Is(k + 1, "."))
            {
                ImportExport();
                return;
            }
            if (tok.Kind == TokenKind.Identifier && t.Text(k) is "as" or "satisfies" && k > 0 && t.EndsExpression(k - 1) && frame != Frame.ImportExport)
            {
                var after = SkipType(k + 1);
                Blank(k, after);
                _i = after;
                return;
            }
            if (t.IsPunct(k, "!") && k > 0 && t.EndsExpression(k - 1) && !t.NewLineBefore(k))
            {
                Blank(k, k + 1);
                _i++;
                return;
            }
            if (t.IsPunct(k, "<") && k > 0 && TypeArgumentsOfCall(k) is { } argsEnd)
            {
                Blank(k, argsEnd);
                _i = argsEnd;
                return;
            }
            if (t.IsPunct(k, "<") && (k == 0 || !t.EndsExpression(k - 1)))
            {
                // `<T>(x: T) => …` is a generic arrow function; any other `<` where an expression starts is an old-style cast.
                var after = SkipAngles(k);
                if (t.Is(after, "(") && IsArrowParameters(after)) { Blank(k, after); _i = after; return; }
                throw Refuse(k, "a <Type>value cast (write `value as Type`)");
            }
            _i++;
        }

        private void Bracket(int k)
        {
            var close = t.Match(k);
            if (t.IsPunct(k, "(") && IsParameterList(k))
            {
                _i = k + 1;
                Walk(close, Frame.Parameters);
                _i = close + 1;
                if (t.Is(_i, ":")) Blank(_i, _i = SkipReturnType(_i + 1));
                return;
            }
            _i = k + 1;
            Walk(close, t.IsPunct(k, "{") && !t.IsPunct(k, "${") ? Frame.Block : Frame.Expression);
            _i = close + 1;
        }

        /// <summary>A parameter: binding, optional <c>?</c>, optional annotation; the default value is walked as code.</summary>
        private void Parameter(int end)
        {
            if (_i >= end) return;
            if (t.Text(_i) is "public" or "private" or "protected" or "readonly" or "override" && t[_i + 1].Kind is TokenKind.Identifier or TokenKind.Keyword && !t.Is(_i + 1, ":") && !t.Is(_i + 1, ","))
                throw Refuse(_i, "a constructor parameter property (declare the field and assign it in the constructor)");
            if (t.Text(_i) == "this" && t.Is(_i + 1, ":"))
            {
                var after = SkipType(_i + 2);
                if (t.Is(after, ",")) after++;
                Blank(_i, after);
                _i = after;
                return;
            }
            if (t.Is(_i, "...")) _i++;
            if (t.IsPunct(_i, "{") || t.IsPunct(_i, "["))
                Bracket(_i);
            else if (t[_i].Kind is TokenKind.Identifier or TokenKind.Keyword)
                _i++;
            else
                return;
            if (t.Is(_i, "?") && (t.Is(_i + 1, ":") || t.Is(_i + 1, ",") || t.Is(_i + 1, ")") || t.Is(_i + 1, "=")))
                Blank(_i, ++_i);
            if (t.Is(_i, ":")) Blank(_i, _i = SkipType(_i + 1));
        }

        /// <summary>After <c>const</c>/<c>let</c>/<c>var</c>: the binding, a definite-assignment <c>!</c>, the annotation.</summary>
        private void Declarator()
        {
            if (t.IsPunct(_i, "{") || t.IsPunct(_i, "[")) Bracket(_i);
            else if (t[_i].Kind is TokenKind.Identifier or TokenKind.Keyword) _i++;
            else return;
            if (t.Is(_i, "!") && t.Is(_i + 1, ":")) Blank(_i, ++_i);
            if (t.Is(_i, ":")) Blank(_i, _i = SkipType(_i + 1));
        }

        private void Class()
        {
            _i++;
            if (t[_i].Kind == TokenKind.Identifier && t.Text(_i) is not ("extends" or "implements")) _i++;
            if (t.Is(_i, "<")) Blank(_i, _i = SkipAngles(_i));
            if (t.Text(_i) == "extends")
            {
                _i++;
                while (!t.IsPunct(_i, "{") && t.Text(_i) != "implements" && _i < t.Count - 1)
                {
                    if (t.Is(_i, "<")) Blank(_i, _i = SkipAngles(_i));
                    else if (t.IsPunct(_i, "(") || t.IsPunct(_i, "[")) Bracket(_i);
                    else _i++;
                }
            }
            if (t.Text(_i) == "implements")
            {
                var from = _i;
                while (!t.IsPunct(_i, "{") && _i < t.Count - 1) _i = t.Is(_i, "<") ? SkipAngles(_i) : _i + 1;
                Blank(from, _i);
            }
            if (!t.IsPunct(_i, "{")) return;
            var close = t.Match(_i);
            _i++;
            Walk(close, Frame.ClassBody);
            _i = close + 1;
        }

        /// <summary>A class member's TypeScript-only parts: modifiers, <c>?</c>/<c>!</c>, annotations, index signatures.</summary>
        private bool ClassMember(int end)
        {
            var k = _i;
            if (t.Is(k, ";")) { _i++; return true; }
            var memberStart = t.Is(k - 1, ";") || t.IsPunct(k - 1, "{") || t.IsPunct(k - 1, "}") || t.NewLineBefore(k) && !t.ContinuesExpression(k - 1);
            if (!memberStart) return false;
            while (t.Text(k) is "public" or "private" or "protected" or "readonly" or "override" or "declare" or "abstract" or "accessor"
                   && !(t.Is(k + 1, "(") || t.Is(k + 1, "=") || t.Is(k + 1, ":") || t.Is(k + 1, ";")))
            {
                if (t.Text(k) is "declare" or "abstract")
                {
                    // A member with no runtime existence: the whole member goes.
                    var stop = k;
                    while (stop < end && !t.Is(stop, ";") && !(t.NewLineBefore(stop) && stop > k + 2)) stop = t.IsPunct(stop, "(") || t.IsPunct(stop, "{") || t.IsPunct(stop, "[") ? t.Match(stop) + 1 : stop + 1;
                    if (t.Is(stop, ";")) stop++;
                    Blank(k, stop);
                    _i = stop;
                    return true;
                }
                Blank(k, k + 1);
                k++;
            }
            _i = k;
            if (t.IsPunct(k, "[") && t[k + 1].Kind == TokenKind.Identifier && t.Is(k + 2, ":"))
            {
                var after = SkipType(t.Match(k) + 2);
                if (t.Is(after, ";")) after++;
                Blank(k, after);
                _i = after;
                return true;
            }
            if (t.Text(k) is "static" or "async" or "get" or "set" && !(t.Is(k + 1, "(") || t.Is(k + 1, "=")) || t.Is(k, "*")) { _i = k + 1; return true; }
            if (t[k].Kind is TokenKind.Identifier or TokenKind.Keyword or TokenKind.StringLiteral or TokenKind.NumericLiteral || t.Is(k, "#"))
            {
                _i = k + 1;
                if ((t.Is(_i, "?") || t.Is(_i, "!")) && (t.Is(_i + 1, ":") || t.Is(_i + 1, ";") || t.Is(_i + 1, "=") || t.Is(_i + 1, "("))) Blank(_i, ++_i);
                if (t.Is(_i, "<")) Blank(_i, _i = SkipAngles(_i));
                if (t.Is(_i, ":")) Blank(_i, _i = SkipType(_i + 1));
                return true;
            }
            return false;
        }

        /// <summary>TypeScript-only statements; true when one was handled.</summary>
        private bool Declaration(int end)
        {
            var k = _i;
            var exported = t.Text(k) == "export" && t[k].Kind == TokenKind.Keyword;
            var d = exported ? k + 1 : k;
            if (exported && t.Text(d) == "default" && t.Text(d + 1) == "interface") d++;
            var word = t[d].Kind is TokenKind.Identifier or TokenKind.Keyword ? t.Text(d) : "";
            var nextIsName = t[d + 1].Kind is TokenKind.Identifier or TokenKind.Keyword && !t.NewLineBefore(d + 1);
            switch (word)
            {
                case "interface" when nextIsName:
                {
                    var stop = d + 2;
                    while (!t.IsPunct(stop, "{") && stop < end) stop = t.Is(stop, "<") ? SkipAngles(stop) : stop + 1;
                    Blank(k, _i = t.Match(stop) + 1);
                    return true;
                }
                case "type" when nextIsName && (t.Is(d + 2, "=") || t.Is(d + 2, "<")):
                {
                    var stop = d + 2;
                    if (t.Is(stop, "<")) stop = SkipAngles(stop);
                    stop = SkipType(stop + 1);
                    if (t.Is(stop, ";")) stop++;
                    Blank(k, _i = stop);
                    return true;
                }
                case "declare" when nextIsName:
                {
                    // declare const x: T; declare function f(): T; declare module 'm' { … } — a block ends it, as does a line break.
                    var block = t.Text(d + 1) is "module" or "namespace" or "global" or "class" or "enum";
                    var stop = d + 1;
                    while (stop < end && !t.Is(stop, ";") && !(block && t.IsPunct(stop, "{")) && !(stop > d + 2 && t.NewLineBefore(stop)))
                        stop = t.IsPunct(stop, "(") || t.IsPunct(stop, "[") || t.IsPunct(stop, "{") ? t.Match(stop) + 1 : stop + 1;
                    if (t.IsPunct(stop, "{")) stop = t.Match(stop) + 1;
                    else if (t.Is(stop, ";")) stop++;
                    Blank(k, _i = stop);
                    return true;
                }
                case "enum" when nextIsName:
                    throw Refuse(d, "an enum (use an object of constants)");
                case "const" when t.Text(d + 1) == "enum":
                    throw Refuse(d, "a const enum (use an object of constants)");
                case "namespace" or "module" when nextIsName && (t.IsPunct(d + 2, "{") || t.Is(d + 2, ".")):
                    throw Refuse(d, $"a TypeScript {word} block");
                case "abstract" when t.Text(d + 1) == "class":
                    Blank(d, d + 1);
                    _i = d + 1;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>An import or export statement: type-only ones vanish, <c>type</c> specifiers go, <c>as</c> inside braces is a rename.</summary>
        private void ImportExport()
        {
            var k = _i;
            var isImport = t.Text(k) == "import";
            if (t.Text(k + 1) == "type" && (t.IsPunct(k + 2, "{") || t.Is(k + 2, "*") || (t[k + 2].Kind == TokenKind.Identifier && t.Text(k + 2) != "from")))
            {
                var stop = k + 2;
                while (stop < t.Count - 1 && t[stop].Kind != TokenKind.StringLiteral && !(t.Is(stop, ";") || (stop > k + 2 && t.NewLineBefore(stop) && !t.IsPunct(stop - 1, ",") && t.Text(stop) != "from" && t.Text(stop - 1) != "from")))
                    stop = t.IsPunct(stop, "{") ? t.Match(stop) + 1 : stop + 1;
                if (t[stop].Kind == TokenKind.StringLiteral) stop++;
                if (t.Is(stop, ";")) stop++;
                Blank(k, _i = stop);
                return;
            }
            if (!isImport && t.Text(k + 1) is "default") { _i = k + 2; return; }
            if (!isImport && !t.IsPunct(k + 1, "{") && !t.Is(k + 1, "*")) { _i = k + 1; return; }
            // import x, { a, type B as C } from '…' / export { a as b } from '…'
            var i = k + 1;
            if (isImport && t.Text(i) == "type" && t.Text(i + 1) == "from") i++;
            while (i < t.Count - 1 && !t.IsPunct(i, "{") && t[i].Kind != TokenKind.StringLiteral && !t.Is(i, ";")) i++;
            if (t.IsPunct(i, "{"))
            {
                var close = t.Match(i);
                var j = i + 1;
                while (j < close)
                {
                    var specEnd = j;
                    while (specEnd < close && !t.Is(specEnd, ",")) specEnd++;
                    if (t.Text(j) == "type" && specEnd > j + 1 && t.Text(j + 1) != "as")
                        Blank(j, specEnd < close ? specEnd + 1 : specEnd);
                    j = specEnd + 1;
                }
                i = close + 1;
            }
            _i = i;
        }

        private bool AtStatementStart(int k) =>
            k == 0 || t.Is(k - 1, ";") || t.IsPunct(k - 1, "{") || t.IsPunct(k - 1, "}") || t.NewLineBefore(k) && !t.ContinuesExpression(k - 1);

        /// <summary>Is the <c>(</c> at <paramref name="k"/> a parameter list (of a function, method or arrow)?</summary>
        private bool IsParameterList(int k)
        {
            if (k == 0) return false;
            var prev = t.Text(k - 1);
            if (prev == "function" || prev == "*" && t.Text(k - 2) == "function") return true;
            if (t[k - 1].Kind == TokenKind.Identifier && (t.Text(k - 2) == "function" || t.Is(k - 2, "*") && t.Text(k - 3) == "function")) return true;
            var close = t.Match(k);
            // A method (object literal or class): name(…) { or name(…): T {
            if (t[k - 1].Kind is TokenKind.Identifier or TokenKind.Keyword && t[k - 1].Kind != TokenKind.Keyword || t.IsPunct(k - 1, "]") || t.Is(k - 1, ">") || t[k - 1].Kind == TokenKind.StringLiteral)
                if (t.IsPunct(close + 1, "{") && !t.NewLineBefore(close + 1) || t.Is(close + 1, ":") && MethodReturnType(close + 1)) return true;
            return IsArrowParameters(k);
        }

        private bool MethodReturnType(int colon)
        {
            var after = SkipReturnType(colon + 1);
            return t.IsPunct(after, "{");
        }

        private bool IsArrowParameters(int k)
        {
            var close = t.Match(k);
            if (t.Is(close + 1, "=>")) return true;
            if (!t.Is(close + 1, ":")) return false;
            try { return t.Is(SkipReturnType(close + 2), "=>"); }
            catch (TypeScriptSyntaxException) { return false; }
        }

        /// <summary>Where the type arguments of a call (<c>f&lt;T&gt;(</c>, <c>new Map&lt;K, V&gt;()</c>, <c>tag&lt;T&gt;`…`</c>) end, or null.</summary>
        private int? TypeArgumentsOfCall(int k)
        {
            if (!(t[k - 1].Kind == TokenKind.Identifier || t.Is(k - 1, ">") || t.IsPunct(k - 1, "]") || t.IsPunct(k - 1, ")"))) return null;
            if (t.NewLineBefore(k)) return null;
            int after;
            try { after = SkipAngles(k); }
            catch (TypeScriptSyntaxException) { return null; }
            return t.IsPunct(after, "(") || t.Is(after, "`") || t.Is(after, "?.") ? after : null;
        }

        private int SkipReturnType(int k)
        {
            // Type predicates: `x is T`, `asserts x`, `asserts x is T`.
            if (t.Text(k) == "asserts" && t[k + 1].Kind is TokenKind.Identifier or TokenKind.Keyword && !t.Is(k + 1, "."))
            {
                k += 2;
                return t.Text(k) == "is" ? SkipType(k + 1) : k;
            }
            if (t[k].Kind is TokenKind.Identifier or TokenKind.Keyword && t.Text(k + 1) == "is") return SkipType(k + 2);
            return SkipType(k);
        }

        /// <summary>The index after the type starting at <paramref name="k"/>.</summary>
        private int SkipType(int k, bool conditional = true)
        {
            if (t.Is(k, "|") || t.Is(k, "&")) k++;
            k = SkipTypeOperand(k);
            while (t.Is(k, "|") || t.Is(k, "&")) k = SkipTypeOperand(k + 1);
            if (conditional && t.Text(k) == "extends" && !t.NewLineBefore(k))
            {
                k = SkipTypeOperand(k + 1);
                if (!t.Is(k, "?")) throw Refuse(k, "a type this reader does not understand");
                k = SkipType(k + 1);
                if (!t.Is(k, ":")) throw Refuse(k, "a type this reader does not understand");
                k = SkipType(k + 1);
            }
            return k;
        }

        private int SkipTypeOperand(int k)
        {
            while (t.Text(k) is "keyof" or "unique" or "readonly" or "infer" && t[k + 1].Kind != TokenKind.Punctuator || t.Text(k) is "keyof" or "readonly" && (t.IsPunct(k + 1, "[") || t.IsPunct(k + 1, "{") || t.IsPunct(k + 1, "(")))
                k++;
            if (t.Text(k) == "typeof")
            {
                k++;
                if (t.Text(k) == "import" && t.IsPunct(k + 1, "(")) k = t.Match(k + 1) + 1;
                else k++;
                while (t.Is(k, ".") || t.Is(k, "?.")) k += 2;
                if (t.Is(k, "<") && !t.NewLineBefore(k)) k = SkipAngles(k);
                return Postfix(k);
            }
            if (t.Text(k) == "new" || t.Text(k) == "abstract" && t.Text(k + 1) == "new")
                k += t.Text(k) == "new" ? 1 : 2;
            if (t.Is(k, "<")) k = SkipAngles(k);
            if (t.IsPunct(k, "("))
            {
                var close = t.Match(k);
                if (t.Is(close + 1, "=>")) return SkipReturnType(close + 2);
                return Postfix(close + 1);
            }
            if (t.IsPunct(k, "{") || t.IsPunct(k, "[")) return Postfix(t.Match(k) + 1);
            if (t.Is(k, "`"))
            {
                k++;
                while (!t.Is(k, "`"))
                    k = t.IsPunct(k, "${") ? t.Match(k) + 1 : k + 1;
                return Postfix(k + 1);
            }
            if (t.Is(k, "-") && t[k + 1].Kind is TokenKind.NumericLiteral or TokenKind.BigIntLiteral) return Postfix(k + 2);
            if (t[k].Kind is TokenKind.StringLiteral or TokenKind.NumericLiteral or TokenKind.BigIntLiteral or TokenKind.BooleanLiteral or TokenKind.NullLiteral)
                return Postfix(k + 1);
            if (t[k].Kind is TokenKind.Identifier or TokenKind.Keyword)
            {
                if (t.Text(k) == "import" && t.IsPunct(k + 1, "(")) k = t.Match(k + 1) + 1;
                else k++;
                while (t.Is(k, ".") && t[k + 1].Kind is TokenKind.Identifier or TokenKind.Keyword) k += 2;
                if (t.Is(k, "<") && !t.NewLineBefore(k)) k = SkipAngles(k);
                return Postfix(k);
            }
            throw Refuse(k, $"a type this reader does not understand (at \"{t.Text(k)}\")");
        }

        private int Postfix(int k)
        {
            while (t.IsPunct(k, "[") && !t.NewLineBefore(k)) k = t.Match(k) + 1;
            return k;
        }

        /// <summary>The index after a balanced <c>&lt;…&gt;</c> list starting at <paramref name="k"/>, skipping the types inside.</summary>
        private int SkipAngles(int k)
        {
            k++;
            if (t.Is(k, ">")) return k + 1;
            while (true)
            {
                if (t.Text(k) is "in" or "out" or "const" && t[k + 1].Kind == TokenKind.Identifier) k++;
                k = SkipType(k, conditional: false);
                if (t.Text(k) == "extends") k = SkipType(k + 1);
                if (t.Is(k, "=")) k = SkipType(k + 1);
                if (t.Is(k, ",")) { k++; if (t.Is(k, ">")) return k + 1; continue; }
                if (t.Is(k, ">")) return k + 1;
                throw Refuse(k, "a type argument list this reader does not understand");
            }
        }
    }
}
