using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Runner;

/// <summary>
/// `migrate create` leaves Down out (it is inferred), and a Down that runs no SQL is reported when it runs,
/// so "reverted" is never printed alone for a migration whose objects stay.
/// </summary>
public class EmptyDownTests
{
    [Fact]
    public async Task A_created_CSharp_migration_filled_in_only_in_Up_rolls_back_by_inference()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var created = await StrataCli.RunAsync(p, url, "migrate", "create", "add notes");
        Assert.True(created.ExitCode == 0, created.ToString());
        var file = Directory.GetFiles(p.MigrationsDir, "*_add-notes.cs").Single();
        var text = File.ReadAllText(file);
        Assert.DoesNotContain("Down(", text);
        File.WriteAllText(file, text.Replace("    {\n    }\n", "    {\n        pgm.CreateTable(\"notes\", new Columns { [\"id\"] = \"id\" });\n    }\n"));
        var up = await StrataCli.RunAsync(p, url, "migrate", "up");
        Assert.True(up.ExitCode == 0, up + "\n" + File.ReadAllText(file));
        Assert.Equal("notes", await s.ScalarAsync<string>("select to_regclass('notes')::text", db));

        var down = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Null(await s.ScalarAsync<string>("select to_regclass('notes')::text", db));
    }

    [Fact]
    public async Task A_Down_that_runs_no_SQL_is_reported_by_name_in_text_and_json()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-kept.cs", """
            public sealed class CreateKept : Migration
            {
                public override void Up(MigrationBuilder pgm) => pgm.CreateTable("kept", new Columns { ["id"] = "id" });
                public override void Down(MigrationBuilder pgm) { }
            }
            """);
        p.Write("migrations/1700000000001_create-also.sql", "-- Up Migration\ncreate table also (id int);\n-- Down Migration\n");
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "up")).ExitCode);

        var down = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Contains("warning: 1700000000001_create-also: its Down runs no SQL", down.Error);

        var json = await StrataCli.RunAsync(p, url, "migrate", "down", "--json");
        Assert.True(json.ExitCode == 0, json.ToString());
        using var doc = JsonDocument.Parse(json.Out);
        var warning = Assert.Single(doc.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Contains("1700000000000_create-kept: its Down runs no SQL", warning.GetString());
        Assert.Equal(["also", "kept"], await s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db));
    }
}
