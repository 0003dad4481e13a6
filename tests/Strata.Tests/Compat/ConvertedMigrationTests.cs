using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// `strata migrate convert` against the real node-pg-migrate 9.0.0: node-pg-migrate runs the original files,
/// Strata runs the C# that convert wrote from them, each on its own database; pg_dump --schema-only must be
/// identical after up and after down, and so must the history.
/// </summary>
public class ConvertedMigrationTests
{
    static string Dir(params string[] parts) => Path.Combine([NodePgMigrate.RepoRoot, .. parts]);

    static TestProject Copy(string from, string pattern)
    {
        var p = new TestProject();
        foreach (var f in Directory.GetFiles(from, pattern)) File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        return p;
    }

    static async Task SameEffect(string folder, string pattern, int downCount, string? setup = null)
    {
        var s = await PostgresServer.GetAsync();
        var (nodeDb, strataDb) = (await s.CreateDatabaseAsync(), await s.CreateDatabaseAsync());
        if (setup is not null) { await s.ExecuteAsync(setup, nodeDb); await s.ExecuteAsync(setup, strataDb); }
        using var node = Copy(folder, pattern);
        using var strata = Copy(folder, pattern);
        // Files that import node-pg-migrate's values (PgLiteral) resolve it from the project, as in a real one.
        Directory.CreateSymbolicLink(Path.Combine(node.Directory, "node_modules"), NodePgMigrate.NodeModules);
        var count = Directory.GetFiles(node.MigrationsDir).Length;

        var convert = await StrataCli.RunAsync(strata, s.Url(strataDb), "migrate", "convert");
        Assert.True(convert.ExitCode == 0, convert.ToString());
        Assert.Contains($"{count} converted, 0 refused.", convert.Out);
        Assert.Equal(count, Directory.GetFiles(strata.MigrationsDir, "*.cs").Length);
        Assert.Equal(count, Directory.GetFiles(strata.MigrationsDir).Length);
        Assert.Equal(count, Directory.GetFiles(Path.Combine(strata.Directory, "migrations-node-pg-migrate")).Length);

        var up = await NodePgMigrate.RunAsync(node.Directory, s.Url(nodeDb), "up", "-m", "migrations");
        Assert.True(up.ExitCode == 0, up.ToString());
        var strataUp = await StrataCli.RunAsync(strata, s.Url(strataDb), "migrate");
        Assert.True(strataUp.ExitCode == 0, strataUp.ToString());
        Assert.Equal(await s.ColumnAsync("select name from pgmigrations order by id", nodeDb), await s.ColumnAsync("select name from pgmigrations order by id", strataDb));
        Assert.Equal(await PgDump.SchemaAsync(s, nodeDb), await PgDump.SchemaAsync(s, strataDb));

        var down = await NodePgMigrate.RunAsync(node.Directory, s.Url(nodeDb), "down", downCount.ToString(), "-m", "migrations");
        Assert.True(down.ExitCode == 0, down.ToString());
        var strataDown = await StrataCli.RunAsync(strata, s.Url(strataDb), "migrate", "down", downCount.ToString());
        Assert.True(strataDown.ExitCode == 0, strataDown.ToString());
        Assert.Equal(await s.ColumnAsync("select name from pgmigrations order by id", nodeDb), await s.ColumnAsync("select name from pgmigrations order by id", strataDb));
        Assert.Equal(await PgDump.SchemaAsync(s, nodeDb), await PgDump.SchemaAsync(s, strataDb));
    }

    [NodePgMigrateFact]
    public Task Realistic_migrations_convert_to_csharp_with_the_same_effect_up_and_down() =>
        // 1710000000003 has `down = false`: the roll-back stops above it (22 of 26).
        SameEffect(Dir("tests", "Strata.Tests", "Data", "realistic-migrations"), "*", downCount: 22);

    [NodePgMigrateFact]
    public Task The_compat_twins_typescript_converts_to_csharp_with_the_same_effect() =>
        SameEffect(Dir("tests", "Strata.Tests", "Compat", "Twins"), "*.ts", downCount: 1);

    [NodePgMigrateFact]
    public Task The_chat_example_typescript_converts_to_csharp_with_the_same_effect() =>
        SameEffect(Dir("bench", "chat-ts"), "*.ts", downCount: 5, setup: """create table "user" (id text primary key)""");

    [Fact]
    public async Task A_file_that_cannot_be_converted_is_named_with_its_position_and_left_alone_while_others_convert()
    {
        using var p = new TestProject();
        p.Write("migrations/1700000000000_ok.js", "exports.up = (pgm) => { pgm.createTable('a', { id: 'id' }); };\n");
        p.Write("migrations/1700000000001_helper.ts", "import { addAudit } from './lib/audit';\n\nexport async function up(pgm) {\n  addAudit(pgm, 'a');\n}\n");
        p.Write("migrations/1700000000002_dynamic.js", "exports.up = (pgm) => {\n  const m = 'createTable';\n  pgm[m]('b', { id: 'id' });\n};\n");
        var r = await StrataCli.RunAsync(p, null, "migrate", "convert");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("error: migrations/1700000000001_helper.ts:1:1: cannot convert an import of \"./lib/audit\"", r.Error);
        Assert.Contains("error: migrations/1700000000002_dynamic.js:3:3: cannot convert the call pgm[m](…)", r.Error);
        Assert.Contains("1 converted, 2 refused.", r.Out);
        Assert.True(File.Exists(Path.Combine(p.MigrationsDir, "1700000000000_ok.cs")));
        Assert.True(File.Exists(Path.Combine(p.MigrationsDir, "1700000000001_helper.ts")));
        Assert.False(File.Exists(Path.Combine(p.MigrationsDir, "1700000000001_helper.cs")));

        var dry = await StrataCli.RunAsync(p, null, "migrate", "convert", "migrations/1700000000002_dynamic.js", "--dry-run");
        Assert.Equal(2, dry.ExitCode);
    }

    [Fact]
    public async Task An_original_already_kept_under_that_name_leaves_both_files_as_they_were()
    {
        using var p = new TestProject();
        p.Write("migrations/1700000000000_a.js", "exports.up = (pgm) => { pgm.createTable('a', { id: 'id' }); };\n");
        p.Write("migrations-node-pg-migrate/1700000000000_a.js", "// an earlier conversion's original, kept for review\n");
        var r = await StrataCli.RunAsync(p, null, "migrate", "convert");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("migrations-node-pg-migrate/1700000000000_a.js exists already; nothing written", r.Error);
        Assert.DoesNotContain("Exception", r.All);
        Assert.False(File.Exists(Path.Combine(p.MigrationsDir, "1700000000000_a.cs")));
        Assert.True(File.Exists(Path.Combine(p.MigrationsDir, "1700000000000_a.js")));
        Assert.Equal("// an earlier conversion's original, kept for review\n", File.ReadAllText(Path.Combine(p.Directory, "migrations-node-pg-migrate", "1700000000000_a.js")));
    }
}
