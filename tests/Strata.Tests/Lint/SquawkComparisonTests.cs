using System.Text.Json;
using System.Text.RegularExpressions;
using Strata.Tests.Fixtures;
using Xunit.Abstractions;

namespace Strata.Tests.Lint;

/// <summary>
/// The lint corpus (tests/Strata.Tests/Data/lint-corpus): one migration per case on a target whose tables hold 12,000
/// rows (or none), each file stating the verdict PostgreSQL's observed behaviour calls for. Strata must give that
/// verdict, flag everything squawk flags for locks and rewrites, and where squawk flags a case that is safe on this
/// database, the file must say why (docs/lint.md lists those cases).
/// </summary>
public partial class SquawkComparisonTests(ITestOutputHelper output)
{
    const int BigRows = 12_000;

    [GeneratedRegex(@"^(?://|--) expect: (\w+)$", RegexOptions.Multiline)]
    private static partial Regex Expect();
    [GeneratedRegex(@"^-- squawk-wrong: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SquawkWrong();

    static string Corpus()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Strata.sln"))) dir = Path.GetDirectoryName(dir)!;
        return Path.Combine(dir, "tests", "Strata.Tests", "Data", "lint-corpus");
    }

    [SquawkFact]
    public async Task Strata_flags_everything_squawk_flags_for_locks_and_rewrites_and_is_right_where_squawk_is_wrong()
    {
        var (server, db, url) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        var corpus = Corpus();
        foreach (var f in Directory.GetFiles(Path.Combine(corpus, "migrations"))) File.Copy(f, Path.Combine(p.MigrationsDir, Path.GetFileName(f)));
        p.Write(".migraterc.json", $$"""{ "lint-scratch-url": "{{server.Url("postgres")}}" }""");

        var setup = await StrataCli.RunAsync(p, url, "migrate", "up", "1699999999999_setup");
        Assert.True(setup.ExitCode == 0, setup.ToString());
        var big = File.ReadAllLines(Path.Combine(corpus, "big-tables.txt")).Where(l => l.Length > 0);
        await server.ExecuteAsync(string.Join(";\n", big.Select(t =>
            $"insert into {t} (id, a, b, c, v, t, n) select g, g, 'b', 'c', 'v', 't', 1 from generate_series(1, {BigRows}) g")) + ";\nanalyze", db);

        var lint = await StrataCli.RunAsync(p, url, "lint", "--json");
        Assert.True(lint.ExitCode == 5, lint.ToString());
        using var doc = JsonDocument.Parse(lint.Out);
        var strata = new Dictionary<string, string>();
        foreach (var s in doc.RootElement.GetProperty("statements").EnumerateArray())
        {
            var name = s.GetProperty("migration").GetString()!;
            var v = s.GetProperty("verdict").GetString()!;
            strata[name] = strata.TryGetValue(name, out var was) && Rank(was) >= Rank(v) ? was : v;
        }

        var cases = Directory.GetFiles(p.MigrationsDir).Where(f => !f.Contains("_setup")).OrderBy(f => f).ToList();
        var sqlCases = cases.Where(f => f.EndsWith(".sql", StringComparison.Ordinal)).ToList();
        var squawk = await Squawk.RunAsync(sqlCases, await PgMajorAsync(server, db));
        int squawkFlags = 0, strataFlags = 0, both = 0, squawkWrong = 0, strataOnly = 0;
        var failures = new List<string>();
        output.WriteLine($"{"case",-48} {"squawk",-8} {"strata",-10} expected");
        foreach (var file in cases)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var expected = Expect().Match(text).Groups[1].Value;
            var wrong = SquawkWrong().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
            bool squawkFlagged = squawk.TryGetValue(name, out var rules) && rules.Overlaps(Squawk.LockAndRewriteRules);
            var verdict = strata.GetValueOrDefault(name, "missing");
            bool strataFlagged = verdict is "risky" or "dangerous";
            output.WriteLine($"{name,-48} {(file.EndsWith(".cs") ? "n/a (C#)" : squawkFlagged ? "flags" : "-"),-8} {verdict,-10} {expected}{(wrong is null ? "" : "  squawk wrong: " + wrong)}");
            if (verdict != expected) failures.Add($"{name}: Strata says {verdict}, PostgreSQL's behaviour calls for {expected}");
            if (squawkFlagged) squawkFlags++;
            if (strataFlagged) strataFlags++;
            if (squawkFlagged && strataFlagged) both++;
            if (strataFlagged && !squawkFlagged) strataOnly++;
            if (squawkFlagged && !strataFlagged)
            {
                if (wrong is null) failures.Add($"{name}: squawk flags it ({string.Join(", ", rules!.Intersect(Squawk.LockAndRewriteRules))}), Strata does not, and the case does not say why squawk is wrong");
                else squawkWrong++;
            }
            if (wrong is not null && !squawkFlagged) failures.Add($"{name}: says squawk is wrong, but squawk no longer flags it");
        }
        output.WriteLine($"{cases.Count} cases ({Squawk.Version()}): squawk flags {squawkFlags} for locks or rewrites, Strata flags {strataFlags}; " +
            $"both {both}; Strata right where squawk is wrong {squawkWrong}; flagged by Strata only {strataOnly}; squawk-only 0 allowed, found {squawkFlags - both - squawkWrong}");
        Assert.True(cases.Count >= 40, $"the corpus has {cases.Count} cases; it must have at least 40");
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + lint.Error);
    }

    static int Rank(string verdict) => verdict switch { "dangerous" => 2, "risky" => 1, _ => 0 };

    static async Task<int> PgMajorAsync(PostgresServer server, string db) =>
        (await server.ScalarAsync<int>("select current_setting('server_version_num')::int", db)) / 10000;
}
