using System.Reflection;
using System.Text;
using Acornima;
using Acornima.Ast;
using Strata.Sql.Operations;
using Strata.TypeScript;

namespace Strata.App.Conversion;

/// <summary>
/// A node-pg-migrate migration (TypeScript or JavaScript, ES module or CommonJS) written as the C# migration
/// a careful person would write: same statements, constants, helper functions, loops, conditionals and
/// comments, each <c>pgm</c> call as its C# twin. What it cannot translate faithfully is an
/// <see cref="UnconvertibleException"/> naming the line, the column and the construct; nothing is approximated.
/// </summary>
internal static class MigrationConverter
{
    /// <summary>The C# file for <paramref name="file"/>.</summary>
    /// <exception cref="UnconvertibleException">A construct without a faithful C# translation.</exception>
    /// <param name="file">The parsed file.</param>
    /// <param name="migrationName">The file name without extension.</param>
    /// <param name="inherited">The shorthands of the files before this one (see <see cref="Shorthands"/>).</param>
    public static string Convert(SourceFile file, string migrationName, InheritedShorthands? inherited = null) =>
        new Converter(file, migrationName, inherited ?? InheritedShorthands.None).Run();

    /// <summary>The C# file, with the operations the converter mapped (for <c>convert</c> to check what the C# builds).</summary>
    /// <exception cref="UnconvertibleException">The file does not parse, or holds a construct without a faithful translation.</exception>
    public static (string CSharp, MappedOperations Mapped) ConvertMapped(string source, string fileName, InheritedShorthands inherited)
    {
        var converter = new Converter(Read(source, fileName), Path.GetFileNameWithoutExtension(fileName), inherited);
        var csharp = converter.Run();
        return (csharp, converter.Mapped);
    }

    /// <summary>Reads and converts a file.</summary>
    /// <exception cref="UnconvertibleException">The file does not parse, or holds a construct without a faithful translation.</exception>
    public static string Convert(string source, string fileName, InheritedShorthands? inherited = null) =>
        Convert(Read(source, fileName), Path.GetFileNameWithoutExtension(fileName), inherited);

    /// <summary>
    /// The file's own shorthands as C# <c>Columns</c> entries (key → C# value). node-pg-migrate carries a file's
    /// shorthands to every file after it (its loader merges them in file order), so a later file's C# must hold them.
    /// </summary>
    /// <exception cref="UnconvertibleException">The file does not parse, or its shorthands have no faithful translation.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Shorthands(string source, string fileName) =>
        new Converter(Read(source, fileName), Path.GetFileNameWithoutExtension(fileName), InheritedShorthands.None).OwnShorthands();

    private static SourceFile Read(string source, string fileName)
    {
        try { return TypeScriptReader.Read(source, fileName); }
        catch (TypeScriptSyntaxException e) { throw new UnconvertibleException(e.File, e.Line, e.Column, e.Construct); }
    }
}

/// <summary>
/// What the converter mapped, for a method whose body is a straight run of <c>pgm</c> calls (no loop, branch,
/// helper or pgm.db): how many operations it makes and whether it calls noTransaction(). Null where the count
/// depends on what runs.
/// </summary>
internal sealed record MappedOperations(MappedMethod? Up, MappedMethod? Down)
{
    public static readonly MappedOperations Unknown = new(null, null);
}

/// <param name="Operations">The pgm calls that record an operation, in order (node-pg-migrate's names).</param>
/// <param name="NoTransaction">The method calls pgm.noTransaction().</param>
internal sealed record MappedMethod(IReadOnlyList<string> Operations, bool NoTransaction);

/// <summary>The shorthands node-pg-migrate's loader has gathered from the files before one: C# entries, and the files they come from.</summary>
internal sealed record InheritedShorthands(IReadOnlyList<KeyValuePair<string, string>> Entries, IReadOnlyList<string> From)
{
    public static readonly InheritedShorthands None = new([], []);
}

/// <summary>What the converter knows of a value's JavaScript type: enough to write C# that behaves the same.</summary>
internal enum Kind { Unknown, String, Number, Bool, Builder, Rows, Row, Value, StringArray, NumberArray, Void }

internal sealed class Converter(SourceFile file, string migrationName, InheritedShorthands inherited)
{
    private readonly string _fileName = file.FileName;
    private readonly List<Comment> _comments = [.. file.Comments.OrderBy(c => c.Start)];
    private readonly HashSet<int> _usedComments = [];
    private readonly StringBuilder _out = new();
    private int _indent;
    private readonly Dictionary<string, Kind> _globals = [];
    private readonly List<Dictionary<string, Kind>> _scopes = [];
    private readonly Dictionary<string, Helper> _helpers = [];
    private readonly List<(string Name, Node Function)> _exports = [];
    private readonly List<string> _members = [];
    private Node? _up, _down, _shorthands;
    private bool _downDisabled;
    private string? _builder;

    private sealed class Helper(string name, IFunction function)
    {
        public string Name { get; } = name;
        public IFunction Function { get; } = function;
        public Kind[]? Parameters { get; set; }
        public string?[]? Declared { get; set; }
        public Kind Returns { get; set; } = Kind.Void;
        public bool Written { get; set; }
    }

    private UnconvertibleException Refuse(Node at, string construct) =>
        new(_fileName, at.Location.Start.Line, at.Location.Start.Column + 1, construct);

    private string Text(Node n) => file.Source[n.Start..n.End];

    public string Run()
    {
        var previousEnd = 0;
        var head = new StringBuilder();
        foreach (var statement in file.Program.Body)
        {
            var before = CommentsIn(previousEnd, statement.Start, "");
            if (previousEnd == 0) head.Append(before); else _topComments[statement] = before;
            previousEnd = statement.End;
            TopLevel(statement);
        }
        // After the last statement: a closing note, kept where the reader met it, at the end of the file.
        var tail = CommentsIn(previousEnd, file.Source.Length, "");
        if (_up is null) throw new UnconvertibleException(_fileName, 1, 1, "a file without an up migration (export `up`)");
        Mapped = new(StraightRun(_up), _down is null ? null : StraightRun(_down));
        _indent = 1;
        var up = Capture(() => Method(_up, up: true));
        var down = _down is null ? "" : Capture(() => Method(_down, up: false));
        var shorthands = ShorthandsProperty();
        _indent = 0;
        var className = CSharpCode.Pascal(MigrationDiscovery.PrefixOf(migrationName + "_") is not null && migrationName.Contains('_') ? migrationName[(migrationName.IndexOf('_') + 1)..] : migrationName);
        // A class named like a type the migration uses (CreateSequenceOptions …) would hide it.
        if (PgmCalls.IsTypeName(className) || _helpers.Keys.Any(h => CSharpCode.Pascal(h) == className)) className += "Migration";
        var parts = new List<string>();
        if (_members.Count > 0) parts.Add(string.Concat(_members));
        if (shorthands.Length > 0) parts.Add(shorthands);
        parts.Add(up);
        if (down.Length > 0) parts.Add(down);
        if (_downDisabled)
            parts.Add("    // node-pg-migrate's `down = false`: this migration cannot be rolled back.\n" +
                      $"    public override void Down(MigrationBuilder pgm) =>\n        throw new IrreversibleOperationException(\"Down\", \"User has disabled down migration on file: {CSharpCode.Escape(migrationName)}\");\n");
        parts.AddRange(_helperTexts);
        var unused = _helpers.Values.FirstOrDefault(h => !h.Written);
        if (unused is not null) throw Refuse((Node)unused.Function, $"the helper function {unused.Name}, which up and down never call (its parameter types are not known)");
        return CSharpCode.Restore($"{head}public sealed class {className} : Migration\n{{\n{string.Join("\n", parts)}}}\n{tail}");
    }

    /// <summary>The file's own shorthands, read without writing the rest of the file.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OwnShorthands()
    {
        // Only the shorthands matter here: what else the file holds is judged when it is converted itself.
        foreach (var statement in file.Program.Body)
        {
            try { TopLevel(statement); }
            catch (UnconvertibleException) when (_shorthands is null || !(statement.Start <= _shorthands.Start && _shorthands.End <= statement.End)) { }
        }
        return ShorthandEntries();
    }

    private List<KeyValuePair<string, string>> ShorthandEntries()
    {
        if (_shorthands is null) return [];
        if (_shorthands is not ObjectExpression o) throw Refuse(_shorthands, "shorthands that are not an object literal");
        try { return ColumnEntries(o); }
        catch (Mismatch m) { throw Refuse(m.At ?? o, $"the shorthands: {m.Message}"); }
    }

    private string ShorthandsProperty()
    {
        var own = ShorthandEntries();
        if (own.Count == 0 && inherited.Entries.Count == 0) return "";
        var entries = inherited.Entries.Where(e => own.All(o => o.Key != e.Key)).Concat(own).Select(e => $"[{e.Key}] = {e.Value},").ToList();
        return Capture(() =>
        {
            if (_shorthands is not null) Raw(TopComments(_shorthands));
            if (inherited.From.Count > 0)
                Line($"// With the shorthands node-pg-migrate carries over from earlier files: {string.Join(", ", inherited.From)}.");
            Line($"public override Columns? Shorthands => {Block("new Columns", entries)};");
        });
    }

    /// <summary>Set by <see cref="Run"/>.</summary>
    public MappedOperations Mapped { get; private set; } = MappedOperations.Unknown;

    /// <summary>The pgm calls of a body that is only pgm calls; null when anything else runs.</summary>
    private static MappedMethod? StraightRun(Node function)
    {
        if (function is not IFunction f || f.Params is not [Identifier pgm]) return null;
        IEnumerable<Expression> calls = f.Body switch
        {
            BlockStatement b when b.Body.All(x => x is ExpressionStatement) => b.Body.Cast<ExpressionStatement>().Select(x => x.Expression),
            Expression e => [e],
            _ => [null!],
        };
        var names = new List<string>();
        var noTransaction = false;
        foreach (var c in calls)
        {
            if (c is not CallExpression { Callee: MemberExpression { Computed: false, Object: Identifier o, Property: Identifier m } } || o.Name != pgm.Name) return null;
            if (m.Name == "noTransaction") noTransaction = true;
            else if (PgmCalls.Special.Contains(m.Name) && m.Name != "sql") return null;
            else names.Add(m.Name);
        }
        return new(names, noTransaction);
    }

    private readonly Dictionary<Node, string> _topComments = [];
    private readonly List<string> _helperTexts = [];

    private string Capture(Action write)
    {
        var saved = _out.ToString();
        _out.Clear();
        write();
        var text = _out.ToString();
        _out.Clear().Append(saved);
        return text;
    }

    private string TopComments(Node n) => _topComments.TryGetValue(ParentStatementOf(n), out var c) ? Indented(c) : "";

    private string Indented(string comments) => string.Concat(comments.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Indent() + l + "\n"));

    // ---- Top level

    private void TopLevel(Statement s)
    {
        switch (s)
        {
            case ImportDeclaration import:
                if (import.Source.Value != "node-pg-migrate")
                    throw Refuse(import, $"an import of \"{import.Source.Value}\" (the converter reads one file; move what it gives into the migration)");
                MarkComments(import);
                return;
            case Directive:
                return;
            case ExportNamedDeclaration { Declaration: FunctionDeclaration f }:
                Export(f.Id!.Name, f, f);
                return;
            case ExportNamedDeclaration { Declaration: VariableDeclaration v }:
                foreach (var d in v.Declarations)
                    if (d.Id is Identifier id && id.Name is "up" or "down" or "shorthands") Export(id.Name, d.Init!, v);
                    else Constant(d, v);
                return;
            case ExportNamedDeclaration { Declaration: null } e when e.Source is null:
                foreach (var spec in e.Specifiers) Export(((Identifier)spec.Exported).Name, (Identifier)spec.Local, e);
                return;
            case ExportDefaultDeclaration d:
                throw Refuse(d, "export default (node-pg-migrate reads the named exports up, down and shorthands)");
            case FunctionDeclaration f:
                _helpers[f.Id!.Name] = new Helper(f.Id.Name, f);
                return;
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                {
                    if (d.Id is Identifier id && d.Init is ArrowFunctionExpression or FunctionExpression)
                        _helpers[id.Name] = new Helper(id.Name, (IFunction)d.Init);
                    else if (d.Id is ObjectPattern && d.Init is CallExpression { Callee: Identifier { Name: "require" }, Arguments: [StringLiteral { Value: "node-pg-migrate" }] })
                        MarkComments(v);
                    else Constant(d, v);
                }
                return;
            case ExpressionStatement { Expression: AssignmentExpression { Operator: Operator.Assignment } a }:
                if (ExportTarget(a.Left) is { } name) { Export(name, a.Right, s); return; }
                if (a.Left is MemberExpression { Object: Identifier { Name: "module" }, Property: Identifier { Name: "exports" }, Computed: false } && a.Right is ObjectExpression o)
                {
                    foreach (var p in o.Properties)
                    {
                        if (p is not Property { Computed: false } prop) throw Refuse(p, "a spread in module.exports");
                        var key = prop.Key is Identifier k ? k.Name : prop.Key is StringLiteral sl ? sl.Value : throw Refuse(prop, "a computed export name");
                        Export(key, (Node)prop.Value, s);
                    }
                    return;
                }
                break;
        }
        throw Refuse(s, $"this top-level statement ({s.Type})");
    }

    private static string? ExportTarget(Node left) => left switch
    {
        MemberExpression { Object: Identifier { Name: "exports" }, Property: Identifier p, Computed: false } => p.Name,
        MemberExpression { Object: MemberExpression { Object: Identifier { Name: "module" }, Property: Identifier { Name: "exports" } }, Property: Identifier p, Computed: false } => p.Name,
        _ => null,
    };

    private void Export(string name, Node value, Node statement)
    {
        if (value is Identifier local && _helpers.Remove(local.Name, out var helper)) value = (Node)helper.Function;
        else if (value is Identifier same && same.Name == name && (name == "up" || name == "down")) return;
        switch (name)
        {
            case "up": _up = value; break;
            case "down" when value is Literal { Value: false }: _downDisabled = true; MarkComments(statement); break;
            case "down" when value is Identifier { Name: "undefined" }: break;
            case "down": _down = value; break;
            case "shorthands" when value is Identifier { Name: "undefined" }: break;
            case "shorthands": _shorthands = value; MarkComments(statement); break;
            default: throw Refuse(value, $"the export \"{name}\" (node-pg-migrate reads up, down and shorthands)");
        }
    }

    private void Constant(VariableDeclarator d, Node statement)
    {
        if (d.Id is not Identifier id) throw Refuse(d, "a destructuring declaration at the top level");
        if (d.Init is null) throw Refuse(d, $"the variable {id.Name} without a value");
        var code = Emit(d.Init);
        var name = CSharpCode.Identifier(id.Name);
        var declaration = code.Kind switch
        {
            Kind.String when d.Init is StringLiteral || d.Init is TemplateLiteral { Expressions.Count: 0 } => $"const string {name} = {code.Text};",
            Kind.String => $"static readonly string {name} = {code.Text};",
            Kind.Number when int.TryParse(code.Text, out _) => $"const int {name} = {code.Text};",
            Kind.Number => $"const double {name} = {code.Text};",
            Kind.Bool => $"const bool {name} = {code.Text};",
            Kind.StringArray => $"static readonly string[] {name} = {code.Text};",
            Kind.NumberArray => $"static readonly double[] {name} = {code.Text};",
            _ => throw Refuse(d.Init, $"the constant {id.Name} (only strings, numbers, booleans and arrays of them are carried over; an object needs its C# type, write it in the pgm call)"),
        };
        _globals[id.Name] = code.Kind;
        _members.Add(Indented(TopComments(statement)).Replace("        ", "    ") + "    " + declaration + "\n");
    }

    // ---- Functions

    private void Method(Node node, bool up)
    {
        if (node is not IFunction f) throw Refuse(node, $"the {(up ? "up" : "down")} export: it is not a function");
        if (f.Params.Count > 1) throw Refuse(node, "a callback-style migration (pgm, run): use an async function");
        var pgm = f.Params.Count == 1 ? f.Params[0] is Identifier p ? p.Name : throw Refuse(f.Params[0], "a destructured pgm parameter") : "pgm";
        var isAsync = f.Async || Contains<AwaitExpression>((Node)f.Body);
        Raw(TopComments(node));
        var name = up ? "Up" : "Down";
        Line(isAsync ? $"public override async Task {name}Async(MigrationBuilder {CSharpCode.Identifier(pgm)})" : $"public override void {name}(MigrationBuilder {CSharpCode.Identifier(pgm)})");
        _builder = pgm;
        Scope(new() { [pgm] = Kind.Builder }, () => Body(f.Body, isFunction: true));
        _builder = null;
    }

    private Node ParentStatementOf(Node n)
    {
        foreach (var s in file.Program.Body) if (s.Start <= n.Start && n.End <= s.End) return s;
        return n;
    }

    private string WriteHelper(Helper h)
    {
        h.Written = true;
        var f = h.Function;
        var ps = new List<string>();
        var scope = new Dictionary<string, Kind>();
        for (var i = 0; i < f.Params.Count; i++)
        {
            if (f.Params[i] is not Identifier p) throw Refuse(f.Params[i], $"a parameter of {h.Name} that is not a plain name");
            var kind = h.Parameters![i];
            scope[p.Name] = kind;
            ps.Add($"{h.Declared![i] ?? CSharpType(kind, f.Params[i])} {CSharpCode.Identifier(p.Name)}");
        }
        var isAsync = f.Async || Contains<AwaitExpression>((Node)f.Body);
        var builder = f.Params.OfType<Identifier>().Select(p => p.Name).FirstOrDefault(n => scope[n] == Kind.Builder);
        var saved = _builder;
        _builder = builder;
        var returns = Kind.Void;
        var body = Capture(() => Scope(scope, () => returns = Body(f.Body, isFunction: true)));
        _builder = saved;
        var type = returns is Kind.Void or Kind.Builder ? (isAsync ? "async Task" : "void") : isAsync ? $"async Task<{CSharpType(returns, (Node)f)}>" : CSharpType(returns, (Node)f);
        h.Returns = returns is Kind.Builder ? Kind.Void : returns;
        return TopComments((Node)f) + $"{Indent()}static {type} {CSharpCode.Pascal(h.Name)}({string.Join(", ", ps)})\n" + body;
    }

    private string CSharpType(Kind k, Node at) => k switch
    {
        Kind.Builder => "MigrationBuilder",
        Kind.String => "string",
        Kind.Number => "double",
        Kind.Bool => "bool",
        Kind.StringArray => "IReadOnlyList<string>",
        Kind.NumberArray => "IReadOnlyList<double>",
        Kind.Rows => "IReadOnlyList<IReadOnlyDictionary<string, object?>>",
        Kind.Row => "IReadOnlyDictionary<string, object?>",
        _ => throw Refuse(at, "a value whose type the converter cannot tell from the file"),
    };

    /// <summary>Writes a function body as a C# block; returns the kind of value it returns.</summary>
    private Kind Body(StatementOrExpression body, bool isFunction)
    {
        _floor = body.Start;
        Line("{");
        _indent++;
        var returns = Kind.Void;
        if (body is Expression e)
        {
            var code = Emit(e);
            if (code.Kind is Kind.Builder or Kind.Void or Kind.Unknown) Line(code.Text + ";");
            else { Line($"return {code.Text};"); returns = code.Kind; }
        }
        else foreach (var s in ((BlockStatement)body).Body) returns = Merge(returns, Statement(s));
        Trailing(body.End);
        _indent--;
        Line("}");
        return returns;
    }

    private static Kind Merge(Kind a, Kind b) => a == Kind.Void ? b : a;

    private void Scope(Dictionary<string, Kind> vars, Action body)
    {
        _scopes.Add(vars);
        try { body(); }
        finally { _scopes.RemoveAt(_scopes.Count - 1); }
    }

    private Kind KindOf(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--) if (_scopes[i].TryGetValue(name, out var k)) return k;
        return _globals.TryGetValue(name, out var g) ? g : Kind.Unknown;
    }

    private bool Known(string name) => _scopes.Any(s => s.ContainsKey(name)) || _globals.ContainsKey(name);

    // ---- Statements

    private Kind Statement(Statement s)
    {
        Raw(LeadingComments(s));
        var returns = Kind.Void;
        switch (s)
        {
            case EmptyStatement:
                break;
            case BlockStatement b:
                _floor = b.Start;
                Line("{");
                _indent++;
                foreach (var inner in b.Body) returns = Merge(returns, Statement(inner));
                Trailing(b.End);
                _indent--;
                Line("}");
                break;
            case VariableDeclaration v:
                foreach (var d in v.Declarations)
                {
                    if (d.Id is not Identifier id) throw Refuse(d, "a destructuring declaration");
                    if (d.Init is null) throw Refuse(d, $"the variable {id.Name} without a value");
                    if (d.Init is ArrowFunctionExpression or FunctionExpression) throw Refuse(d, "a function declared inside up/down (declare it at the top level)");
                    var code = Emit(d.Init);
                    if (code.Kind == Kind.Unknown) throw Refuse(d.Init, $"the value of {id.Name} (its type is not known)");
                    _scopes[^1][id.Name] = code.Kind;
                    Line($"var {CSharpCode.Identifier(id.Name)} = {code.Text};");
                }
                break;
            case ExpressionStatement { Expression: CallExpression { Callee: MemberExpression { Property: Identifier { Name: "forEach" }, Computed: false } m } call }:
                returns = ForEach(m.Object, call.Arguments, call);
                break;
            case ExpressionStatement { Expression: CallExpression { Callee: MemberExpression { Computed: false, Object: Identifier target, Property: Identifier method } } call }
                when KindOf(target.Name) == Kind.Builder && !PgmCalls.Special.Contains(method.Name) && ChosenOptions(call) is var (at, choice):
                // `cond ? { …options } : { … }`: each object names other parameters, so each branch is its own call.
                var callArgs = call.Arguments.Cast<Expression>().ToList();
                Line($"if ({Condition(choice.Test)})");
                Braced(() => Line(PgmCall(CSharpCode.Identifier(target.Name), method.Name, call, [.. callArgs[..at], choice.Consequent, .. callArgs[(at + 1)..]]) + ";"));
                Line("else");
                Braced(() => Line(PgmCall(CSharpCode.Identifier(target.Name), method.Name, call, [.. callArgs[..at], choice.Alternate, .. callArgs[(at + 1)..]]) + ";"));
                break;
            case ExpressionStatement es:
                Line(Emit(es.Expression, statement: true).Text + ";");
                break;
            case IfStatement i:
                Line($"if ({Condition(i.Test)})");
                returns = Merge(returns, Branch(i.Consequent));
                if (i.Alternate is IfStatement) { _out.Append(Indent() + "else "); _indent++; _indent--; returns = Merge(returns, ElseIf(i.Alternate)); }
                else if (i.Alternate is not null) { Line("else"); returns = Merge(returns, Branch(i.Alternate)); }
                break;
            case ForOfStatement f:
                if (f.Left is not VariableDeclaration { Declarations: [{ Id: Identifier item }] }) throw Refuse(f, "a for…of loop that does not declare one variable");
                var list = Emit(f.Right);
                var element = list.Kind switch { Kind.StringArray => Kind.String, Kind.NumberArray => Kind.Number, Kind.Rows => Kind.Row, _ => throw Refuse(f.Right, "a loop over a value whose type is not known") };
                Line($"foreach (var {CSharpCode.Identifier(item.Name)} in {list.Text})");
                Scope(new() { [item.Name] = element }, () => returns = Branch(f.Body));
                break;
            case ForStatement { Init: VariableDeclaration { Declarations: [{ Id: Identifier counter, Init: { } start }] }, Test: { } test, Update: { } update } loop:
                Scope(new() { [counter.Name] = Kind.Number }, () =>
                {
                    Line($"for (var {CSharpCode.Identifier(counter.Name)} = {Emit(start).Text}; {Condition(test)}; {Emit(update, statement: true).Text})");
                    returns = Branch(loop.Body);
                });
                break;
            case ReturnStatement r:
                if (r.Argument is null) { Line("return;"); break; }
                var value = Emit(r.Argument, statement: true);
                if (value.Kind is Kind.Builder or Kind.Void) { Line(value.Text + ";"); Line("return;"); }
                else { Line($"return {value.Text};"); returns = value.Kind; }
                break;
            case ThrowStatement { Argument: NewExpression { Callee: Identifier { Name: "Error" }, Arguments: [var message] } }:
                Line($"throw new InvalidOperationException({Emit(message).Text});");
                break;
            default:
                throw Refuse(s, $"this statement ({s.Type})");
        }
        _floor = Math.Max(_floor, s.End);
        SameLineComment(s);
        return returns;
    }

    /// <summary>The argument that chooses between two options objects, with its place.</summary>
    private static (int At, ConditionalExpression Choice)? ChosenOptions(CallExpression call)
    {
        for (var i = 0; i < call.Arguments.Count; i++)
            if (call.Arguments[i] is ConditionalExpression { Consequent: ObjectExpression, Alternate: ObjectExpression } c) return (i, c);
        return null;
    }

    private void Braced(Action body)
    {
        Line("{");
        _indent++;
        body();
        _indent--;
        Line("}");
    }

    private Kind ElseIf(Statement s)
    {
        var i = (IfStatement)s;
        _out.Append($"if ({Condition(i.Test)})\n");
        var returns = Branch(i.Consequent);
        if (i.Alternate is IfStatement) { _out.Append(Indent() + "else "); returns = Merge(returns, ElseIf(i.Alternate)); }
        else if (i.Alternate is not null) { Line("else"); returns = Merge(returns, Branch(i.Alternate)); }
        return returns;
    }

    private Kind Branch(Statement s)
    {
        if (s is BlockStatement) return Scoped(() => Statement(s));
        Line("{");
        _indent++;
        var k = Scoped(() => Statement(s));
        _indent--;
        Line("}");
        return k;
    }

    private Kind Scoped(Func<Kind> f)
    {
        var k = Kind.Void;
        Scope([], () => k = f());
        return k;
    }

    private Kind ForEach(Expression list, in NodeList<Expression> args, Node call)
    {
        if (args.Count != 1 || args[0] is not (ArrowFunctionExpression or FunctionExpression) || ((IFunction)args[0]).Params.Count != 1 || ((IFunction)args[0]).Params[0] is not Identifier item)
            throw Refuse(call, "a forEach whose callback is not a function of one item");
        var f = (IFunction)args[0];
        if (f.Async) throw Refuse(call, "an async forEach callback (node-pg-migrate would not wait for it)");
        var items = Emit(list);
        var element = items.Kind switch { Kind.StringArray => Kind.String, Kind.NumberArray => Kind.Number, Kind.Rows => Kind.Row, _ => throw Refuse(list, "a loop over a value whose type is not known") };
        Line($"foreach (var {CSharpCode.Identifier(item.Name)} in {items.Text})");
        var k = Kind.Void;
        Scope(new() { [item.Name] = element }, () => k = Body(f.Body, isFunction: false));
        return Kind.Void;
    }

    private string Condition(Expression e)
    {
        var c = Emit(e);
        return c.Kind switch
        {
            Kind.Bool => c.Text,
            Kind.Number => $"{c.Text} != 0",
            Kind.String => $"!string.IsNullOrEmpty({c.Text})",
            Kind.Value => $"(bool){c.Text}!",
            _ => throw Refuse(e, "a condition whose truth the converter cannot tell the same way as JavaScript"),
        };
    }

    // ---- Expressions

    private readonly record struct Code(string Text, Kind Kind);

    private Code Emit(Expression e, bool statement = false)
    {
        switch (e)
        {
            case StringLiteral s: return new(CSharpCode.String(s.Value), Kind.String);
            case NumericLiteral n: return new(CSharpCode.Number(n.Value), Kind.Number);
            case BooleanLiteral b: return new(b.Value ? "true" : "false", Kind.Bool);
            case TemplateLiteral t: return new(Template(t), Kind.String);
            case ParenthesizedExpression p: var inner = Emit(p.Expression); return new($"({inner.Text})", inner.Kind);
            case Identifier id:
                if (id.Name == "undefined") throw Refuse(id, "undefined outside a pgm call");
                if (!Known(id.Name)) throw Refuse(id, $"the name {id.Name}, which this file does not define");
                return new(CSharpCode.Identifier(id.Name), KindOf(id.Name));
            case AwaitExpression a:
                var awaited = Emit(a.Argument);
                return new($"await {awaited.Text}", awaited.Kind);
            case CallExpression c: return Call(c);
            case NewExpression { Callee: Identifier { Name: "PgLiteral" }, Arguments: [var literal] }:
                return new(RawSql(Emit(literal).Text), Kind.Value);
            case MemberExpression m: return Member(m);
            case ConditionalExpression c:
                var (then, other) = (Emit(c.Consequent), Emit(c.Alternate));
                if (then.Kind != other.Kind) throw Refuse(c, "a conditional whose branches have different types");
                return new($"{Condition(c.Test)} ? {then.Text} : {other.Text}", then.Kind);
            case UnaryExpression { Operator: Operator.LogicalNot } u:
                return new($"!{Wrap(Condition(u.Argument))}", Kind.Bool);
            case UnaryExpression { Operator: Operator.UnaryNegation } u when Emit(u.Argument) is { Kind: Kind.Number } neg:
                return new($"-{neg.Text}", Kind.Number);
            case UpdateExpression { Operator: Operator.Increment or Operator.Decrement, Argument: Identifier counter } u when statement && KindOf(counter.Name) == Kind.Number:
                return new(counter.Name + (u.Operator == Operator.Increment ? "++" : "--"), Kind.Number);
            case AssignmentExpression { Left: Identifier target } a when statement && Known(target.Name):
                var op = a.Operator switch { Operator.Assignment => "=", Operator.AdditionAssignment => "+=", Operator.SubtractionAssignment => "-=", _ => throw Refuse(a, "this assignment operator") };
                return new($"{CSharpCode.Identifier(target.Name)} {op} {Emit(a.Right).Text}", KindOf(target.Name));
            case LogicalExpression l: return Logical(l);
            case BinaryExpression b: return Binary(b);
            case ArrayExpression arr when arr.Elements.Any(x => x is SpreadElement):
                // [...A, 'x']: a new array (a copy), as JavaScript makes one.
                var parts = arr.Elements.Select(x => x switch
                {
                    SpreadElement { Argument: var spread } => Emit(spread) is { Kind: Kind.StringArray or Kind.NumberArray } list ? (".. " + list.Text, list.Kind) : throw Refuse(x, "a spread of a value that is not an array of strings or numbers"),
                    Expression ex => Emit(ex) is var one && one.Kind is Kind.String or Kind.Number ? (one.Text, one.Kind == Kind.String ? Kind.StringArray : Kind.NumberArray) : throw Refuse(x, "an array whose items are not all strings or all numbers"),
                    _ => throw Refuse(x ?? (Node)arr, "a hole in an array"),
                }).ToList();
                if (parts.Select(p => p.Item2).Distinct().Count() != 1) throw Refuse(arr, "an array whose items are not all strings or all numbers");
                return new($"(({(parts[0].Item2 == Kind.StringArray ? "string" : "double")}[])[{string.Join(", ", parts.Select(p => p.Item1))}])", parts[0].Item2);
            case ArrayExpression arr:
                var items = arr.Elements.Select(x => x is Expression ex && x is not SpreadElement ? Emit(ex) : throw Refuse(x ?? (Node)arr, "a spread or hole in an array")).ToList();
                var kind = items.Count > 0 && items.All(i => i.Kind == Kind.String) ? Kind.StringArray
                    : items.Count > 0 && items.All(i => i.Kind == Kind.Number) ? Kind.NumberArray
                    : throw Refuse(arr, "an array whose items are not all strings or all numbers (outside a pgm call the converter needs its C# type)");
                return new($"new[] {{ {string.Join(", ", items.Select(i => i.Text))} }}", kind);
            case ObjectExpression o:
                throw Refuse(o, "an object literal outside a pgm call (the converter needs to know its C# type)");
            default:
                throw Refuse(e, $"this expression ({e.Type})");
        }
    }

    private static string Wrap(string s) => s.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') ? s : $"({s})";

    private string RawSql(string sql) => _builder is { } b ? $"{CSharpCode.Identifier(b)}.Func({sql})" : $"SqlValue.Raw({sql})";

    private string Template(TemplateLiteral t)
    {
        if (t.Expressions.Count == 0) return CSharpCode.String(t.Quasis[0].Value.Cooked ?? throw Refuse(t, "a template with an invalid escape"));
        var multi = t.Quasis.Any(q => q.Value.Cooked?.Contains('\n') == true);
        var sb = new StringBuilder(multi ? "$@\"" : "$\"");
        for (var i = 0; i < t.Quasis.Count; i++)
        {
            var text = t.Quasis[i].Value.Cooked ?? throw Refuse(t, "a template with an invalid escape");
            text = text.Replace("{", "{{").Replace("}", "}}");
            sb.Append(multi ? CSharpCode.Verbatim(text) : CSharpCode.Escape(text));
            if (i < t.Expressions.Count)
            {
                var x = Emit(t.Expressions[i]);
                if (x.Kind is not (Kind.String or Kind.Number or Kind.Value)) throw Refuse(t.Expressions[i], "a value in a template whose text the converter cannot tell to be JavaScript's");
                var code = x.Kind == Kind.Value ? $"{x.Text}" : x.Text;
                sb.Append('{').Append(code.Contains(':') || code.Contains('?') || code.Contains('"') ? $"({code})" : code).Append('}');
            }
        }
        return sb.Append('"').ToString();
    }

    private Code Logical(LogicalExpression l)
    {
        if (l.Operator == Operator.NullishCoalescing)
        {
            var (a, b) = (Emit(l.Left), Emit(l.Right));
            return new($"{a.Text} ?? {b.Text}", b.Kind);
        }
        var op = l.Operator == Operator.LogicalAnd ? "&&" : l.Operator == Operator.LogicalOr ? "||" : throw Refuse(l, "this operator");
        var (left, right) = (Emit(l.Left), Emit(l.Right));
        if (left.Kind != Kind.Bool || right.Kind != Kind.Bool) throw Refuse(l, $"{op} on values that are not booleans (JavaScript returns one of the operands)");
        return new($"{left.Text} {op} {right.Text}", Kind.Bool);
    }

    private Code Binary(BinaryExpression b)
    {
        var (l, r) = (Emit(b.Left), Emit(b.Right));
        string Num(Code c) => c.Kind == Kind.Value ? $"Convert.ToDouble({c.Text})" : c.Kind == Kind.Number ? c.Text : throw Refuse(b, "arithmetic or a comparison on a value that is not a number");
        switch (b.Operator)
        {
            case Operator.Addition when l.Kind == Kind.String || r.Kind == Kind.String:
                if (l.Kind is not (Kind.String or Kind.Number) || r.Kind is not (Kind.String or Kind.Number)) throw Refuse(b, "+ on a value whose text the converter cannot tell to be JavaScript's");
                return new($"{l.Text} + {r.Text}", Kind.String);
            case Operator.Addition: return new($"{Num(l)} + {Num(r)}", Kind.Number);
            case Operator.Subtraction: return new($"{Num(l)} - {Num(r)}", Kind.Number);
            case Operator.Multiplication: return new($"{Num(l)} * {Num(r)}", Kind.Number);
            case Operator.Division: return new($"(double){Num(l)} / {Num(r)}", Kind.Number);
            case Operator.Remainder: return new($"{Num(l)} % {Num(r)}", Kind.Number);
            case Operator.LessThan: return new($"{Num(l)} < {Num(r)}", Kind.Bool);
            case Operator.LessThanOrEqual: return new($"{Num(l)} <= {Num(r)}", Kind.Bool);
            case Operator.GreaterThan: return new($"{Num(l)} > {Num(r)}", Kind.Bool);
            case Operator.GreaterThanOrEqual: return new($"{Num(l)} >= {Num(r)}", Kind.Bool);
            case Operator.StrictEquality or Operator.StrictInequality:
                var eq = b.Operator == Operator.StrictEquality ? "==" : "!=";
                if (l.Kind == Kind.Value || r.Kind == Kind.Value)
                {
                    var other = l.Kind == Kind.Value ? r : l;
                    var value = l.Kind == Kind.Value ? l : r;
                    var test = other.Kind == Kind.Number ? $"Convert.ToDouble({value.Text}) {eq} {other.Text}" : $"Equals({value.Text}, {other.Text})";
                    return new(other.Kind == Kind.Number || eq == "==" ? test : "!" + test, Kind.Bool);
                }
                if (l.Kind != r.Kind || l.Kind is not (Kind.String or Kind.Number or Kind.Bool)) throw Refuse(b, "a comparison of values whose types differ or are not known");
                return new($"{l.Text} {eq} {r.Text}", Kind.Bool);
            default:
                throw Refuse(b, $"the operator of this expression ({b.Operator})");
        }
    }

    private Code Member(MemberExpression m)
    {
        if (m.Object is MemberExpression { Object: Identifier { Name: "process" }, Property: Identifier { Name: "env" } } && !m.Computed && m.Property is Identifier env)
            return new($"Environment.GetEnvironmentVariable({CSharpCode.String(env.Name)})", Kind.String);
        var o = Emit(m.Object);
        if (!m.Computed && m.Property is Identifier { Name: "length" })
            return o.Kind switch
            {
                Kind.String or Kind.StringArray or Kind.NumberArray when o.Text.StartsWith("new[]", StringComparison.Ordinal) => new($"{o.Text}.Length", Kind.Number),
                Kind.String => new($"{o.Text}.Length", Kind.Number),
                Kind.StringArray or Kind.NumberArray or Kind.Rows => new($"{o.Text}.Count()", Kind.Number),
                _ => throw Refuse(m, "length of a value whose type is not known"),
            };
        if (o.Kind == Kind.Rows && m.Computed) return new($"{o.Text}[{Index(m.Property)}]", Kind.Row);
        if (o.Kind is Kind.StringArray or Kind.NumberArray && m.Computed) return new($"{o.Text}[{Index(m.Property)}]", o.Kind == Kind.StringArray ? Kind.String : Kind.Number);
        if (o.Kind == Kind.Row)
        {
            var key = !m.Computed && m.Property is Identifier k ? CSharpCode.String(k.Name) : m.Property is StringLiteral s ? CSharpCode.String(s.Value) : throw Refuse(m, "a column read by a computed name");
            return new($"{o.Text}[{key}]", Kind.Value);
        }
        throw Refuse(m, $"the property access {Text(m)} (only rows of pgm.db.select, lengths and process.env are carried over)");
    }

    private string Index(Expression e)
    {
        var i = Emit(e);
        if (i.Kind != Kind.Number) throw Refuse(e, "an index that is not a number");
        return int.TryParse(i.Text, out _) ? i.Text : $"(int){i.Text}";
    }

    private Code Call(CallExpression c)
    {
        if (c.Callee is Identifier { Name: var helperName } && _helpers.TryGetValue(helperName, out var helper)) return HelperCall(helper, c);
        if (c.Callee is MemberExpression { Object: Identifier { Name: "PgLiteral" }, Property: Identifier { Name: "create" } } && c.Arguments.Count == 1)
            return new(RawSql(Emit(c.Arguments[0]).Text), Kind.Value);
        if (c.Callee is not MemberExpression { Computed: false, Property: Identifier method } callee) throw Refuse(c, $"the call {Text(c.Callee)}(…)");
        // pgm.db.query / pgm.db.select
        if (callee.Object is MemberExpression { Object: Identifier db, Property: Identifier { Name: "db" } } && KindOf(db.Name) == Kind.Builder)
        {
            if (c.Arguments.Count != 1) throw Refuse(c, "pgm.db with query parameters (write them into the SQL)");
            var sql = Emit(c.Arguments[0]).Text;
            return method.Name switch
            {
                "query" => new($"{CSharpCode.Identifier(db.Name)}.Db.QueryAsync({sql})", Kind.Void),
                "select" => new($"{CSharpCode.Identifier(db.Name)}.Db.SelectAsync({sql})", Kind.Rows),
                _ => throw Refuse(c, $"pgm.db.{method.Name}"),
            };
        }
        if (callee.Object is Identifier builder && KindOf(builder.Name) == Kind.Builder)
        {
            var b = CSharpCode.Identifier(builder.Name);
            switch (method.Name)
            {
                case "func" when c.Arguments.Count == 1: return new($"{b}.Func({Emit(c.Arguments[0]).Text})", Kind.Value);
                case "noTransaction" when c.Arguments.Count == 0: return new($"{b}.NoTransaction()", Kind.Builder);
                default: return new(PgmCall(b, method.Name, c), Kind.Builder);
            }
        }
        var target = Emit(callee.Object);
        switch (method.Name)
        {
            case "join" when target.Kind is Kind.StringArray or Kind.NumberArray:
                var separator = c.Arguments.Count == 0 ? "\",\"" : Emit(c.Arguments[0]).Text;
                return new($"string.Join({separator}, {target.Text})", Kind.String);
            // reverse() reverses in place: carried over only on a new array ([...A].reverse()), where nothing else sees it.
            case "reverse" when target.Kind is Kind.StringArray or Kind.NumberArray && c.Arguments.Count == 0 && callee.Object is ArrayExpression:
                return new($"Enumerable.Reverse({target.Text}).ToArray()", target.Kind);
            case "reverse" when target.Kind is Kind.StringArray or Kind.NumberArray:
                throw Refuse(c, $"{Text(callee.Object)}.reverse(), which reverses the array in place (write [...{Text(callee.Object)}].reverse())");
            case "toUpperCase" when target.Kind == Kind.String: return new($"{target.Text}.ToUpperInvariant()", Kind.String);
            case "toLowerCase" when target.Kind == Kind.String: return new($"{target.Text}.ToLowerInvariant()", Kind.String);
            case "includes" when target.Kind is Kind.StringArray or Kind.String && c.Arguments.Count == 1:
                return new($"{target.Text}.Contains({Emit(c.Arguments[0]).Text})", Kind.Bool);
            case "map" when target.Kind is Kind.StringArray && c.Arguments is [ArrowFunctionExpression { Params: [Identifier item], Body: Expression body }]:
                Code mapped = default;
                Scope(new() { [item.Name] = Kind.String }, () => mapped = Emit(body));
                if (mapped.Kind != Kind.String) throw Refuse(c, "a map to values that are not strings");
                return new($"{target.Text}.Select({CSharpCode.Identifier(item.Name)} => {mapped.Text}).ToArray()", Kind.StringArray);
        }
        throw Refuse(c, $"the call {Text(c.Callee)}(…)");
    }

    private Code HelperCall(Helper h, CallExpression c)
    {
        var args = c.Arguments.Select(a => a is Expression e && a is not SpreadElement ? Emit(e) : throw Refuse(a, "a spread argument")).ToList();
        if (args.Count != h.Function.Params.Count) throw Refuse(c, $"a call of {h.Name} with {args.Count} arguments for {h.Function.Params.Count} parameters");
        var kinds = args.Select(a => a.Kind == Kind.Unknown ? throw Refuse(c, $"an argument of {h.Name} whose type is not known") : a.Kind).ToArray();
        if (h.Parameters is null)
        {
            h.Parameters = kinds;
            h.Declared = new string?[kinds.Length];
            for (var i = 0; i < kinds.Length; i++)
                if (kinds[i] == Kind.Number && args.All(_ => true) && int.TryParse(args[i].Text, out _)) h.Declared[i] = null;
            // Written now, to learn its return type.
            var indent = _indent;
            _indent = 1;
            var floor = _floor;
            _helperTexts.Add(WriteHelper(h));
            _floor = floor;
            _indent = indent;
        }
        else if (!h.Parameters.SequenceEqual(kinds)) throw Refuse(c, $"a call of {h.Name} with arguments of other types than its first call");
        var call = $"{CSharpCode.Pascal(h.Name)}({string.Join(", ", args.Select(a => a.Text))})";
        return new(call, h.Returns == Kind.Void ? Kind.Builder : h.Returns);
    }

    // ---- pgm calls

    private string PgmCall(string builder, string js, CallExpression c, List<Expression>? given = null)
    {
        var overloads = PgmCalls.Overloads(js);
        if (overloads.Count == 0) throw Refuse(c, $"pgm.{js} (not a method of node-pg-migrate's MigrationBuilder that Strata has)");
        var args = given ?? c.Arguments.Select(a => a is Expression e && a is not SpreadElement ? e : throw Refuse(a, "a spread argument")).ToList();
        while (args.Count > 0 && args[^1] is Identifier { Name: "undefined" }) args.RemoveAt(args.Count - 1);
        Mismatch? first = null;
        foreach (var o in overloads)
        {
            try { return $"{builder}.{o.Name}({Arguments(o, args)})"; }
            catch (Mismatch m) { first ??= m; }
        }
        throw Refuse(first!.At ?? c, $"pgm.{js}: {first.Message}");
    }

    private sealed class Mismatch(Node? at, string message) : Exception(message)
    {
        public Node? At { get; } = at;
    }

    private string Arguments(MethodInfo method, List<Expression> args)
    {
        var ps = method.GetParameters();
        var positional = new List<string>();
        var named = new List<string>();
        var given = new HashSet<int>();
        var j = 0;
        foreach (var arg in args)
        {
            if (arg is ObjectExpression o && IsOptionsObject(method, ps, j, o))
            {
                // The options object (last, or in the middle as createView's): its keys are named parameters.
                foreach (var p in o.Properties)
                {
                    var (key, value) = KeyValue(p);
                    if (value is Identifier { Name: "undefined" }) continue;
                    if (PgmCalls.Key(method.Name, key, Shape(value)) is { } special && !(special.StartsWith('-') && !HasKey(o, special[1..])))
                    {
                        if (special.StartsWith('-')) continue;
                        if (special == "!") throw new Mismatch(p, $"the option \"{key}\" (node-pg-migrate ignores it; Strata would not)");
                        if (special.Contains(':')) { named.Add(special); given.Add(Array.FindIndex(ps, q => q.Name == special[..special.IndexOf(':')])); continue; }
                        key = special;
                    }
                    var index = Array.FindIndex(ps, j, q => string.Equals(q.Name, key, StringComparison.OrdinalIgnoreCase));
                    if (index < 0 || given.Contains(index)) throw new Mismatch(p, $"the option \"{key}\" (not a parameter of {method.Name})");
                    given.Add(index);
                    named.Add($"{CSharpCode.Identifier(ps[index].Name!)}: {Value(value, ps[index].ParameterType)}");
                }
                continue;
            }
            while (j < ps.Length && given.Contains(j)) j++;
            if (j >= ps.Length) throw new Mismatch(arg, $"{args.Count} arguments; {method.Name} takes {ps.Length}");
            if (named.Count > 0)
            {
                // A positional argument after options: written by name, since C# wants positional ones first.
                named.Add($"{CSharpCode.Identifier(ps[j].Name!)}: {ArgumentValue(arg, ps[j].ParameterType)}");
            }
            else positional.Add(ArgumentValue(arg, ps[j].ParameterType));
            given.Add(j++);
        }
        for (var i = 0; i < ps.Length; i++)
            if (!given.Contains(i) && !ps[i].HasDefaultValue) throw new Mismatch(null, $"{method.Name} needs {ps[i].Name}");
        return string.Join(", ", positional.Concat(named));
    }

    /// <summary>
    /// Whether an object literal at parameter <paramref name="j"/> is the call's options object rather than that parameter's value.
    /// Where the parameter takes an object, the literal is still the options object when each of its keys is a parameter from there
    /// on and that parameter is itself an option (node-pg-migrate passes options only inside the options object: alterView's
    /// <c>{ checkOption, options }</c>, createCast's <c>{ functionName }</c>) or a name the literal cannot be (createOperator's
    /// required <c>procedure</c> is a key of its options: <c>{ procedure, left }</c> is no schema and name).
    /// </summary>
    private bool IsOptionsObject(MethodInfo method, ParameterInfo[] ps, int j, ObjectExpression o)
    {
        if (j >= ps.Length || !PgmCalls.TakesObject(ps[j].ParameterType)) return true;
        var keys = new List<string>();
        foreach (var p in o.Properties)
        {
            if (p is not Property { Computed: false, Method: false }) return false;
            var (key, value) = KeyValue(p);
            if (PgmCalls.Key(method.Name, key, Shape(value)) is null && Array.FindIndex(ps, j, q => string.Equals(q.Name, key, StringComparison.OrdinalIgnoreCase)) < 0) return false;
            keys.Add(key);
        }
        return ps[j].HasDefaultValue
               || (Nullable.GetUnderlyingType(ps[j].ParameterType) ?? ps[j].ParameterType) == typeof(SqlName) && keys.Any(k => k is not ("schema" or "name"));
    }

    private string ArgumentValue(Expression arg, Type t) =>
        arg is Literal { Value: null } && !t.IsValueType && t != typeof(SqlValue) ? "null" : Value(arg, t);

    /// <summary>JavaScript's <c>key in o</c> for an object literal.</summary>
    private bool HasKey(ObjectExpression o, string key) => o.Properties.Any(p => p is Property && KeyValue(p).Key == key);

    private (string Key, Expression Value) KeyValue(Node p)
    {
        if (p is not Property prop || prop.Method) throw new Mismatch(p, "a spread or method in an options object");
        var key = prop.Computed ? throw new Mismatch(p, "a computed option name") : prop.Key switch
        {
            Identifier k => k.Name,
            StringLiteral s => s.Value,
            _ => throw new Mismatch(p, "an option name that is not a name"),
        };
        return (key, (Expression)prop.Value);
    }

    private static string Shape(Expression e) => e switch
    {
        ArrayExpression a when a.Elements.Any(x => x is ArrayExpression) => "arrays",
        ArrayExpression => "array",
        NumericLiteral => "number",
        Literal { Value: null } => "null",
        BooleanLiteral { Value: false } => "false",
        _ => "value",
    };

    /// <summary>A JavaScript value as the C# value of type <paramref name="t"/>.</summary>
    private string Value(Expression e, Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (e is ConditionalExpression c) return $"{Condition(c.Test)} ? {Value(c.Consequent, t)} : {Value(c.Alternate, t)}";
        if (e is Literal { Value: null })
            return t == typeof(SqlValue) ? "SqlValue.Null" : !t.IsValueType ? "null" : throw new Mismatch(e, "null");
        if (e is ObjectExpression o) return ObjectValue(o, t);
        if (e is ArrayExpression a)
        {
            // node-pg-migrate's Name[] | Name[][]: an array without inner arrays is one item (one UNIQUE of several columns).
            if (PgmCalls.ElementOf(t) is { } outer && PgmCalls.ElementOf(outer) is not null && outer != typeof(string) && !a.Elements.Any(x => x is ArrayExpression))
                return "[" + Value(a, outer) + "]";
            if (PgmCalls.ElementOf(t) is { } element)
                return "[" + string.Join(", ", a.Elements.Select(x => x is Expression xe and not SpreadElement ? Value(xe, element) : throw new Mismatch(x, "a spread in an array"))) + "]";
            if (t == typeof(SqlValue))
                return "SqlValue.Array(" + string.Join(", ", a.Elements.Select(x => Value((Expression)x!, typeof(SqlValue)))) + ")";
            throw new Mismatch(e, $"an array where {method()} takes {t.Name}");
        }
        if (PgmCalls.ElementOf(t) is { } single && !(e is Identifier id && KindOf(id.Name) is Kind.StringArray or Kind.NumberArray) && !(Emit(e).Kind is Kind.StringArray or Kind.NumberArray))
            return "[" + Value(e, single) + "]";
        var code = Emit(e);
        var ok = code.Kind switch
        {
            Kind.String => t == typeof(string) || t == typeof(SqlName) || t == typeof(SqlValue) || t == typeof(Column) || t == typeof(IndexColumn) || t == typeof(FunctionParam) || t.Name is "PartitionColumn" or "Like",
            Kind.Number => t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(decimal) || t == typeof(SqlValue),
            Kind.Bool => t == typeof(bool) || t == typeof(SqlValue),
            Kind.Value => t == typeof(SqlValue),
            Kind.StringArray or Kind.NumberArray => PgmCalls.ElementOf(t) is not null,
            _ => false,
        };
        if (!ok) throw new Mismatch(e, $"{Text(e)} where a {t.Name} is needed");
        // string[] → IReadOnlyList<SqlValue>: each item converted, as node-pg-migrate reads each.
        if (code.Kind is Kind.StringArray or Kind.NumberArray && PgmCalls.ElementOf(t) is { } item && item != typeof(string) && item != typeof(double)) return $"[.. {code.Text}]";
        if (code.Kind == Kind.Number && t == typeof(int) && !int.TryParse(code.Text, out _)) return $"(int){code.Text}";
        if (code.Kind == Kind.Number && t == typeof(long) && !long.TryParse(code.Text, out _)) return $"(long){code.Text}";
        return code.Text;
        string method() => t.Name;
    }

    private string ObjectValue(ObjectExpression o, Type t)
    {
        if (t == typeof(Columns)) return Block("new Columns", [.. ColumnEntries(o).Select(e => $"[{e.Key}] = {e.Value},")]);
        if (t == typeof(SqlName))
        {
            string? schema = null, name = null;
            foreach (var p in o.Properties)
            {
                var (key, value) = KeyValue(p);
                if (key == "schema") schema = Value(value, typeof(string));
                else if (key == "name") name = Value(value, typeof(string));
                else throw new Mismatch(p, $"the key \"{key}\" in a name (schema and name)");
            }
            return $"new SqlName({schema ?? "null"}, {name ?? throw new Mismatch(o, "a name without name")})";
        }
        if (PgmCalls.DictionaryValue(t) is { } dv)
            return Block($"new Dictionary<string, {dv.Name}>", [.. o.Properties.Select(p => { var (k, v) = KeyValue(p); return $"[{CSharpCode.String(k)}] = {Value(v, dv)},"; })]);
        if (PgmCalls.ElementOf(t) is { } element)
        {
            if (PgmCalls.PairValue(element) is { } pv)
                return "[" + string.Join(", ", o.Properties.Select(p => { var (k, v) = KeyValue(p); return $"new({CSharpCode.String(k)}, {Value(v, pv)})"; })) + "]";
            return "[" + ObjectValue(o, element) + "]";
        }
        if (!PgmCalls.TakesObject(t)) throw new Mismatch(o, $"an object where a {t.Name} is needed");
        var props = o.Properties.Select(KeyValue)
            .SelectMany(kv => PgmCalls.Key(t.Name, kv.Key, Shape(kv.Value)) == "^"
                ? kv.Value is ObjectExpression inner ? inner.Properties.Select(KeyValue) : throw new Mismatch(kv.Value, $"the option \"{kv.Key}\" that is not an object literal")
                : [kv])
            .Where(kv => kv.Value is not Identifier { Name: "undefined" }).ToList();
        // A constructor whose parameters are all given (new Column("text"), new IndexColumn("a")), else the parameterless one.
        var ctor = PgmCalls.Constructors(t)
            .Where(c => c.GetParameters().All(p => props.Any(kv => string.Equals(kv.Key, p.Name, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new Mismatch(o, $"an object for {t.Name}, which needs constructor arguments");
        var ctorArgs = ctor.GetParameters().Select(p => Value(props.First(kv => string.Equals(kv.Key, p.Name, StringComparison.OrdinalIgnoreCase)).Value, p.ParameterType)).ToList();
        var used = ctor.GetParameters().Select(p => p.Name!.ToLowerInvariant()).ToHashSet();
        var inits = new List<string>();
        foreach (var (jsKey, value) in props)
        {
            var key = jsKey;
            if (used.Contains(key.ToLowerInvariant())) continue;
            if (PgmCalls.Key(t.Name, key, Shape(value)) is { } special)
            {
                if (special == "!") throw new Mismatch(value, $"the option \"{key}\" (node-pg-migrate ignores it; Strata would not)");
                if (special.Contains('=')) { inits.Add(special + ","); continue; }
                key = special;
            }
            var property = PgmCalls.Settable(t, PgmCalls.Property(key)) ?? throw new Mismatch(value, $"the option \"{key}\" (not a property of {t.Name})");
            inits.Add($"{property.Name} = {Value(value, property.PropertyType)},");
        }
        var head = $"new {t.Name}" + (ctorArgs.Count > 0 ? $"({string.Join(", ", ctorArgs)})" : "");
        return inits.Count == 0 ? (ctorArgs.Count > 0 ? head : head + "()") : Block(head, inits);
    }

    /// <summary>A column list's entries: the C# key and the C# column.</summary>
    private List<KeyValuePair<string, string>> ColumnEntries(ObjectExpression o) =>
    [
        .. o.Properties.Select(p =>
        {
            if (p is not Property prop || prop.Method) throw new Mismatch(p, "a spread or method in a column list");
            var key = prop.Computed ? Emit((Expression)prop.Key).Text : prop.Key is Identifier k ? CSharpCode.String(k.Name) : prop.Key is StringLiteral s ? CSharpCode.String(s.Value) : throw new Mismatch(p, "a column name that is not a name");
            return new KeyValuePair<string, string>(key, Value((Expression)prop.Value, typeof(Column)));
        }),
    ];

    /// <summary>An object initializer: on one line when short, else one member a line.</summary>
    private string Block(string head, List<string> entries)
    {
        if (entries.Count == 0) return head + "()";
        var oneLine = $"{head} {{ {string.Join(" ", entries).TrimEnd(',')} }}";
        if (oneLine.Length <= 100 && !oneLine.Contains('\n')) return oneLine;
        // Relative indentation: Line() indents every line of a statement by the statement's depth.
        var nested = entries.Select(e => "    " + e.Replace("\n", "\n    "));
        return $"{head}\n{{\n{string.Join("\n", nested)}\n}}";
    }

    // ---- Output and comments

    private string Indent() => new(' ', _indent * 4);

    private void Line(string s)
    {
        if (s.Length == 0) { _out.Append('\n'); return; }
        _out.Append(Indent()).Append(s.Replace("\n", "\n" + Indent())).Append('\n');
    }

    private void Raw(string s) => _out.Append(s);

    private void MarkComments(Node n)
    {
        foreach (var c in _comments) if (c.Start >= n.Start && c.End <= n.End) _usedComments.Add(c.Start);
    }

    /// <summary>Where the comments not yet written start: the end of the previous statement of the block.</summary>
    private int _floor;

    /// <summary>The comments in [from, to) not yet written, as C# comment lines.</summary>
    private string CommentsIn(int from, int to, string indent)
    {
        var sb = new StringBuilder();
        foreach (var c in _comments)
            if (c.Start >= from && c.End <= to && _usedComments.Add(c.Start)) sb.Append(CommentLines(c, indent));
        return sb.ToString();
    }

    /// <summary>Comments before <paramref name="n"/> and inside it (an option's comment goes above its call).</summary>
    private string LeadingComments(Node n)
    {
        // A loop's or a branch's own statements write their comments themselves, in place.
        var end = n switch
        {
            ForOfStatement f => f.Body.Start,
            ForStatement f => f.Body.Start,
            IfStatement i => i.Consequent.Start,
            BlockStatement b => b.Start,
            ExpressionStatement { Expression: CallExpression { Callee: MemberExpression { Property: Identifier { Name: "forEach" } }, Arguments: [IFunction f] } } => ((Node)f.Body).Start,
            _ => n.End,
        };
        var text = CommentsIn(_floor, end, Indent());
        _floor = end;
        return text;
    }

    /// <summary>A comment on the last line of the statement just written goes at that line's end.</summary>
    private void SameLineComment(Node n)
    {
        foreach (var c in _comments)
            if (c.Start >= n.End && c.Location.Start.Line == n.Location.End.Line && c.Kind == CommentKind.Line && _usedComments.Add(c.Start))
            {
                if (_out.Length > 0 && _out[^1] == '\n') _out.Length--;
                _out.Append(" //").Append(file.Source[c.ContentRange.Start..c.ContentRange.End]).Append('\n');
                _floor = Math.Max(_floor, c.End);
            }
    }

    private void Trailing(int end) => _out.Append(CommentsIn(_floor, end, Indent()));

    private string CommentLines(Comment c, string indent)
    {
        var text = file.Source[c.ContentRange.Start..c.ContentRange.End];
        if (c.Kind == CommentKind.Line) return $"{indent}//{text}\n";
        var lines = text.Split('\n').Select(l => l.Trim().TrimStart('*').TrimEnd()).ToList();
        while (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Concat(lines.Select(l => $"{indent}//{(l.StartsWith(' ') || l.Length == 0 ? "" : " ")}{l}\n"));
    }

    private static bool Contains<T>(Node n) where T : Node => n is T || n.ChildNodes.Any(c => c is not IFunction && Contains<T>(c));
}
