using Strata.Runner;

namespace Strata.Tests.Runner;

public sealed class RunRequestTests
{
    [Fact]
    public void A_request_has_one_target_at_most()
    {
        var request = new RunRequest(Direction.Up, RunTarget.Name("1700000000001_b")) with { Target = RunTarget.Count(2) };

        Assert.Equal(2, request.Count);
        Assert.Null(request.Name);
        Assert.Null(request.To);
        Assert.Null(request.Timestamp);
    }

    [Fact]
    public void All_applies_every_pending_migration_and_rolls_back_every_applied_one()
    {
        Assert.Null(new RunRequest(Direction.Up, RunTarget.All).Count);
        // Going down, "all" is its own target, not a count of 0: `down 0` must be confirmed with --all (MigrationPlannerTests).
        Assert.True(new RunRequest(Direction.Down, RunTarget.All).All);
        Assert.Null(new RunRequest(Direction.Down, RunTarget.All).Count);
    }

    [Fact]
    public void Without_a_target_down_rolls_back_the_last_migration_and_up_applies_all()
    {
        Assert.Null(new RunRequest(Direction.Down).Count);
        Assert.Null(new RunRequest(Direction.Up).Count);
    }

    [Fact]
    public void A_name_is_exactly_one_migration_and_to_is_the_range()
    {
        Assert.Equal("1700000000001_b", new RunRequest(Direction.Down, RunTarget.Name("1700000000001_b")).Name);
        Assert.Null(new RunRequest(Direction.Down, RunTarget.Name("1700000000001_b")).To);
        Assert.Equal("1700000000001_b", new RunRequest(Direction.Down, RunTarget.To("1700000000001_b")).To);
    }

    [Fact]
    public void A_timestamp_target_is_a_prefix()
    {
        Assert.Equal(1700000000001m, new RunRequest(Direction.Down, RunTarget.Timestamp(1700000000001m)).Timestamp);
    }
}
