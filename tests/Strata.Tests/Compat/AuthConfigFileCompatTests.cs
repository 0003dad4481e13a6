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
