using System.Diagnostics;

namespace Strata.Db;

/// <summary>Runs a PostgreSQL server program, as the <c>postgres</c> user when we are root (the server refuses to run as root).</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output);

    public static bool IsRoot => Native.IsRoot;

    public static async Task<Result> RunAsync(string program, IEnumerable<string> args, bool asPostgresUser, CancellationToken ct, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "/",
        };
        if (asPostgresUser && IsRoot)
        {
            psi.FileName = "runuser";
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add("postgres");
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(program);
        }
        else
        {
            psi.FileName = program;
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        // Server programs must not inherit a client's idea of where to connect.
        foreach (var v in new[] { "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGDATA", "PGOPTIONS" })
            psi.Environment.Remove(v);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        return new Result(p.ExitCode, (await stdout) + (await stderr));
    }

    public static async Task ChownToPostgresAsync(string path, CancellationToken ct)
    {
        if (!IsRoot) return;
        var r = await RunAsync("chown", ["-R", "postgres:", path], false, ct);
        if (r.ExitCode != 0) throw StrataException.Database($"Cannot give {path} to the postgres user: {r.Output.Trim()}");
    }
}
