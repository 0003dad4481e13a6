using System.Runtime.CompilerServices;
using Strata.App.CSharp;

namespace Strata.App.Conversion;

/// <summary>What <c>migrate convert</c> did with one file.</summary>
/// <param name="Source">The node-pg-migrate file, relative to the project.</param>
/// <param name="Target">The C# file written (or that would be written), relative to the project; null when refused.</param>
/// <param name="CSharp">The C# text; null when refused.</param>
/// <param name="MovedTo">Where the original went, relative to the project; null on a dry run or when refused.</param>
/// <param name="Error">Why the file was not converted (file:line:col and the construct); null when converted.</param>
internal sealed record ConvertedFile(string Source, string? Target, string? CSharp, string? MovedTo, string? Error);

/// <summary>
/// <c>strata migrate convert</c>: each node-pg-migrate migration (.ts .js .cjs .mjs .mts .cts) becomes a C#
/// file of the same name, checked before it is written (it must compile and build its SQL), and the
/// original moves to <see cref="OriginalsFolder"/> so the migrations folder holds one file per migration.
/// A file that cannot be converted faithfully is left as it is; the others still convert.
/// </summary>
internal static class MigrationConversion
{
    /// <summary>Where originals go, next to the migrations folder: the user reviews them there, then deletes them.</summary>
    public const string OriginalsFolder = "migrations-node-pg-migrate";

    private static readonly string[] Extensions = [".ts", ".js", ".cjs", ".mjs", ".mts", ".cts"];

    public static IReadOnlyList<ConvertedFile> Run(string projectDirectory, string migrationsDirectory, IReadOnlyList<string> files, bool dryRun)
    {
        var paths = files.Count > 0
            ? files.Select(f => Path.GetFullPath(Path.Combine(projectDirectory, f))).ToList()
            : Directory.Exists(migrationsDirectory)
                ? [.. Directory.GetFiles(migrationsDirectory).Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".d.ts", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
                : [];
        // Each converted file is compiled to check it. The NativeAOT build cannot (and this constant-false branch
        // keeps Roslyn out of it, which its publish requires); its CLI hands the command to the JIT build.
        if (!RuntimeFeature.IsDynamicCodeSupported && paths.Count > 0)
            throw new CompilerNeededException([.. paths.Select(p => Path.GetRelativePath(projectDirectory, p))]);
        var results = new List<ConvertedFile>();
        var earlier = EarlierFiles(projectDirectory, migrationsDirectory);
        foreach (var path in paths)
        {
            var shown = Path.GetRelativePath(projectDirectory, path);
            if (!File.Exists(path)) { results.Add(new(shown, null, null, null, $"{shown}: no such file")); continue; }
            if (!Extensions.Contains(Path.GetExtension(path))) { results.Add(new(shown, null, null, null, $"{shown}: not a node-pg-migrate migration (.ts .js .cjs .mjs .mts .cts)")); continue; }
            var name = Path.GetFileNameWithoutExtension(path);
            var target = Path.Combine(Path.GetDirectoryName(path)!, name + ".cs");
            string csharp;
            try
            {
                (csharp, var mapped) = MigrationConverter.ConvertMapped(File.ReadAllText(path), shown, Inherited(projectDirectory, earlier, path));
                Verify(shown, name, csharp, mapped);
            }
            catch (StrataException e)
            {
                results.Add(new(shown, null, null, null, e.Message));
                continue;
            }
            var targetShown = Path.GetRelativePath(projectDirectory, target);
            if (dryRun) { results.Add(new(shown, targetShown, csharp, null, null)); continue; }
            var originals = Path.Combine(projectDirectory, OriginalsFolder);
            var moved = Path.Combine(originals, Path.GetFileName(path));
            // Either both files change or neither: a written .cs beside its unmoved original would be two migrations of one name.
            if (new[] { target, moved }.FirstOrDefault(File.Exists) is { } taken)
            {
                results.Add(new(shown, null, null, null, $"{shown}: {Path.GetRelativePath(projectDirectory, taken)} exists already; nothing written"));
                continue;
            }
            Directory.CreateDirectory(originals);
            File.WriteAllText(target, csharp);
            try
            {
                File.Move(path, moved, overwrite: false);
            }
            catch
            {
                File.Delete(target);
                throw;
            }
            results.Add(new(shown, targetShown, csharp, Path.GetRelativePath(projectDirectory, moved), null));
        }
        return results;
    }

    /// <summary>
    /// Every node-pg-migrate file the loader reads (those still in the migrations folder and the originals already
    /// converted), read before any of them moves.
    /// </summary>
    private static List<(string File, string Text)> EarlierFiles(string projectDirectory, string migrationsDirectory) =>
    [
        .. new[] { migrationsDirectory, Path.Combine(projectDirectory, OriginalsFolder) }.Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !f.EndsWith(".d.ts", StringComparison.Ordinal))
            .OrderBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f))),
    ];

    /// <summary>
    /// The shorthands of the files before <paramref name="path"/>, merged in order as node-pg-migrate's loader
    /// merges them; a file whose shorthands cannot be read makes every later file's unknown, so it is refused.
    /// </summary>
    private static InheritedShorthands Inherited(string projectDirectory, List<(string File, string Text)> files, string path)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var from = new List<string>();
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var (f, text) in files.Where(f => string.CompareOrdinal(Path.GetFileNameWithoutExtension(f.File), name) < 0))
        {
            var shown = Path.GetRelativePath(projectDirectory, f);
            IReadOnlyList<KeyValuePair<string, string>> own;
            try { own = MigrationConverter.Shorthands(text, shown); }
            catch (UnconvertibleException e) { throw new UnconvertibleException(e.File, e.Line, e.Column, $"the shorthands, which node-pg-migrate carries to the later {Path.GetFileName(path)} ({e.Construct})"); }
            if (own.Count == 0) continue;
            entries.RemoveAll(e => own.Any(o => o.Key == e.Key));
            entries.AddRange(own);
            from.Add(Path.GetFileName(f));
        }
        return new(entries, from);
    }

    /// <summary>
    /// The written C# must compile and build its SQL, up and down (a migration that reads pgm.Db is built when it
    /// runs), and where the converter knows how many operations a method makes (a straight run of pgm calls), the
    /// compiled method must record exactly those, with the same noTransaction(). That it builds node-pg-migrate's
    /// SQL is what the converter's tests prove against node-pg-migrate itself.
    /// </summary>
    /// <exception cref="StrataException">The C# does not compile, throws, or builds other operations than were mapped.</exception>
    internal static void Verify(string shown, string name, string csharp, MappedOperations mapped)
    {
        var dir = Directory.CreateTempSubdirectory("strata-convert-");
        try
        {
            var path = Path.Combine(dir.FullName, name + ".cs");
            File.WriteAllText(path, csharp);
            var file = new MigrationFile(name, path, MigrationLanguage.CSharp, 0);
            var migration = CSharpCompiler.Load([(file, csharp)], new CacheDirectory(dir.FullName))[file].Migration;
            foreach (var up in new[] { true, false })
            {
                try { CSharpMigrationScript.BuildAsync(file, migration, up, CSharpMigrationScript.ProbeDatabase.Instance).GetAwaiter().GetResult(); }
                catch (CSharpMigrationScript.NeedsDatabaseException) { }
                catch (StrataException) when (!up) { } // an irreversible migration: node-pg-migrate cannot roll it back either
                if ((up ? mapped.Up : mapped.Down) is { } expected) Compare(shown, migration, up, expected);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Compare(string shown, Migration migration, bool up, MappedMethod expected)
    {
        var pgm = new MigrationBuilder(migration.Shorthands, CSharpMigrationScript.ProbeDatabase.Instance);
        (up ? migration.UpAsync(pgm) : migration.DownAsync(pgm)).GetAwaiter().GetResult();
        var built = pgm.Build();
        var method = up ? "Up" : "Down";
        if (built.Operations.Count != expected.Operations.Count)
            throw StrataException.Input($"{shown}: the C# written for {method} builds {built.Operations.Count} operations where the original makes {expected.Operations.Count} ({string.Join(", ", expected.Operations)}); nothing written");
        if (built.NoTransaction != expected.NoTransaction)
            throw StrataException.Input($"{shown}: the C# written for {method} {(expected.NoTransaction ? "does not call" : "calls")} NoTransaction() where the original {(expected.NoTransaction ? "does" : "does not")}; nothing written");
    }
}
