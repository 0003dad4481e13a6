using Strata.App;
using Strata.Runner;

namespace Strata.Tests.Runner;

/// <summary>The planner alone, without a database: which migrations a request picks, and what it refuses.</summary>
public class MigrationPlannerTests
{
    static readonly MigrationFile[] Files = [.. Enumerable.Range(1, 4).Select(i => new MigrationFile($"170000000000{i}_t-{i}", $"/p/migrations/170000000000{i}_t-{i}.sql", MigrationLanguage.Sql, 1700000000000 + i))];

    static AppliedMigration[] Applied(int n, string checksum = "same") =>
        [.. Files.Take(n).Select((f, i) => new AppliedMigration(f.Name, new DateTime(2026, 1, 1).AddMinutes(i), checksum))];

    static List<string> Pick(int applied, RunRequest request, bool checkOrder = true, string fileChecksum = "same") =>
        new MigrationPlanner(checkOrder, "/p/migrations").Plan(Files, Applied(applied), request, _ => fileChecksum).Steps
            .Select(s => $"{s.File.Name} {s.Direction.ToString().ToLowerInvariant()}").ToList();

    static string Refusal(Action plan) => Assert.IsType<StrataException>(Record.Exception(plan)).Message;

    [Fact]
    public void A_positional_name_is_exactly_that_migration()
    {
        Assert.Equal(["1700000000002_t-2 up"], Pick(1, new RunRequest(Direction.Up, RunTarget.Name("1700000000002_t-2"))));
        Assert.Equal(["1700000000004_t-4 down"], Pick(4, new RunRequest(Direction.Down, RunTarget.Name("1700000000004_t-4"))));
        Assert.Equal(["1700000000003_t-3 up"], Pick(0, new RunRequest(Direction.Up, RunTarget.Name("1700000000003_t-3")), checkOrder: false));
        Assert.Equal(["1700000000002_t-2 down"], Pick(4, new RunRequest(Direction.Down, RunTarget.Name("1700000000002_t-2")), checkOrder: false));
    }

    [Fact]
    public void Ranges_are_asked_for_with_to()
    {
        Assert.Equal(["1700000000001_t-1 up", "1700000000002_t-2 up", "1700000000003_t-3 up"], Pick(0, new RunRequest(Direction.Up, RunTarget.To("1700000000003_t-3"))));
        Assert.Equal(["1700000000004_t-4 down", "1700000000003_t-3 down", "1700000000002_t-2 down"], Pick(4, new RunRequest(Direction.Down, RunTarget.To("1700000000002_t-2"))));
    }

    [Fact]
    public void A_name_that_would_break_check_order_is_refused_pointing_at_to()
    {
        Assert.Contains("--to 1700000000003_t-3", Refusal(() => Pick(0, new RunRequest(Direction.Up, RunTarget.Name("1700000000003_t-3")))));
        Assert.Contains("--to 1700000000002_t-2", Refusal(() => Pick(4, new RunRequest(Direction.Down, RunTarget.Name("1700000000002_t-2")))));
    }

    [Fact]
    public void Every_migration_needs_all()
    {
        Assert.Contains("--all", Refusal(() => Pick(4, new RunRequest(Direction.Down, RunTarget.Count(0)))));
        Assert.Contains("--all", Refusal(() => Pick(4, new RunRequest(Direction.Down, RunTarget.Count(0), Redo: true))));
        Assert.Equal(4, Pick(4, new RunRequest(Direction.Down, RunTarget.All)).Count);
        Assert.Equal(8, Pick(4, new RunRequest(Direction.Down, RunTarget.All, Redo: true)).Count);
        Assert.Equal(4, Pick(0, new RunRequest(Direction.Up, RunTarget.All)).Count);
    }

    [Fact]
    public void A_changed_file_gates_its_rollback_but_not_a_fake_or_an_allowed_one()
    {
        Assert.Contains("--allow-drift", Refusal(() => Pick(4, new RunRequest(Direction.Down), fileChecksum: "edited")));
        Assert.Contains("--allow-drift", Refusal(() => Pick(4, new RunRequest(Direction.Down, Redo: true), fileChecksum: "edited")));
        Assert.Single(Pick(4, new RunRequest(Direction.Down, AllowDrift: true), fileChecksum: "edited"));
        Assert.Single(Pick(4, new RunRequest(Direction.Down, Fake: true), fileChecksum: "edited"));
        var drift = new MigrationPlanner(true, "/p/migrations").Plan(Files, Applied(2), new RunRequest(Direction.Up), _ => "edited").Drift;
        Assert.Equal([MigrationStatus.Changed, MigrationStatus.Changed], drift.Select(d => d.Status));
    }
}
