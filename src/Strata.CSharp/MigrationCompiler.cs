using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Strata.App.CSharp;

/// <summary>
/// Compiles C# migration files with Roslyn: only the files a command will run, all of them in one
/// compilation, cached on disk by content so an unchanged file never compiles twice. Each file is
/// wrapped in a namespace of its own (so every file may name its class freely) under a <c>#line</c>
/// directive, so errors point at the user's file and line.
/// </summary>
internal sealed class MigrationCompiler(CacheDirectory cache) : IMigrationCompiler
{
    const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Strata.App;
        global using Strata.Sql.Operations;
        """;

    static readonly Lazy<IReadOnlyList<MetadataReference>> CommonReferences = new(() => LoadReferences(IsCommon));
    static readonly Lazy<IReadOnlyList<MetadataReference>> AllReferences = new(() => LoadReferences(IsPlatform));

    /// <summary>
    /// What the cache and compilation produced: a migration instance per file, and whether it is pure. A cache
    /// entry that cannot be read or loaded is compiled again; one that cannot be written is left out.
    /// </summary>
    public IReadOnlyDictionary<MigrationFile, CompiledMigration> Load(IReadOnlyList<(MigrationFile File, string Text)> sources)
    {
        // Not read again here: the text compiled is the text keyed and checksummed, even if the file changes meanwhile.
        var files = sources.Select(s => s.File).ToList();
        var texts = sources.ToDictionary(s => s.File, s => s.Text);
        var keys = texts.ToDictionary(t => t.Key, t => Key(t.Value));
        var loaded = new Dictionary<MigrationFile, (Assembly Assembly, string? Impure)>();
        var missing = new List<MigrationFile>();
        foreach (var f in files)
        {
            if (TryLoadCached(keys[f]) is { } cached) loaded[f] = cached;
            else missing.Add(f);
        }
        if (missing.Count > 0)
        {
            var (name, dll, pdb, verdicts) = EarlyResult(missing, keys) ?? Compile(missing.ConvertAll(f => new Source(f.Path, keys[f], texts[f])));
            var assembly = LoadAssembly(name, dll, pdb);
            bool kept = cache.TryWrite(name + ".pdb", pdb) && cache.TryWrite(name + ".dll", dll);
            foreach (var f in missing)
            {
                var impure = verdicts[f.Path]?.ToString();
                loaded[f] = (assembly, impure);
                if (kept) cache.TryWrite(keys[f] + ".ref", Encoding.UTF8.GetBytes(name + "\n" + (impure is null ? "pure" : "impure " + impure) + "\n"));
            }
        }
        return files.ToDictionary(f => f, f => new CompiledMigration(Instantiate(f, loaded[f].Assembly, keys[f]), loaded[f].Impure));
    }

    /// <summary>One compilation's output: the assembly's name, image and symbols, and each file's purity finding (by path).</summary>
    sealed record Compiled(string Name, byte[] Dll, byte[] Pdb, Dictionary<string, MigrationPurity.Finding?> Verdicts);

    /// <summary>The compile <see cref="BeginEarly"/> started: each file's key as it read it, and the work.</summary>
    static (Task<Dictionary<string, string>> Keys, Task<Compiled?> Work)? _early;

    /// <summary>
    /// Starts compiling <paramref name="paths"/> on the thread pool, before the command asks for them: the NativeAOT binary
    /// handed the command over because these files must be compiled, and Roslyn's cold start then runs beside the JIT
    /// build's own (command line, configuration, connecting, reading the history) instead of after it. Files whose
    /// assembly is in <paramref name="cacheFolder"/> already are left out, as <see cref="Load"/> leaves them out. Nothing is
    /// written or loaded here; Load takes the result only for files it compiled from the same text, and its failure only
    /// when it compiled exactly Load's files, so errors and verdicts are those of a compile at that point.
    /// </summary>
    public static void BeginEarly(string cacheFolder, IReadOnlyList<string> paths)
    {
        var sources = Task.Run(() => paths.Distinct().Select(p => (Path: p, Text: File.ReadAllText(p))).Select(f => new Source(f.Path, Key(f.Text), f.Text))
            .Where(f => !File.Exists(Path.Combine(cacheFolder, f.Key + ".ref"))).ToList());
        var keys = sources.ContinueWith(t => t.Result.ToDictionary(f => f.Path, f => f.Key), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        // All of them cached (a migration that reads pgm.Db is handed over every time, compiled once): Roslyn is not needed.
        var work = sources.ContinueWith(t => t.Result.Count == 0 ? null : Compile(t.Result), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        _early = (keys, work);
    }

    /// <summary>The early compile's result when it compiled <paramref name="files"/> from the same text (see <see cref="BeginEarly"/>), else null.</summary>
    static Compiled? EarlyResult(List<MigrationFile> files, Dictionary<MigrationFile, string> keys)
    {
        if (_early is not var (earlyKeys, work)) return null;
        try { earlyKeys.Wait(); }
        catch (AggregateException) { return null; } // a file it could not read: compiled afresh (and reported) by the caller
        var read = earlyKeys.Result;
        if (read.Count == 0 || !files.All(f => read.TryGetValue(f.Path, out var k) && k == keys[f])) return null;
        // It compiled more: its error may be in a file not asked for, and then the caller compiles just its own.
        if (read.Count != files.Count)
        {
            try { work.Wait(); }
            catch (AggregateException) { return null; }
        }
        return work.GetAwaiter().GetResult();
    }

    /// <summary>A file compiled before: its assembly and verdict, or null when the entry is missing, damaged or unreadable.</summary>
    (Assembly, string?)? TryLoadCached(string key)
    {
        if (cache.TryRead(key + ".ref") is not { } entry) return null;
        var lines = Encoding.UTF8.GetString(entry).Split('\n');
        if (lines.Length < 2 || !lines[0].StartsWith("StrataMigrations_", StringComparison.Ordinal) || lines[0].Contains('/')) return null;
        string? impure;
        if (lines[1] == "pure") impure = null;
        else if (lines[1].StartsWith("impure ", StringComparison.Ordinal)) impure = lines[1]["impure ".Length..];
        else return null;
        if (cache.TryRead(lines[0] + ".dll") is not { } dll) return null;
        try
        {
            return (LoadAssembly(lines[0], dll, cache.TryRead(lines[0] + ".pdb")), impure);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The cache key of a file: its text (BOM and CRLF normalised) and the Strata build that compiles it.</summary>
    static string Key(string text)
    {
        var strata = typeof(Migration).Assembly.ManifestModule.ModuleVersionId.ToString();
        return "m" + SqlMigration.Checksum(strata + "\n" + text)[..32];
    }

    static string NamespaceOf(string key) => "StrataMigrations." + key;

    // Nullable analysis only produces warnings, which are not shown; it is a good part of binding a cold compiler's first file.
    static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest).WithFeatures([new("run-nullable-analysis", "never")]);

    // Debug: the JIT then keeps every statement's place, so an exception names the line that threw
    // (optimized, it named an earlier one); building SQL does not need the speed.
    static readonly CSharpCompilationOptions CompilationOptions = new(OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Disable, concurrentBuild: true);

    /// <summary>A file to compile: its path, its cache key and the very text the key was made from.</summary>
    sealed record Source(string Path, string Key, string Text);

    /// <summary>Compiles the files into one assembly; the verdicts are by path.</summary>
    static Compiled Compile(IReadOnlyList<Source> sources)
    {
        // Parsed in parallel: the files are independent.
        var parsed = sources.AsParallel().AsOrdered().Select(f => CSharpSyntaxTree.ParseText(Wrapped(f), ParseOptions, path: f.Path, encoding: Encoding.UTF8)).ToList();
        var files = sources.Select(f => f.Path).ToList();
        var treeOf = files.Zip(parsed).ToDictionary(p => p.First, p => p.Second);
        List<SyntaxTree> trees = [CSharpSyntaxTree.ParseText(GlobalUsings, ParseOptions, path: "StrataGlobalUsings.cs", encoding: Encoding.UTF8), .. parsed];
        var name = "StrataMigrations_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", sources.Select(f => f.Key)))))[..24];

        // Compiled in memory: the cache is written afterwards if it can be, and nothing depends on it.
        using var dllStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        // First against the few assemblies migrations use, then, only if that fails, against every platform assembly (a
        // migration may use any of them): reading 170 references costs more than compiling a hundred migrations.
        var compilation = CSharpCompilation.Create(name, trees, CommonReferences.Value, CompilationOptions);
        var result = Emit(compilation, dllStream, pdbStream);
        if (!result.Success)
        {
            compilation = compilation.WithReferences(AllReferences.Value);
            result = Emit(compilation, dllStream, pdbStream);
        }
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(Describe).ToList();
            throw StrataException.Input($"{Count(errors.Count, "C# migration error")}:\n  " + string.Join("\n  ", errors));
        }
        // One semantic model per file, each file on its own: in parallel.
        var verdicts = files.AsParallel().Select(f => (File: f, Verdict: MigrationPurity.Check(compilation.GetSemanticModel(treeOf[f]), treeOf[f])))
            .ToDictionary(v => v.File, v => v.Verdict);
        var refused = files.SelectMany(f => verdicts[f].Refused).ToList();
        if (refused.Count > 0)
            throw StrataException.Input(refused.Count == 1
                ? refused[0].ToString()
                : $"{refused.Count} calls refused in C# migrations:\n  " + string.Join("\n  ", refused.Take(20)));
        return new(name, dllStream.ToArray(), pdbStream.ToArray(), verdicts.ToDictionary(v => v.Key, v => v.Value.Impure));
    }

    static EmitResult Emit(CSharpCompilation compilation, MemoryStream dll, MemoryStream pdb)
    {
        dll.SetLength(0);
        pdb.SetLength(0);
        return compilation.Emit(dll, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
    }

    /// <summary>The file in a namespace of its own, under a <c>#line</c> directive that keeps its own path and lines.</summary>
    static string Wrapped(Source file) =>
        $"namespace {NamespaceOf(file.Key)}\n{{\n#line 1 \"{file.Path.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n{file.Text}\n#line default\n}}\n";

    static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary><c>file(line,col): error CS0000: message</c>, the form editors and CI annotate.</summary>
    static string Describe(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var file = span.Path is { Length: > 0 } p ? MigrationDiscovery.Relative(p) : "(migration)";
        return $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    static Migration Instantiate(MigrationFile file, Assembly assembly, string key)
    {
        var ns = NamespaceOf(key);
        var types = assembly.GetTypes().Where(t => t.Namespace == ns && !t.IsAbstract && typeof(Migration).IsAssignableFrom(t)).ToList();
        if (types.Count != 1)
            throw StrataException.Input(types.Count == 0
                ? $"{MigrationDiscovery.Relative(file.Path)}: no class derived from Migration (write `public sealed class MyChange : Migration {{ public override void Up(MigrationBuilder pgm) {{ … }} }}`)."
                : $"{MigrationDiscovery.Relative(file.Path)}: {types.Count} classes derive from Migration ({string.Join(", ", types.Select(t => t.Name))}); a file holds one migration.");
        return CompiledMigration.Create(file, types[0]);
    }

    static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    static Assembly LoadAssembly(string name, byte[] dll, byte[]? pdb)
    {
        // The name is a hash of the content it was compiled from, so one loaded from another project's cache is the same code.
        // Loaded from memory with its symbols, an exception still names the file and line.
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var a))
            {
                using var image = new MemoryStream(dll);
                using var symbols = pdb is null ? null : new MemoryStream(pdb);
                Loaded[name] = a = AssemblyLoadContext.Default.LoadFromStream(image, symbols);
            }
            return a;
        }
    }

    /// <summary>What the global usings, Strata's builder and pgm.Db name, and what migrations commonly reach for (text, regexes).</summary>
    static bool IsCommon(string name) => name is "System.Private.CoreLib" or "System.Runtime" or "System.Collections" or "System.Linq"
        or "System.Text.RegularExpressions" or "System.Collections.Immutable" or "Npgsql";

    static bool IsPlatform(string name) => name is "netstandard" or "mscorlib" or "Npgsql" or "System" || name.StartsWith("System.", StringComparison.Ordinal);

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    static IReadOnlyList<MetadataReference> LoadReferences(Func<string, bool> wanted)
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var strata = typeof(Migration).Assembly.Location is { Length: > 0 } location ? location : Path.Combine(AppContext.BaseDirectory, "Strata.Core.dll");
        return [.. tpa.Where(p => wanted(Path.GetFileNameWithoutExtension(p))).Append(strata).Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    }
}
