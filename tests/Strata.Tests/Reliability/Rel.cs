using System.Diagnostics;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Reliability;

/// <summary>
/// Shared pieces of the reliability suite: a fresh database with a password URL, a snapshot of what a
/// run may change, real strata processes, and the checks every test makes on what was printed.
/// </summary>
internal static class Rel
{
    public static async Task<(PostgresServer Server, string Db, string Url)> FreshAsync()
    {
        var server = await PostgresServer.GetAsync();
        var db = await server.CreateDatabaseAsync();
        return (server, db, server.PasswordUrl(db));
    }

    /// <summary>Everything a migration run could leave behind: user tables (the tracking table itself excepted) and tracking rows.</summary>
    public static async Task<string> SnapshotAsync(PostgresServer s, string db)
    {
        var tables = await s.ColumnAsync(
            "select schemaname || '.' || tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema') and tablename <> 'pgmigrations' order by 1", db);
        var hasTracking = await s.ScalarAsync<bool>("select to_regclass('public.pgmigrations') is not null", db);
        var rows = hasTracking ? await s.ColumnAsync("select id || ':' || name from public.pgmigrations order by id", db) : [];
        return "tables: " + string.Join(", ", tables) + "\nrows: " + string.Join(", ", rows);
    }

    public static Task<List<string>> AppliedAsync(PostgresServer s, string db) =>
        s.ColumnAsync("select name from pgmigrations order by id", db);

    /// <summary>The password in use never appears in what strata printed, raw or percent-encoded.</summary>
    public static void NoSecrets(CliResult r, params string[] extra)
    {
        foreach (var secret in extra.Append(PostgresServer.Password))
        {
            Assert.False(r.All.Contains(secret, StringComparison.Ordinal), $"the password was printed:\n{r}");
            Assert.False(r.All.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal), $"the encoded password was printed:\n{r}");
        }
    }

    /// <summary>No stack trace without --verbose.</summary>
    public static void NoStackTrace(CliResult r) =>
        Assert.False(r.All.Contains("   at ", StringComparison.Ordinal), $"a stack trace was printed without --verbose:\n{r}");

    public static Dictionary<string, string?> Env(string? url) => new() { ["DATABASE_URL"] = url };

    /// <summary>A real `dotnet strata.dll` process with its output collected as it comes.</summary>
    /// <summary>
    /// The same start through <c>env --default-signal=INT</c>. SIGINT ignored where the test run started (a background job
    /// of a shell without job control) stays ignored in every child, and strata keeps it ignored as any program should:
    /// started with the default action, the signal tests test strata, not how the test run was launched (they failed so:
    /// exit 0, the statement ran to its end).
    /// </summary>
    public static ProcessStartInfo WithDefaultSigint(ProcessStartInfo start)
    {
        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.FileName = "env";
        return start;
    }

    public sealed class StrataProcess : IDisposable
    {
        readonly Process _p;
        readonly Task<string> _out, _err;

        public StrataProcess(string cwd, IReadOnlyDictionary<string, string?> env, params string[] args)
        {
            _p = Process.Start(WithDefaultSigint(StrataCli.ProcessStart(cwd, env, args)))!;
            _p.StandardInput.Close();
            _out = _p.StandardOutput.ReadToEndAsync();
            _err = _p.StandardError.ReadToEndAsync();
        }

        public int Pid => _p.Id;
        public bool HasExited => _p.HasExited;

        public async Task<CliResult> WaitAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await _p.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _p.Kill(entireProcessTree: true);
                await _p.WaitForExitAsync();
                throw new TimeoutException($"strata did not exit within {timeout}:\n{await _out}\n{await _err}");
            }
            return new CliResult(_p.ExitCode, await _out, await _err);
        }

        public void Signal(string signal)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", _p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
            kill.WaitForExit();
            Assert.Equal(0, kill.ExitCode);
        }

        public void Dispose()
        {
            if (!_p.HasExited) try { _p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            _p.Dispose();
        }
    }

    /// <summary>Polls until the condition holds, failing after the timeout (every loop in this suite is bounded).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"timed out after {timeout} waiting for {what}");
            await Task.Delay(50);
        }
    }

    /// <summary>The backend a strata run uses for its migration: the one running the given query text.</summary>
    public static async Task<int?> BackendRunningAsync(PostgresServer s, string db, string fragment)
    {
        var pids = await s.ColumnAsync(
            $"select pid from pg_stat_activity where datname = '{db}' and state = 'active' and query like '%{fragment}%' and pid <> pg_backend_pid()", db);
        return pids.Count == 0 ? null : int.Parse(pids[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
