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
        var results = new List<ConvertedFile>();
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
                csharp = MigrationConverter.Convert(File.ReadAllText(path), shown);
                Verify(name, csharp);
            }
            catch (StrataException e)
            {
                results.Add(new(shown, null, null, null, e.Message));
                continue;
            }
            var targetShown = Path.GetRelativePath(projectDirectory, target);
            if (dryRun) { results.Add(new(shown, targetShown, csharp, null, null)); continue; }
            if (File.Exists(target)) { results.Add(new(shown, null, null, null, $"{shown}: {targetShown} exists already; nothing written")); continue; }
            var originals = Path.Combine(projectDirectory, OriginalsFolder);
            Directory.CreateDirectory(originals);
            var moved = Path.Combine(originals, Path.GetFileName(path));
            File.WriteAllText(target, csharp);
            File.Move(path, moved, overwrite: false);
            results.Add(new(shown, targetShown, csharp, Path.GetRelativePath(projectDirectory, moved), null));
        }
        return results;
    }

    /// <summary>
    /// The written C# must compile and build its SQL, up and down (a migration that reads pgm.Db is built when it
    /// runs). That it builds node-pg-migrate's SQL is what the converter's tests prove against node-pg-migrate itself.
    /// </summary>
    private static void Verify(string name, string csharp)
    {
        var dir = Directory.CreateTempSubdirectory("strata-convert-");
        try
        {
            var path = Path.Combine(dir.FullName, name + ".cs");
            File.WriteAllText(path, csharp);
            var file = new MigrationFile(name, path, MigrationLanguage.CSharp, 0);
            var migration = new MigrationCompiler(new CacheDirectory(dir.FullName)).Load([file])[file].Migration;
            foreach (var up in new[] { true, false })
            {
                try { CSharpMigrationScript.BuildAsync(file, migration, up, CSharpMigrationScript.ProbeDatabase.Instance).GetAwaiter().GetResult(); }
                catch (CSharpMigrationScript.NeedsDatabaseException) { }
                catch (StrataException) when (!up) { } // an irreversible migration: node-pg-migrate cannot roll it back either
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
