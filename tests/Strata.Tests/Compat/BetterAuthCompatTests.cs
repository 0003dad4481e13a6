using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// Strata against the real better-auth (tests/compat: better-auth 1.7.25, its CLI <c>auth</c> 1.7.7): both
/// tools write the same SQL, each finds nothing left to do after the other migrated, both leave the same
/// catalog, and better-auth's own sign-up, sign-in and sessions work on a database Strata migrated.
/// </summary>
public class BetterAuthCompatTests
{
    const string Core = """{ "emailAndPassword": { "enabled": true } }""";

    /// <summary>Several plugins (one with options), additional fields of every kind on two tables.</summary>
    const string Plugins = """
        {
          "emailAndPassword": { "enabled": true },
          "plugins": ["username", "twoFactor", { "name": "organization", "teams": { "enabled": true } }, "admin", "phoneNumber"],
          "user": {
            "additionalFields": {
              "locale": { "type": "string", "required": false, "defaultValue": "en" },
              "credits": { "type": "number", "required": true, "defaultValue": 10 },
              "joinedAt": { "type": "date", "required": true, "defaultValue": "now" },
              "tags": { "type": "string[]", "required": false },
              "plan": { "type": ["free", "pro"], "required": false },
              "referrerId": { "type": "string", "required": false, "references": { "model": "user", "field": "id", "onDelete": "set null" } }
            }
          },
          "session": { "additionalFields": { "deviceId": { "type": "string", "required": false, "index": true } } }
        }
        """;

    /// <summary><see cref="Plugins"/> grown: two more plugins (one adds a table, one a user column) and new fields.</summary>
    const string PluginsGrown = """
        {
          "emailAndPassword": { "enabled": true },
          "plugins": ["username", "twoFactor", { "name": "organization", "teams": { "enabled": true } }, "admin", "phoneNumber", "anonymous", "jwt"],
          "user": {
            "additionalFields": {
              "locale": { "type": "string", "required": false, "defaultValue": "en" },
              "credits": { "type": "number", "required": true, "defaultValue": 10 },
              "joinedAt": { "type": "date", "required": true, "defaultValue": "now" },
              "tags": { "type": "string[]", "required": false },
              "plan": { "type": ["free", "pro"], "required": false },
              "referrerId": { "type": "string", "required": false, "references": { "model": "user", "field": "id", "onDelete": "set null" } },
              "nickname": { "type": "string", "required": false, "defaultValue": "anon" },
              "score": { "type": "number", "required": true, "defaultValue": 0 }
            }
          },
          "session": {
            "additionalFields": {
              "deviceId": { "type": "string", "required": false, "index": true },
              "deviceKey": { "type": "string", "required": false, "unique": true }
            }
          }
        }
        """;

    public static TheoryData<string> Configs => new() { "core", "plugins" };

    static string Json(string name) => name switch { "core" => Core, "plugins" => Plugins, _ => PluginsGrown };

    /// <summary>A project whose .migraterc.json holds the options, with the same options alone in auth.json for better-auth.</summary>
    static (TestProject Project, string OptionsFile) Project(string json)
    {
        var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": {{json}} }""");
        return (p, p.Write("auth.json", json));
    }


    static async Task<string> StrataGenerateAsync(TestProject p, string url)
    {
        var folder = Path.Combine(p.Directory, "better-auth_migrations");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var r = await StrataCli.RunAsync(p, url, "auth", "generate", "--yes");
        Assert.True(r.ExitCode == 0, r.ToString());
        return File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*.sql")));
    }

    static async Task StrataMigrateAsync(TestProject p, string url, string expected)
    {
        var r = await StrataCli.RunAsync(p, url, "auth", "migrate", "--yes");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(expected, r.Out);
    }

    static async Task CliMigrateAsync(TestProject p, string options, string url, string expected)
    {
        var r = await BetterAuthNode.MigrateAsync(p.Directory, options, url);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(expected, r.Out);
    }

    static string[] Statements(string script) => script.TrimEnd(';').Split(";\n\n");

    /// <summary>Every column (type, nullability, default), constraint and index of the public schema, as PostgreSQL describes them.</summary>
    static Task<List<string>> CatalogAsync(PostgresServer s, string db) => s.ColumnAsync("""
        select format('column %s.%s %s%s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), case when a.attnotnull then ' not null' else '' end, pg_get_expr(d.adbin, d.adrelid))
        from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        union all
        select format('constraint %s on %s: %s', conname, conrelid::regclass, pg_get_constraintdef(oid)) from pg_constraint where connamespace = 'public'::regnamespace
        union all
        select 'index ' || indexdef from pg_indexes where schemaname = 'public'
        order by 1
        """, db);

    [CompatTheory]
    [MemberData(nameof(Configs))]
    public async Task Both_tools_write_the_same_sql_and_leave_nothing_for_each_other_and_better_auth_runs_on_strata_s_schema(string config)
    {
        var (s, strataDb, strataUrl) = await PostgresServer.FreshAsync();
        var (_, cliDb, cliUrl) = await PostgresServer.FreshAsync();
        var (p, options) = Project(Json(config));
        using var _p = p;

        // (a) generate on fresh databases: the same statements (and the same file).
        var strataSql = await StrataGenerateAsync(p, strataUrl);
        var (cliSql, cliRun) = await BetterAuthNode.GenerateAsync(p.Directory, options, cliUrl);
        Assert.True(cliSql is not null, cliRun.ToString());
        Assert.Equal(Statements(cliSql), Statements(strataSql));
        Assert.Equal(cliSql, strataSql);

        // (b) each tool migrates its own database; then the other one finds nothing to do there.
        await StrataMigrateAsync(p, strataUrl, "Applied");
        await CliMigrateAsync(p, options, cliUrl, "migration was completed successfully");
        await CliMigrateAsync(p, options, strataUrl, "No migrations needed.");
        await StrataMigrateAsync(p, cliUrl, "No migrations needed.");
        Assert.Equal(await CatalogAsync(s, cliDb), await CatalogAsync(s, strataDb));

        // (c) better-auth itself: sign up, session, sign out, sign in on the database Strata migrated.
        var signup = await BetterAuthNode.SignUpAsync(p.Directory, options, strataUrl);
        Assert.True(signup.ExitCode == 0, signup.ToString());
        Assert.Contains("\"ok\":true", signup.Out);
        Assert.Equal(1L, await s.ScalarAsync<long>("""select count(*) from "user" u join "account" a on a."userId" = u.id where a."providerId" = 'credential' and a.password is not null""", strataDb));
        Assert.Equal(0L, await s.ScalarAsync<long>("""select count(*) from "session" """, strataDb));
    }

    [CompatFact]
    public async Task An_incremental_change_gives_the_same_alters_from_both_tools()
    {
        var (s, strataDb, strataUrl) = await PostgresServer.FreshAsync();
        var (_, cliDb, cliUrl) = await PostgresServer.FreshAsync();
        var (basis, _) = Project(Plugins);
        using var _b = basis;
        await StrataMigrateAsync(basis, strataUrl, "Applied");
        await StrataMigrateAsync(basis, cliUrl, "Applied");
        var (p, options) = Project(PluginsGrown);
        using var _p = p;

        // (d) the same ALTERs (and new table) from both, against the same database.
        var strataSql = await StrataGenerateAsync(p, strataUrl);
        var (cliSql, cliRun) = await BetterAuthNode.GenerateAsync(p.Directory, options, strataUrl);
        Assert.True(cliSql is not null, cliRun.ToString());
        Assert.Equal(Statements(cliSql), Statements(strataSql));
        Assert.Equal(cliSql, strataSql);
        Assert.Contains(Statements(strataSql), st => st.StartsWith("alter table \"user\" add column \"isAnonymous\""));
        Assert.Contains(Statements(strataSql), st => st.StartsWith("create unique index \"session_deviceKey_uidx\""));
        Assert.Contains(Statements(strataSql), st => st.StartsWith("create table \"jwks\""));

        // Strata applies it on one database and the CLI on the other; neither leaves work for the other.
        await StrataMigrateAsync(p, strataUrl, "Applied");
        await CliMigrateAsync(p, options, cliUrl, "migration was completed successfully");
        await CliMigrateAsync(p, options, strataUrl, "No migrations needed.");
        await StrataMigrateAsync(p, cliUrl, "No migrations needed.");
        Assert.Equal(await CatalogAsync(s, cliDb), await CatalogAsync(s, strataDb));

        var signup = await BetterAuthNode.SignUpAsync(p.Directory, options, strataUrl);
        Assert.True(signup.ExitCode == 0, signup.ToString());
    }
}
