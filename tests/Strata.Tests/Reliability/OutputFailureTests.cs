using System.Diagnostics;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// stdout that cannot be written after the migrations committed (a full disk, a closed descriptor) is no crash:
/// the exit code says what happened to the database.
/// </summary>
public class OutputFailureTests
{
    static async Task<CliResult> RunWithStdoutAsync(string redirect, string cwd, string url, params string[] args)
    {
        var psi = StrataCli.ProcessStart(cwd, Rel.Env(url), args);
        var shell = new ProcessStartInfo("sh") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = cwd };
        shell.ArgumentList.Add("-c");
        shell.ArgumentList.Add("exec \"$@\" " + redirect);
        shell.ArgumentList.Add("sh");
        shell.ArgumentList.Add(psi.FileName);
        foreach (var a in psi.ArgumentList) shell.ArgumentList.Add(a);
        foreach (var (k, v) in psi.Environment) shell.Environment[k] = v;
        using var p = Process.Start(shell)!;
        var err = p.StandardError.ReadToEndAsync();
        var o = p.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(cts.Token);
        return new CliResult(p.ExitCode, await o, await err);
    }

    [Theory]
    [InlineData("> /dev/full")]
    [InlineData(">&-")]
    public async Task Migrate_up_json_with_unwritable_stdout_applies_and_exits_0_without_a_stack_trace(string redirect)
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");

        var r = await RunWithStdoutAsync(redirect, p.Directory, url, "migrate", "up", "--json");

        Assert.True(r.ExitCode == 0, r.ToString());
        Rel.NoStackTrace(r);
        Assert.DoesNotContain("unexpected", r.Error);
        Assert.Equal(["1700000000000_a"], await Rel.AppliedAsync(s, db));
    }

    [Theory]
    [InlineData(">&-", "stdout")]
    [InlineData("2>&-", "stderr")]
    public async Task A_closed_stream_is_named_as_closed_on_the_other_and_the_run_goes_on(string redirect, string stream)
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "create table a (id int);", "drop table a;");

        var r = await RunWithStdoutAsync(redirect, p.Directory, url, "migrate", "up");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains($"warning: {stream} is closed", r.All);
        Assert.DoesNotContain("denied", r.All);
        Assert.Equal(["1700000000000_a"], await Rel.AppliedAsync(s, db));
    }

    [Fact]
    public async Task A_failed_migration_with_unwritable_stdout_still_exits_1()
    {
        var (s, db, url) = await Rel.FreshAsync();
        using var p = new TestProject();
        p.AddSql("1700000000000_a", "select 1/0;", "");
        var r = await RunWithStdoutAsync("> /dev/full", p.Directory, url, "migrate", "up", "--json");
        Assert.True(r.ExitCode == 1, r.ToString());
        Rel.NoStackTrace(r);
        Assert.Empty(await Rel.AppliedAsync(s, db));
    }
}
