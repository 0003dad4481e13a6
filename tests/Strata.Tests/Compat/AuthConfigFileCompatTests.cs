using System.Text.Json.Nodes;
using Strata.Auth.ConfigFile;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// auth.ts files written as projects write them (tests/compat/auth-configs): the real CLI runs each with
/// <c>generate --config</c>, Strata reads the same file statically through <c>"auth": { "config": … }</c>. On fresh
/// databases and on databases holding an older schema (the same options without plugins and additionalFields,
/// migrated by the CLI) both write the same file, and after either migrates the other finds nothing to do.
/// </summary>
public class AuthConfigFileCompatTests
{
    static string Corpus => Path.Combine(BetterAuthNode.Directory!, "auth-configs");

    public static TheoryData<string, bool> Files
    {
        get
        {
            var data = new TheoryData<string, bool>();
            if (BetterAuthNode.Directory is null) return data;
            foreach (var file in Directory.GetFiles(Corpus, "*.ts").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                data.Add(file!, false);
                data.Add(file!, true);
            }
            return data;
        }
    }

    [CompatFact]
    public void The_corpus_holds_at_least_15_auth_ts_files() =>
        Assert.True(Directory.GetFiles(Corpus, "*.ts").Length >= 15, string.Join(", ", Directory.GetFiles(Corpus, "*.ts")));

    [CompatTheory]
    [MemberData(nameof(Files))]
    public async Task Strata_reads_the_auth_ts_the_cli_runs_and_both_write_the_same_file(string file, bool olderSchema)
    {
        var config = Path.Combine(Corpus, file);
        var (_, _, strataUrl) = await PostgresServer.FreshAsync();
        var (_, _, cliUrl) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": { "config": {{System.Text.Json.JsonSerializer.Serialize(config)}} } }""");
        if (olderSchema)
        {
            var older = p.Write("older.json", Older(AuthConfigFile.Read(config, file).Json));
            foreach (var url in new[] { strataUrl, cliUrl })
            {
                var run = await BetterAuthNode.MigrateAsync(p.Directory, older, url);
                Assert.True(run.ExitCode == 0, run.ToString());
            }
        }

        await BothWriteTheSameFileAndLeaveNothingToDoAsync(p, config, strataUrl, cliUrl);
    }

    /// <summary>
    /// Databases the CLI migrated, then changed as an older better-auth or a hand would have left them, with the
    /// statements both tools must write: a declared index missing from an existing table (deviceCode before 1.7, and
    /// oauthProvider's composite one), columns missing from an existing table (their static defaults are written only by <c>alter table</c>), and
    /// the same in a <c>database.schemaName</c> schema.
    /// </summary>
    public static TheoryData<string, string, string> OlderTables => new()
    {
        { "device-authorization-cli.ts", """
            drop index "device_code_user_code_uidx";
            insert into device_code ("id", "device_code", "user_code", "expiresAt", "status") values ('1', 'd', 'u', now(), 'pending')
            """,
            """create unique index "device_code_user_code_uidx" on "device_code" ("user_code");""" },
        { "oauth-provider-mcp.ts", """drop index "oauthClientResource_clientId_resourceId_uidx" """,
            """create unique index "oauthClientResource_clientId_resourceId_uidx" on "oauthClientResource" ("clientId", "resourceId");""" },
        { "api-key-one-configuration.ts", """alter table apikey drop column "rateLimitTimeWindow", drop column "rateLimitMax" """,
            """
            alter table "apikey" add column "rateLimitTimeWindow" integer default 60000;

            alter table "apikey" add column "rateLimitMax" integer default 30;
            """ },
        { "api-key-configurations.ts", """alter table api_keys drop column "rateLimitTimeWindow", drop column "rateLimitMax" """,
            """
            alter table "api_keys" add column "rateLimitTimeWindow" integer default 86400000;

            alter table "api_keys" add column "rateLimitMax" integer default 10;
            """ },
        { "schema-name.ts", """drop index auth."deviceCode_deviceCode_uidx"; alter table auth.users drop column tenant""",
            """
            alter table "auth"."users" add column "tenant" text;

            create index "users_tenant_idx" on "auth"."users" ("tenant");

            create unique index "deviceCode_deviceCode_uidx" on "auth"."deviceCode" ("deviceCode");
            """ },
    };

    [CompatTheory]
    [MemberData(nameof(OlderTables))]
    public async Task What_an_older_table_lacks_is_added_as_the_cli_adds_it(string file, string older, string expected)
    {
        var config = Path.Combine(Corpus, file);
        var (server, strataDb, strataUrl) = await PostgresServer.FreshAsync();
        var cliDb = await server.CreateDatabaseAsync();
        var cliUrl = server.Url(cliDb);
        using var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": { "config": {{System.Text.Json.JsonSerializer.Serialize(config)}} } }""");
        foreach (var (db, url) in new[] { (strataDb, strataUrl), (cliDb, cliUrl) })
        {
            var run = await BetterAuthNode.MigrateAsync(p.Directory, "", url, config);
            Assert.True(run.ExitCode == 0, run.ToString());
            await server.ExecuteAsync(older, db);
        }

        var sql = await BothWriteTheSameFileAndLeaveNothingToDoAsync(p, config, strataUrl, cliUrl);

        Assert.Equal(expected.ReplaceLineEndings("\n"), sql);
    }

    /// <summary>
    /// Strata and the CLI generate against their databases (in the same state) and must write the same file; then each
    /// migrates its own, and the other finds nothing to do there. Returns the file.
    /// </summary>
    static async Task<string?> BothWriteTheSameFileAndLeaveNothingToDoAsync(TestProject p, string config, string strataUrl, string cliUrl)
    {
        var strata = await StrataCli.RunAsync(p, strataUrl, "auth", "generate", "--yes");
        Assert.True(strata.ExitCode == 0, strata.ToString());
        var folder = Path.Combine(p.Directory, Strata.Auth.AuthScript.Folder);
        var strataSql = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sql").SingleOrDefault() is { } f ? File.ReadAllText(f) : null : null;
        var (cliSql, cliRun) = await BetterAuthNode.GenerateAsync(p.Directory, "", cliUrl, config);
        Assert.True(cliSql is not null || cliRun.Out.Contains("Your schema is already up to date."), cliRun.ToString());
        Assert.Equal(cliSql, strataSql);

        Assert.Equal(0, (await StrataCli.RunAsync(p, strataUrl, "auth", "migrate", "--yes")).ExitCode);
        var cli = await BetterAuthNode.MigrateAsync(p.Directory, "", cliUrl, config);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var cliAfterStrata = await BetterAuthNode.MigrateAsync(p.Directory, "", strataUrl, config);
        Assert.True(cliAfterStrata.Out.Contains("No migrations needed."), cliAfterStrata.ToString());
        var strataAfterCli = await StrataCli.RunAsync(p, cliUrl, "auth", "migrate", "--yes");
        Assert.True(strataAfterCli.Out.Contains("No migrations needed."), strataAfterCli.ToString());
        return strataSql;
    }

    /// <summary>The options a project had before it added its plugins and extra fields (renames and ids kept).</summary>
    static string Older(string json)
    {
        var options = JsonNode.Parse(json)!.AsObject();
        options.Remove("plugins");
        foreach (var (_, model) in options)
            (model as JsonObject)?.Remove("additionalFields");
        return options.ToJsonString();
    }
}
