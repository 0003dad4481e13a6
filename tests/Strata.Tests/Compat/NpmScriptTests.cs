using System.Text.Json;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// A project's npm scripts, written for node-pg-migrate, run with `strata migrate` in its place: the same
/// flags, the same config file and .env, the same effect on the database. Both tools run for real, each on
/// its own copy of the project and its own database.
/// </summary>
public class NpmScriptTests
{
    const string PackageJson = """
        {
          "scripts": {
            "migrate:up": "node-pg-migrate up -m db/migrations -f config/migrate.json --envPath config/.env --no-check-order -t schema_history",
            "migrate:down": "node-pg-migrate down -m db/migrations -f config/migrate.json --envPath config/.env -t schema_history",
            "migrate:create": "node-pg-migrate create -m db/migrations -f config/migrate.json --envPath config/.env -j sql --migration-filename-format utc"
          }
        }
        """;

    static TestProject Project(string databaseUrl)
    {
        var p = new TestProject();
        p.Write("package.json", PackageJson);
        p.Write("config/.env", $"DATABASE_URL={databaseUrl}\n");
        // node-pg-migrate reads the "db" section of the file named by -f; so does Strata.
        p.Write("config/migrate.json", """{ "db": { "schema": "app", "create-schema": true, "migrations-schema": "public", "single-transaction": false } }""");
        p.Write("db/migrations/1700000000000_create-accounts.sql", """
            -- Up Migration
            create table accounts (id int primary key, name text not null);
            -- Down Migration
            drop table accounts;
            """);
        p.Write("db/migrations/1700000000001_create-projects.sql", """
            -- Up Migration
            create table projects (id int primary key, account_id int references accounts);
            -- Down Migration
            drop table projects;
            """);
        return p;
    }

    /// <summary>The script's words after `node-pg-migrate`.</summary>
    static string[] Script(string name)
    {
        using var doc = JsonDocument.Parse(PackageJson);
        var words = doc.RootElement.GetProperty("scripts").GetProperty(name).GetString()!.Split(' ');
        Assert.Equal("node-pg-migrate", words[0]);
        return words[1..];
    }

    static async Task<List<string>> History(PostgresServer s, string db) =>
        await s.ColumnAsync("select name from public.schema_history order by id", db);

    static async Task BothAgree(PostgresServer s, string nodeDb, string strataDb)
    {
        Assert.Equal(await History(s, nodeDb), await History(s, strataDb));
        Assert.Equal(await PgDump.SchemaAsync(s, nodeDb, "public.schema_history"), await PgDump.SchemaAsync(s, strataDb, "public.schema_history"));
    }

    [NodePgMigrateFact]
    public async Task The_seed_scripts_run_with_strata_migrate_in_place_of_node_pg_migrate()
    {
        var s = await PostgresServer.GetAsync();
        var (nodeDb, strataDb) = (await s.CreateDatabaseAsync(), await s.CreateDatabaseAsync());
        using var node = Project(s.Url(nodeDb));
        using var strata = Project(s.Url(strataDb));
        var noUrl = new Dictionary<string, string?>();

        async Task Run(string script)
        {
            var n = await NodePgMigrate.RunAsync(node.Directory, null, Script(script));
            Assert.True(n.ExitCode == 0, $"node-pg-migrate {script}: {n}");
            var r = await StrataCli.RunAsync(strata.Directory, noUrl, ["migrate", .. Script(script)]);
            Assert.True(r.ExitCode == 0, $"strata migrate {script}: {r}");
        }

        await Run("migrate:up");
        Assert.Equal(["1700000000000_create-accounts", "1700000000001_create-projects"], await History(s, strataDb));
        Assert.Equal(["accounts", "projects"], await s.ColumnAsync("select tablename::text from pg_tables where schemaname = 'app' order by 1", strataDb));
        await BothAgree(s, nodeDb, strataDb);

        await Run("migrate:down");
        Assert.Equal(["1700000000000_create-accounts"], await History(s, strataDb));
        await BothAgree(s, nodeDb, strataDb);

        // create: both write <17-digit UTC>_add-tags.sql into db/migrations; filled in, `up` applies it on both.
        var nodeCreate = await NodePgMigrate.RunAsync(node.Directory, null, [.. Script("migrate:create"), "add", "tags"]);
        Assert.True(nodeCreate.ExitCode == 0, nodeCreate.ToString());
        var strataCreate = await StrataCli.RunAsync(strata.Directory, noUrl, ["migrate", .. Script("migrate:create"), "add", "tags"]);
        Assert.True(strataCreate.ExitCode == 0, strataCreate.ToString());
        foreach (var p in new[] { node, strata })
        {
            var created = Directory.GetFiles(Path.Combine(p.Directory, "db", "migrations"), "*_add-tags.sql").Single();
            Assert.Matches(@"^\d{17}_add-tags\.sql$", Path.GetFileName(created));
            File.WriteAllText(created, "-- Up Migration\ncreate table tags (id int primary key);\n-- Down Migration\ndrop table tags;\n");
            File.Move(created, Path.Combine(Path.GetDirectoryName(created)!, "17000000000020000_add-tags.sql"));
        }
        await Run("migrate:up");
        Assert.Equal(["1700000000000_create-accounts", "1700000000001_create-projects", "17000000000020000_add-tags"], await History(s, strataDb));
        await BothAgree(s, nodeDb, strataDb);
    }
}
