using Strata.Tests.Fixtures;

namespace Strata.Tests.App.CSharp;

/// <summary>C# migrations compiled by Roslyn, on a real database through the CLI.</summary>
public class CSharpMigrationTests
{

    const string CreateChat = """
        public sealed class CreateChat : Migration
        {
            public override void Up(MigrationBuilder pgm)
            {
                pgm.CreateTable("chat", new Columns
                {
                    ["id"] = "id",
                    ["title"] = new Column("text") { NotNull = true },
                });
                pgm.CreateIndex("chat", "title");
            }
        }
        """;

    static Task<List<string>> Tables(PostgresServer s, string db) =>
        s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'public' and tablename <> 'pgmigrations' order by 1", db);

    [Fact]
    public async Task A_csharp_migration_runs_and_its_down_is_inferred()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        var up = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(up.ExitCode == 0, up.ToString());
        Assert.Equal(["chat"], await Tables(s, db));
        Assert.Equal("chat_title_index", await s.ScalarAsync<string>("select indexname::text from pg_indexes where tablename = 'chat' and indexname <> 'chat_pkey'", db));
        var down = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Sql_and_csharp_migrations_share_one_ordered_history()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        p.AddSql("1700000000001_message", "create table message (id int, chat_id int references chat);", "drop table message;");
        p.Write("migrations/1700000000002_add-pinned.cs", """
            public sealed class AddPinned : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.AddColumns("message", new Columns { ["pinned"] = new Column("boolean") { NotNull = true, Default = false } });
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["1700000000000_create-chat", "1700000000001_message", "1700000000002_add-pinned"],
            await s.ColumnAsync("select name from pgmigrations order by id", db));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down", "0", "--all")).ExitCode);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task A_compile_error_is_exit_2_with_file_line_and_column_and_nothing_runs()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_first", "create table first (id int);", "drop table first;");
        p.Write("migrations/1700000000001_broken.cs", "public sealed class Broken : Migration\n{\n    public override void Up(MigrationBuilder pgm)\n    {\n        pgm.CreateTabel(\"x\");\n    }\n}\n");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"1700000000001_broken\.cs\(5,13\): error CS1061", r.Error);
        Assert.Contains("CreateTabel", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task A_migration_attribute_naming_another_migration_is_exit_2_and_nothing_runs()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_first", "create table first (id int);", "drop table first;");
        // The same class compiled into an app would be recorded as 1700000000009_other: one file, two histories.
        p.Write("migrations/1700000000001_notes.cs", "[Migration(\"1700000000009_other\")]\npublic sealed class Notes : Migration\n{\n    public override void Up(MigrationBuilder pgm) => pgm.Sql(\"create table notes (id int)\");\n}\n");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("migrations/1700000000001_notes.cs", r.Error);
        Assert.Contains("[Migration(\"1700000000009_other\")]", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    [Theory]
    [InlineData("[Migration]")]
    [InlineData("[Migration(\"1700000000001_notes\")]")]
    public async Task A_migration_attribute_that_agrees_with_the_file_name_runs(string attribute)
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000001_notes.cs", attribute + "\npublic sealed class Notes : Migration\n{\n    public override void Up(MigrationBuilder pgm) => pgm.Sql(\"create table notes (id int)\");\n}\n");
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["notes"], await Tables(s, db));
    }

    [Fact]
    public async Task A_migration_may_use_any_platform_assembly_beside_the_few_compiled_against_first()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        // System.Text.Json and System.Net.Primitives are not among the assemblies a first compile references.
        p.Write("migrations/1700000000001_json.cs", """
            public sealed class Json : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.Sql($"comment on table chat is '{System.Text.Json.JsonSerializer.Serialize(new[] { System.Net.IPAddress.Loopback.ToString() })}'");
                public override void Down(MigrationBuilder pgm) => pgm.Sql("comment on table chat is null");
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("[\"127.0.0.1\"]", await s.ScalarAsync<string>("select obj_description('chat'::regclass)", db));
    }

    [Fact]
    public async Task A_failing_statement_points_at_the_pgm_call()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_bad.cs", """
            public sealed class Bad : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.CreateTable("ok", new Columns { ["id"] = "id" });

                    pgm.AddColumns("missing_table", new Columns { ["x"] = "int" });
                }
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("1700000000000_bad.cs:7:", r.Error);
        Assert.Contains("relation \"missing_table\" does not exist", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Rolling_back_an_irreversible_operation_without_Down_names_it()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_raw.cs", """
            public sealed class Raw : Migration
            {
                public override void Up(MigrationBuilder pgm) => pgm.Sql("create table raw (id int)");
            }
            """);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate")).ExitCode);
        var r = await StrataCli.RunAsync(p, url, "migrate", "down");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("1700000000000_raw.cs", r.Error);
        Assert.Contains("pgm.Sql()", r.Error);
    }

    [Fact]
    public async Task A_migration_may_read_the_database_to_decide()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_adaptive.cs", """
            public sealed class Adaptive : Migration
            {
                public override async Task UpAsync(MigrationBuilder pgm)
                {
                    var rows = await pgm.Db.SelectAsync("select count(*)::int as n from pg_available_extensions where name = 'no_such_extension'");
                    var type = (int)rows[0]["n"]! > 0 ? "no_such_type" : "real[]";
                    pgm.CreateTable("embedding", new Columns { ["id"] = "id", ["v"] = new Column(type) });
                }

                public override void Down(MigrationBuilder pgm) => pgm.DropTable("embedding");
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("ARRAY", await s.ScalarAsync<string>("select data_type::text from information_schema.columns where table_name = 'embedding' and column_name = 'v'", db));
        var dry = await StrataCli.RunAsync(p, url, "migrate", "redo", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains("CREATE TABLE \"embedding\"", dry.Out);
    }

    [Fact]
    public async Task No_transaction_migrations_run_outside_the_transaction()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        p.Write("migrations/1700000000001_concurrent-index.cs", """
            public sealed class ConcurrentIndex : Migration
            {
                public override void Up(MigrationBuilder pgm)
                {
                    pgm.NoTransaction();
                    pgm.CreateIndex("chat", "id", name: "chat_id_concurrent", concurrently: true);
                }
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(1L, await s.ScalarAsync<long>("select count(*) from pg_indexes where indexname = 'chat_id_concurrent'", db));
    }

    [Fact]
    public async Task A_concurrent_index_inside_a_transaction_is_refused_with_advice()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        p.Write("migrations/1700000000001_concurrent-index.cs", """
            public sealed class ConcurrentIndex : Migration
            {
                public override void Up(MigrationBuilder pgm) =>
                    pgm.CreateIndex("chat", "id", concurrently: true);
            }
            """);
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("pgm.NoTransaction()", r.Error);
        Assert.Empty(await Tables(s, db));
    }

    [Fact]
    public async Task Compiled_migrations_are_cached_by_content_and_a_noop_compiles_nothing()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var cache = Path.Combine(p.Directory, ".strata", "cache", "csharp");
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        var first = Directory.GetFiles(cache, "*.dll");
        Assert.Single(first);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "--dry-run")).ExitCode);
        Assert.Equal(first, Directory.GetFiles(cache, "*.dll"));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate")).ExitCode);
        Directory.Delete(cache, recursive: true);
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate")).ExitCode);
        Assert.False(Directory.Exists(cache));
    }

    [Fact]
    public async Task Built_sql_is_kept_so_a_later_run_needs_no_compiler_and_still_names_the_line()
    {
        var (s, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var cache = Path.Combine(p.Directory, ".strata", "cache", "csharp");
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat);
        p.Write("migrations/1700000000001_bad.cs", "public sealed class Bad : Migration\n{\n    public override void Up(MigrationBuilder pgm) =>\n        pgm.AddColumns(\"missing\", new Columns { [\"x\"] = \"int\" });\n}\n");
        Assert.Equal(1, (await StrataCli.RunAsync(p, url, "migrate")).ExitCode);
        // Without the compiled assemblies, only the kept SQL can serve.
        foreach (var f in Directory.GetFiles(cache, "*.dll").Concat(Directory.GetFiles(cache, "*.ref"))) File.Delete(f);
        var again = await StrataCli.RunAsync(p, url, "migrate");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("1700000000001_bad.cs:4:", again.Error);
        Assert.Empty(Directory.GetFiles(cache, "*.dll"));
        File.Delete(Path.Combine(p.MigrationsDir, "1700000000001_bad.cs"));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate")).ExitCode);
        Assert.Empty(Directory.GetFiles(cache, "*.dll"));
        Assert.Equal("chat", await s.ScalarAsync<string>("select to_regclass('chat')::text", db));
        // A changed file is compiled again.
        p.Write("migrations/1700000000000_create-chat.cs", CreateChat.Replace("\"title\"", "\"name\""));
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down", "--dry-run", "--allow-drift")).ExitCode);
        Assert.Single(Directory.GetFiles(cache, "*.dll"));
    }

    [Fact]
    public async Task Create_writes_a_csharp_template_that_compiles_and_runs()
    {
        var (_, _, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var c = await StrataCli.RunAsync(p, null, "migrate", "create", "add users");
        Assert.Equal(0, c.ExitCode);
        var file = Assert.Single(Directory.GetFiles(p.MigrationsDir));
        Assert.EndsWith("_add-users.cs", file);
        Assert.Contains("public sealed class AddUsers : Migration", File.ReadAllText(file));
        var r = await StrataCli.RunAsync(p, url, "migrate");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(0, (await StrataCli.RunAsync(p, url, "migrate", "down")).ExitCode);
    }
}
