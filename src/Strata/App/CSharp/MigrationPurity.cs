using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Strata.App.CSharp;

/// <summary>
/// What Roslyn's semantic model proves about a migration file before it runs: whether the SQL it builds depends
/// on nothing but its own text (it calls only Strata's builder API, its own code, and BCL members that read
/// nothing of the world), so that SQL may be kept and reused; and whether it calls something that would break the
/// run from inside it (ending the process, starting one, moving the current directory), which is refused.
/// The list of pure members is an allow-list: what it does not know is taken as impure, which costs a rebuild on
/// each run, never a stale script.
/// </summary>
internal static class MigrationPurity
{
    /// <summary>A place in the user's file and what is there.</summary>
    public sealed record Finding(string File, int Line, int Column, string What)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {What}";
    }

    /// <summary>The findings of one file: calls refused, and the first impure use (null when the file is pure).</summary>
    public sealed record Verdict(IReadOnlyList<Finding> Refused, Finding? Impure);

    public static Verdict Check(SemanticModel model, SyntaxTree tree)
    {
        var refused = new List<Finding>();
        Finding? impure = null;
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is not (ExpressionSyntax or CommonForEachStatementSyntax) || InNameof(model, node)) continue;
            foreach (var symbol in Referenced(model, node))
            {
                var kind = Classify(symbol, node);
                if (kind == Use.Pure) continue;
                var finding = At(node, Describe(symbol, kind));
                if (kind == Use.Refused) { if (!refused.Any(f => f.Line == finding.Line && f.Column == finding.Column)) refused.Add(finding); }
                else impure ??= finding;
            }
            if (impure is null && model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic })
                impure = At(node, "dynamic code, which the compiler cannot follow");
        }
        return new Verdict(refused, impure);
    }

    enum Use { Pure, Impure, Refused }

    /// <summary>Every member a node calls or reads, including the ones the syntax leaves implicit.</summary>
    static IEnumerable<ISymbol> Referenced(SemanticModel model, SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        if (info.Symbol is { } s) yield return s;
        else foreach (var c in info.CandidateSymbols) yield return c;
        switch (node)
        {
            case CommonForEachStatementSyntax loop:
                var each = model.GetForEachStatementInfo(loop);
                if (each.GetEnumeratorMethod is { } g) yield return g;
                if (each.MoveNextMethod is { } m) yield return m;
                if (each.CurrentProperty is { } c) yield return c;
                break;
            case AwaitExpressionSyntax awaited:
                var a = model.GetAwaitExpressionInfo(awaited);
                if (a.GetAwaiterMethod is { } w) yield return w;
                if (a.GetResultMethod is { } r) yield return r;
                break;
            case ExpressionSyntax e:
                if (e.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression }
                    && model.GetCollectionInitializerSymbolInfo(e).Symbol is { } add) yield return add;
                if (model.GetConversion(e).MethodSymbol is { } conversion) yield return conversion;
                break;
        }
    }

    static Use Classify(ISymbol symbol, SyntaxNode node)
    {
        if (symbol is not (IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol)) return Use.Pure;
        // The file's own code is judged by its own body, which this walk also reads.
        if (symbol.Locations.Any(l => l.IsInSource)) return Use.Pure;
        var type = symbol.ContainingType?.OriginalDefinition;
        if (type is null) return Use.Impure;
        var typeName = FullName(type);
        var member = typeName + "." + symbol.Name;
        if (RefusedMembers.ContainsKey(member)) return Use.Refused;
        if (member == "System.Environment.CurrentDirectory" && IsAssigned(node)) return Use.Refused;
        if (symbol is IFieldSymbol { IsConst: true } || type.TypeKind == TypeKind.Enum) return Use.Pure;
        if (ImpureMembers.Contains(member) || symbol.Name == nameof(GetHashCode)) return Use.Impure;
        if (PureTypes.Contains(typeName) || PureNamespaces.Contains(type.ContainingNamespace.ToDisplayString())) return Use.Pure;
        // Building exceptions reads nothing; throwing one fails the migration as it would on any run.
        for (var t = type; t is not null; t = t.BaseType)
            if (FullName(t) == "System.Exception") return Use.Pure;
        return Use.Impure;
    }

    /// <summary>nameof(Environment.Exit) names a member without calling it.</summary>
    static bool InNameof(SemanticModel model, SyntaxNode node) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i =>
            i.Expression is IdentifierNameSyntax { Identifier.Text: "nameof" } && model.GetSymbolInfo(i).Symbol is null);

    static bool IsAssigned(SyntaxNode node)
    {
        var target = node.Parent is MemberAccessExpressionSyntax access && access.Name == node ? access : node;
        return target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target;
    }

    static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) name = outer.MetadataName + "+" + name;
        var ns = type.ContainingNamespace.ToDisplayString();
        return type.ContainingNamespace.IsGlobalNamespace ? name : ns + "." + name;
    }

    static string Describe(ISymbol symbol, Use kind)
    {
        var name = $"{symbol.ContainingType!.Name}.{symbol.Name}";
        var member = FullName(symbol.ContainingType.OriginalDefinition) + "." + symbol.Name;
        return kind == Use.Refused
            ? $"{(member == "System.Environment.CurrentDirectory" ? "setting Environment.CurrentDirectory" : name)} is not allowed in a migration: {RefusedMembers.GetValueOrDefault(member, "it would change the current directory of the whole Strata process, under the other migrations of the run")}"
            : $"uses {name}";
    }

    static Finding At(SyntaxNode node, string what)
    {
        var span = node.GetLocation().GetMappedLineSpan();
        return new Finding(MigrationDiscovery.Relative(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, what);
    }

    const string EndsTheRun = "it would end Strata's process in the middle of the run, with nothing applied and nothing said; throw an exception to fail the migration";

    static readonly Dictionary<string, string> RefusedMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = EndsTheRun,
        ["System.Environment.FailFast"] = EndsTheRun,
        ["System.Diagnostics.Process.Kill"] = EndsTheRun,
        ["System.Diagnostics.Process.Start"] = "a migration builds SQL for the database; run other programs before or after Strata, not from inside a migration",
        ["System.IO.Directory.SetCurrentDirectory"] = "it would change the current directory of the whole Strata process, under the other migrations of the run",
    };

    /// <summary>Members of otherwise pure types that read the clock, randomness, the culture or the process.</summary>
    static readonly HashSet<string> ImpureMembers = new(StringComparer.Ordinal)
    {
        "System.DateTime.Now", "System.DateTime.UtcNow", "System.DateTime.Today",
        "System.DateTimeOffset.Now", "System.DateTimeOffset.UtcNow",
        "System.Guid.NewGuid", "System.Guid.CreateVersion7",
        "System.Globalization.CultureInfo.CurrentCulture", "System.Globalization.CultureInfo.CurrentUICulture",
        "System.Globalization.CultureInfo.DefaultThreadCurrentCulture", "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
        "System.Globalization.CultureInfo.InstalledUICulture",
        "System.Threading.Tasks.Task.Run", "System.Threading.Tasks.Task.Factory",
        // pgm.Db reads the database: such a migration is built when it runs, even if it catches the probe's refusal.
        "Strata.App.MigrationBuilder.Db",
    };

    static readonly HashSet<string> PureNamespaces = new(StringComparer.Ordinal)
    {
        "System.Linq", "System.Collections", "System.Collections.Generic", "System.Collections.Immutable",
        "System.Collections.ObjectModel", "System.Text", "System.Text.RegularExpressions", "System.Numerics",
        "Strata.Sql.Operations",
    };

    static readonly HashSet<string> PureTypes = new(StringComparer.Ordinal)
    {
        "System.Object", "System.String", "System.CharEnumerator", "System.Char", "System.Boolean", "System.Byte", "System.SByte",
        "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Int128", "System.UInt128", "System.Single", "System.Double", "System.Decimal", "System.Half",
        "System.Math", "System.MathF", "System.Array", "System.Enum", "System.Nullable", "System.Nullable`1",
        "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.Guid",
        "System.StringComparer", "System.Span`1", "System.ReadOnlySpan`1", "System.Memory`1", "System.ReadOnlyMemory`1",
        "System.MemoryExtensions", "System.Index", "System.Range", "System.FormattableString", "System.Convert",
        "System.BitConverter", "System.Lazy`1", "System.IDisposable", "System.IAsyncDisposable", "System.IEquatable`1",
        "System.IComparable", "System.IComparable`1", "System.IFormattable", "System.ISpanFormattable",
        "System.Tuple", "System.ValueTuple",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5",
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4",
        "System.Predicate`1", "System.Comparison`1",
        "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4",
        "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4", "System.ValueTuple`5",
        "System.Globalization.CultureInfo", "System.Globalization.NumberFormatInfo",
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "System.Runtime.CompilerServices.FormattableStringFactory",
        "System.Runtime.CompilerServices.TaskAwaiter", "System.Runtime.CompilerServices.TaskAwaiter`1",
        "System.Runtime.CompilerServices.ValueTaskAwaiter", "System.Runtime.CompilerServices.ValueTaskAwaiter`1",
        "System.Runtime.CompilerServices.ConfiguredTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1",
        "System.Threading.CancellationToken",
        "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1",
        "Strata.App.Migration", "Strata.App.MigrationBuilder", "Strata.Sql.SqlQuote",
    };
}
