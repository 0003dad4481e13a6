namespace Strata.Db;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl, postgres) on this machine.</summary>
internal sealed record PostgresBinaries(string BinDir)
{
    public string InitDb => Path.Combine(BinDir, "initdb");
    public string PgCtl => Path.Combine(BinDir, "pg_ctl");

    public const string InstallHint = "install them with: sudo apt-get install -y postgresql (Debian/Ubuntu), brew install postgresql (macOS), or set STRATA_PG_BINDIR to the directory holding initdb and pg_ctl";

    /// <summary>STRATA_PG_BINDIR, else <c>pg_config --bindir</c>, else the newest /usr/lib/postgresql/*/bin, else PATH.</summary>
    public static PostgresBinaries Find() => Find(Candidates());

    internal static PostgresBinaries Find(IEnumerable<string> candidates)
    {
        foreach (var dir in candidates)
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return new PostgresBinaries(dir);
        throw StrataException.Input($"No PostgreSQL server programs (initdb, pg_ctl) were found for the embedded database; {InstallHint}. Or point Strata at a server with --database-url or DATABASE_URL.");
    }

    static IEnumerable<string> Candidates()
    {
        var env = Environment.GetEnvironmentVariable("STRATA_PG_BINDIR");
        if (!string.IsNullOrEmpty(env)) yield return env;
        var fromPgConfig = PgConfigBinDir();
        if (fromPgConfig is not null) yield return fromPgConfig;
        if (Directory.Exists("/usr/lib/postgresql"))
            foreach (var d in Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf))
                yield return Path.Combine(d, "bin");
        foreach (var d in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            yield return d;
    }

    static double VersionOf(string dir) => double.TryParse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;

    static string? PgConfigBinDir()
    {
        foreach (var d in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var pgConfig = Path.Combine(d, "pg_config");
            if (!File.Exists(pgConfig)) continue;
            try
            {
                var r = ProcessRunner.RunAsync(pgConfig, ["--bindir"], false, CancellationToken.None).GetAwaiter().GetResult();
                var dir = r.Output.Trim();
                return r.ExitCode == 0 && Directory.Exists(dir) ? dir : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
        return null;
    }
}
