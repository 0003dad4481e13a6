using Acornima;
using Acornima.Ast;

namespace Strata.TypeScript;

/// <summary>A source file read into an ECMAScript syntax tree, with its comments; positions are those of the original file.</summary>
/// <param name="FileName">The name errors give.</param>
/// <param name="Source">The file as written.</param>
/// <param name="JavaScript">The file with its type syntax blanked (the text <see cref="Program"/> was parsed from; same length and positions).</param>
/// <param name="Program">The syntax tree (ESTree shape, Acornima's nodes).</param>
/// <param name="Comments">Every comment, in order.</param>
internal sealed record SourceFile(string FileName, string Source, string JavaScript, Acornima.Ast.Program Program, IReadOnlyList<Comment> Comments);

/// <summary>
/// Reads TypeScript and JavaScript statically: the type syntax is blanked (<see cref="TypeEraser"/>), then
/// Acornima parses the JavaScript left. Nothing is run. Used by <c>migrate convert</c> (node-pg-migrate
/// migrations) and meant for any other file Strata reads without Node (better-auth's <c>auth.ts</c>).
/// </summary>
internal static class TypeScriptReader
{
    private static readonly string[] TypeScriptExtensions = [".ts", ".mts", ".cts", ".tsx"];

    /// <summary>True for the extensions whose files carry type syntax.</summary>
    public static bool IsTypeScript(string fileName) => TypeScriptExtensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="source"/>; TypeScript when <paramref name="fileName"/> says so, else JavaScript.</summary>
    /// <exception cref="TypeScriptSyntaxException">The file does not parse, or holds TypeScript with a runtime meaning (an enum …); with its position.</exception>
    public static SourceFile Read(string source, string fileName)
    {
        var javaScript = IsTypeScript(fileName) ? TypeEraser.Erase(source, fileName) : source;
        var comments = new List<Comment>();
        Acornima.Ast.Program program;
        try
        {
            program = Parser(comments).ParseModule(javaScript, fileName);
        }
        catch (ParseErrorException moduleError)
        {
            // CommonJS files may use what a module's strict mode forbids; read them as scripts before giving up.
            comments.Clear();
            try { program = Parser(comments).ParseScript(javaScript, fileName); }
            catch (ParseErrorException) { throw Syntax(fileName, moduleError); }
        }
        return new SourceFile(fileName, source, javaScript, program, comments);
    }

    private static Parser Parser(List<Comment> comments) => new(new ParserOptions
    {
        EcmaVersion = EcmaVersion.Latest,
        AllowHashBang = true,
        AllowReturnOutsideFunction = false,
        OnComment = (in Comment c) => comments.Add(c),
    });

    private static TypeScriptSyntaxException Syntax(string fileName, ParseErrorException e) =>
        new(fileName, e.LineNumber, e.Column + 1, e.Error?.Description ?? e.Message);
}
