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
internal sealed class MigrationCompiler(string cacheDirectory)
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

    static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>What the cache and compilation produced: a migration instance per file.</summary>
    public IReadOnlyDictionary<MigrationFile, Migration> Load(IReadOnlyList<MigrationFile> files)
    {
        var keys = files.ToDictionary(f => f, f => Key(File.ReadAllText(f.Path)));
        var assemblies = new Dictionary<MigrationFile, Assembly>();
        var missing = new List<MigrationFile>();
        foreach (var f in files)
        {
            var cached = Path.Combine(cacheDirectory, keys[f] + ".ref");
            var dll = File.Exists(cached) ? Path.Combine(cacheDirectory, File.ReadAllText(cached).Trim()) : null;
            if (dll is not null && File.Exists(dll)) assemblies[f] = LoadAssembly(dll);
            else missing.Add(f);
        }
        if (missing.Count > 0)
        {
            var dll = Compile(missing, keys);
            var assembly = LoadAssembly(dll);
            foreach (var f in missing)
            {
                assemblies[f] = assembly;
                WriteAtomically(Path.Combine(cacheDirectory, keys[f] + ".ref"), Path.GetFileName(dll));
            }
        }
        return files.ToDictionary(f => f, f => Instantiate(f, assemblies[f], keys[f]));
    }

    /// <summary>The cache key of a file: its text (BOM and CRLF normalised) and the Strata build that compiles it.</summary>
    static string Key(string text)
    {
        var strata = typeof(Migration).Assembly.ManifestModule.ModuleVersionId.ToString();
        return "m" + SqlMigration.Checksum(strata + "\n" + text)[..32];
    }

    static string NamespaceOf(string key) => "StrataMigrations." + key;

    string Compile(List<MigrationFile> files, Dictionary<MigrationFile, string> keys)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(GlobalUsings, options, path: "StrataGlobalUsings.cs", encoding: Encoding.UTF8) };
        foreach (var f in files)
        {
            var text = File.ReadAllText(f.Path);
            var wrapped = $"namespace {NamespaceOf(keys[f])}\n{{\n#line 1 \"{f.Path.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n{text}\n#line default\n}}\n";
            trees.Add(CSharpSyntaxTree.ParseText(wrapped, options, path: f.Path, encoding: Encoding.UTF8));
        }
        var name = "StrataMigrations_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(",", files.Select(f => keys[f])))))[..24];
        var compilation = CSharpCompilation.Create(name, trees, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true));

        Directory.CreateDirectory(cacheDirectory);
        var dll = Path.Combine(cacheDirectory, name + ".dll");
        var pdb = Path.Combine(cacheDirectory, name + ".pdb");
        using var dllStream = new MemoryStream();
        using var pdbStream = new MemoryStream();
        var result = compilation.Emit(dllStream, pdbStream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20).Select(Describe).ToList();
            throw StrataException.Input($"{Count(errors.Count, "C# migration error")}:\n  " + string.Join("\n  ", errors));
        }
        WriteAtomically(pdb, pdbStream.ToArray());
        WriteAtomically(dll, dllStream.ToArray());
        return dll;
    }

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
        try
        {
            return (Migration)Activator.CreateInstance(types[0])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw StrataException.Input($"{MigrationDiscovery.Relative(file.Path)}: creating {types[0].Name} failed: {e.InnerException.Message}", e.InnerException);
        }
        catch (MissingMethodException)
        {
            throw StrataException.Input($"{MigrationDiscovery.Relative(file.Path)}: {types[0].Name} needs a public constructor without parameters.");
        }
    }

    static readonly Dictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    static Assembly LoadAssembly(string path)
    {
        // The name is a hash of the content it was compiled from, so one loaded from another project's cache is the same code.
        var name = Path.GetFileNameWithoutExtension(path);
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var a))
                Loaded[name] = a = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            return a;
        }
    }

    static void WriteAtomically(string path, string text) => WriteAtomically(path, Encoding.UTF8.GetBytes(text));

    static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Compiling and loading C# migrations happens only in the JIT build that carries Roslyn, never in a trimmed or NativeAOT one.")]
    static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var wanted = tpa.Where(p =>
        {
            var n = Path.GetFileNameWithoutExtension(p);
            return n is "netstandard" or "mscorlib" or "Npgsql" || n.StartsWith("System.", StringComparison.Ordinal) || n == "System";
        });
        var strata = typeof(Migration).Assembly.Location is { Length: > 0 } location ? location : Path.Combine(AppContext.BaseDirectory, "Strata.Core.dll");
        return [.. wanted.Append(strata).Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    }
}
