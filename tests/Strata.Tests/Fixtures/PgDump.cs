using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Strata.Tests.Fixtures;

/// <summary>The schema of a test database as pg_dump writes it, to compare what two tools built.</summary>
public static class PgDump
{
    /// <summary>`pg_dump --schema-only --no-owner` of the database without the tracking table, minus the version lines.</summary>
    public static async Task<string> SchemaAsync(PostgresServer s, string db, string historyTable = "public.pgmigrations")
    {
        var psi = new ProcessStartInfo(Path.Combine(s.BinDir, "pg_dump")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--schema-only", "--no-owner", "--no-privileges", $"--exclude-table={historyTable}*", "-h", "127.0.0.1", "-p", s.Port.ToString(), "-U", "postgres", "-d", db })
            psi.ArgumentList.Add(a);
        using var proc = Process.Start(psi)!;
        var o = proc.StandardOutput.ReadToEndAsync();
        var e = proc.StandardError.ReadToEndAsync();
        await proc.WaitForExitAsync();
        Assert.True(proc.ExitCode == 0, $"pg_dump failed: {await e}");
        var lines = (await o).Split('\n').Where(l => !l.StartsWith("-- Dumped ") && !l.StartsWith(@"\restrict") && !l.StartsWith(@"\unrestrict"));
        return Regex.Replace(string.Join("\n", lines), @"\n{3,}", "\n\n");
    }
}
