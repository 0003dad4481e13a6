using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// auth.ts files written as projects write them (tests/compat/auth-configs): the real CLI runs each with
/// <c>generate --config</c>, Strata reads the same file statically through <c>"auth": { "config": … }</c>; on fresh
/// databases both write the same file, and after either migrates the other finds nothing to do.
/// </summary>
public class AuthConfigFileCompatTests
{
    public static TheoryData<string> Files => new() { "nextjs-pool.ts", "satisfies-default.ts", "not-exported.ts" };

    [CompatTheory]
    [MemberData(nameof(Files))]
    public async Task Strata_reads_the_auth_ts_the_cli_runs_and_both_write_the_same_file(string file)
    {
        var config = Path.Combine(BetterAuthNode.Directory!, "auth-configs", file);
        var (_, _, strataUrl) = await PostgresServer.FreshAsync();
        var (_, _, cliUrl) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": { "config": {{System.Text.Json.JsonSerializer.Serialize(config)}} } }""");

        var strata = await StrataCli.RunAsync(p, strataUrl, "auth", "generate", "--yes");
        Assert.True(strata.ExitCode == 0, strata.ToString());
        var strataSql = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(p.Directory, Strata.Auth.AuthScript.Folder), "*.sql")));
        var (cliSql, cliRun) = await BetterAuthNode.GenerateAsync(p.Directory, "", cliUrl, config);
        Assert.True(cliSql is not null, cliRun.ToString());
        Assert.Equal(cliSql, strataSql);

        Assert.Equal(0, (await StrataCli.RunAsync(p, strataUrl, "auth", "migrate", "--yes")).ExitCode);
        var cli = await BetterAuthNode.MigrateAsync(p.Directory, "", cliUrl, config);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var cliAfterStrata = await BetterAuthNode.MigrateAsync(p.Directory, "", strataUrl, config);
        Assert.True(cliAfterStrata.Out.Contains("No migrations needed."), cliAfterStrata.ToString());
        var strataAfterCli = await StrataCli.RunAsync(p, cliUrl, "auth", "migrate", "--yes");
        Assert.True(strataAfterCli.Out.Contains("No migrations needed."), strataAfterCli.ToString());
    }
}
