using Strata.Lint;

namespace Strata.Tests.Lint;

/// <summary>The verdict policy of docs/lint.md, without a database.</summary>
public class LintRulesTests
{
    static RelationEffect Build(LockMode held) => new("public.t", held, held, false, true, ["t_a_idx"], [], false);
    static readonly RelationSize Big = new(1_000_000, 10_000, 200L << 20);
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void An_index_build_under_a_write_lock_on_a_big_table_is_risky_and_dangerous_past_ten_seconds()
    {
        Assert.Equal(Verdict.Risky, LintRules.Weigh(Build(LockMode.Share), Big, new HoldTime(TimeSpan.FromSeconds(2), 100_000, TimeSpan.FromMilliseconds(150), true), Timeout).Verdict);
        Assert.Equal(Verdict.Dangerous, LintRules.Weigh(Build(LockMode.Share), Big, new HoldTime(TimeSpan.FromSeconds(12), 100_000, TimeSpan.FromSeconds(1), true), Timeout).Verdict);
    }

    [Fact]
    public void Work_under_access_exclusive_is_dangerous_from_one_second()
    {
        var rewrite = new RelationEffect("public.t", LockMode.AccessExclusive, LockMode.AccessExclusive, true, true, [], [], false);
        Assert.Equal(Verdict.Dangerous, LintRules.Weigh(rewrite, Big, new HoldTime(TimeSpan.FromSeconds(1.5), 100_000, TimeSpan.FromMilliseconds(150), true), Timeout).Verdict);
    }

    [Fact]
    public void Empty_new_or_small_tables_and_non_blocking_locks_are_safe()
    {
        Assert.Equal(Verdict.Safe, LintRules.Weigh(Build(LockMode.Share), new RelationSize(0, 0, 8192), null, Timeout).Verdict);
        Assert.Equal(Verdict.Safe, LintRules.Weigh(Build(LockMode.Share), null, null, Timeout).Verdict);
        Assert.Equal(Verdict.Safe, LintRules.Weigh(Build(LockMode.Share), new RelationSize(500, 5, 40_960), null, Timeout).Verdict);
        Assert.Equal(Verdict.Safe, LintRules.Weigh(Build(LockMode.ShareUpdateExclusive), Big, null, Timeout).Verdict);
    }

    [Fact]
    public void A_brief_access_exclusive_lock_is_safe_under_lock_timeout_and_risky_without_it()
    {
        var rename = new RelationEffect("public.t", LockMode.AccessExclusive, LockMode.AccessExclusive, false, false, [], [], false);
        Assert.Equal(Verdict.Safe, LintRules.Weigh(rename, Big, null, Timeout).Verdict);
        Assert.Equal(Verdict.Risky, LintRules.Weigh(rename, Big, null, TimeSpan.Zero).Verdict);
    }

    [Fact]
    public void A_new_required_column_on_a_table_with_rows_is_dangerous()
    {
        var add = new RelationEffect("public.t", LockMode.AccessExclusive, LockMode.AccessExclusive, false, false, [], [], AddsRequiredColumn: true);
        Assert.Equal(Verdict.Dangerous, LintRules.Weigh(add, new RelationSize(3, 1, 8192), null, Timeout).Verdict);
    }

    [Fact]
    public void A_sample_is_scaled_linearly_for_scans_and_by_n_log_n_for_index_builds()
    {
        var target = new RelationSize(1_000_000, 10_000, 0);
        var linear = HoldTime.Extrapolate(100_000, 1_000, TimeSpan.FromMilliseconds(100), target, sorts: false);
        var sorted = HoldTime.Extrapolate(100_000, 1_000, TimeSpan.FromMilliseconds(100), target, sorts: true);
        Assert.Equal(1000, linear.Estimate.TotalMilliseconds, 1);
        Assert.Equal(1000 * Math.Log(1_000_000) / Math.Log(100_000), sorted.Estimate.TotalMilliseconds, 1);
        Assert.False(HoldTime.Extrapolate(500, 5, TimeSpan.FromMilliseconds(3), new RelationSize(500, 5, 0), sorts: true).Scaled);
    }
}
