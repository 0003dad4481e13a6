using Strata.App.CSharp;

namespace Strata.App;

/// <summary>
/// Reads, compiles and checks every migration of a plan before any of them runs, so a compile error or a forbidden
/// statement in the tenth file leaves the database untouched. A failure is a <see cref="StrataException"/> naming file:line.
/// </summary>
internal sealed class MigrationLoader(string projectDirectory, bool decamelize, Action<string> notice)
{
    const string SqlOptOut = "add a line \"-- strata:no-transaction\" to the file to run it outside a transaction";
    const string CSharpOptOut = "call pgm.NoTransaction() in the migration to run it outside a transaction";

    /// <summary>The plan's migrations, in its order; <paramref name="fake"/> reads only their checksums.</summary>
    public async Task<List<LoadedMigration>> LoadAsync(IReadOnlyList<(MigrationFile File, bool Up)> plan, bool fake)
    {
        RefuseNodeScripts(plan.Select(p => p.File));
        var cache = new CacheDirectory(projectDirectory, notice);
        var built = new BuiltScriptCache(cache, decamelize);
        var texts = plan.Select(p => p.File).Distinct().ToDictionary(f => f, SqlMigration.Read);
        var (cached, csharp) = fake ? ([], []) : ToCompile(plan, texts, built);
        var compiled = csharp.Count == 0 ? [] : new Dictionary<MigrationFile, CompiledMigration>(CSharpCompiler.Load(csharp.ConvertAll(f => (f, texts[f])), cache));
        foreach (var (file, c) in compiled) RefuseAnotherName(file, c.Migration);
        // Classes the app's own build compiled need no compiler.
        if (!fake)
            foreach (var file in plan.Select(p => p.File).Where(f => f.Class is not null).Distinct())
                compiled[file] = CompiledMigration.Of(file);

        var loaded = new List<LoadedMigration>();
        foreach (var (file, up) in plan)
        {
            var text = texts[file];
            var checksum = Checksum(file, text);
            if (fake)
            {
                loaded.Add(new LoadedMigration(file, up, null, checksum));
            }
            else if (file.Language == MigrationLanguage.Sql)
            {
                var script = SqlMigration.Parse(file, text, up)
                    ?? throw StrataException.Input($"{Relative(file)} has no \"-- Down Migration\" section, so it cannot be rolled back.");
                loaded.Add(new LoadedMigration(file, up, Checked(script, SqlOptOut), checksum));
            }
            else if (cached.TryGetValue((file, up), out var fromCache))
            {
                loaded.Add(new LoadedMigration(file, up, Checked(fromCache, CSharpOptOut), checksum));
            }
            else
            {
                var (migration, impureBecause) = compiled[file];
                try
                {
                    var script = Checked(await CSharpMigrationScript.BuildAsync(file, migration, up, CSharpMigrationScript.ProbeDatabase.Instance, decamelize), CSharpOptOut);
                    // Kept only if the file alone decides it.
                    if (impureBecause is null) built.Write(text, up, script);
                    loaded.Add(new LoadedMigration(file, up, script, checksum));
                }
                catch (CSharpMigrationScript.NeedsDatabaseException)
                {
                    loaded.Add(new LoadedMigration(file, up, null, checksum, migration));
                }
            }
        }
        return loaded;
    }

    /// <summary>
    /// In a process that cannot compile (the NativeAOT build): throws <see cref="CompilerNeededException"/> when
    /// <see cref="LoadAsync"/> would need the compiler for this plan, so the command can be handed over before it does
    /// anything more. Elsewhere nothing.
    /// </summary>
    public void RequireNoCompiler(IReadOnlyList<(MigrationFile File, bool Up)> plan)
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported) return;
        var cache = new CacheDirectory(projectDirectory, notice);
        var texts = plan.Select(p => p.File).Where(f => f.Language == MigrationLanguage.CSharp && f.Class is null).Distinct().ToDictionary(f => f, SqlMigration.Read);
        var (_, csharp) = ToCompile([.. plan.Where(p => texts.ContainsKey(p.File))], texts, new BuiltScriptCache(cache, decamelize));
        if (csharp.Count > 0) CSharpCompiler.Load(csharp.ConvertAll(f => (f, texts[f])), cache);
    }

    /// <summary>The plan's C# migration files: those whose SQL was built before from the same text (no compiler needed), and the rest to compile.</summary>
    static (Dictionary<(MigrationFile, bool), MigrationScript> Cached, List<MigrationFile> ToCompile) ToCompile(
        IReadOnlyList<(MigrationFile File, bool Up)> plan, Dictionary<MigrationFile, string> texts, BuiltScriptCache built)
    {
        var cached = plan.Where(p => p.File.Language == MigrationLanguage.CSharp && p.File.Class is null)
            .Select(p => (p.File, p.Up, Script: built.TryRead(p.File, texts[p.File], p.Up)))
            .Where(c => c.Script is not null)
            .ToDictionary(c => (c.File, c.Up), c => c.Script!);
        var csharp = plan.Where(p => p.File.Language == MigrationLanguage.CSharp && p.File.Class is null && !cached.ContainsKey(p)).Select(p => p.File).Distinct().ToList();
        return (cached, csharp);
    }

    /// <summary>A <see cref="LoadedMigration.Deferred"/> migration built against the connection it runs on, checked as every other.</summary>
    public static async Task<LoadedMigration> BuildDeferredAsync(LoadedMigration migration, IMigrationDatabase database, bool decamelize)
    {
        if (migration.Deferred is not { } deferred) return migration;
        var script = await CSharpMigrationScript.BuildAsync(migration.File, deferred, migration.Up, database, decamelize);
        return migration with { Script = Checked(script, CSharpOptOut), Deferred = null };
    }

    /// <summary>
    /// The one refusal of node-pg-migrate's own JavaScript and TypeScript migrations, whichever way they would run:
    /// a converted project keeps them beside for node-pg-migrate, never for Strata.
    /// </summary>
    static void RefuseNodeScripts(IEnumerable<MigrationFile> files)
    {
        var foreign = files.Where(f => f.Language == MigrationLanguage.NodeScript).Distinct().ToList();
        if (foreign.Count == 0) return;
        var (them, are) = foreign.Count == 1 ? ("it", "is") : ("them", "are");
        throw StrataException.Input($"{string.Join(", ", foreign.Select(Relative))} {are} in this run, but Strata does not run JavaScript or TypeScript migrations: run {them} with node-pg-migrate, or rewrite {them} as .sql or .cs (`strata migrate convert`).");
    }

    /// <summary>
    /// A <see cref="MigrationAttribute"/> in a migrations-folder file must name the file: compiled into an app the same
    /// class would be recorded under the attribute's name, and one change would have two histories.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "Compiled C# migrations are loaded only in the JIT build that carries Roslyn.")]
    static void RefuseAnotherName(MigrationFile file, Migration migration)
    {
        var named = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<MigrationAttribute>(migration.GetType())?.Name;
        if (named is not null && named != file.Name)
            throw StrataException.Input($"{Relative(file)}: [Migration(\"{named}\")] names another migration than its file ({file.Name}); rename the file to {named}.cs or remove the argument.");
    }

    static MigrationScript Checked(MigrationScript script, string optOut)
    {
        ClientOnlyStatements.Check(script);
        TransactionRules.Check(script, optOut);
        return script;
    }

    /// <summary>
    /// A migration's checksum; none for a class compiled into the app: its source is not in the app, and the app's build,
    /// not a file edited in place, decides what it is. A history row the CLI wrote with a checksum still matches it.
    /// </summary>
    public static string? Checksum(MigrationFile file, string text) => file.Class is null ? SqlMigration.Checksum(text) : null;

    static string Relative(MigrationFile file) => MigrationDiscovery.Relative(file.Path);
}
