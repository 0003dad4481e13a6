using System.Globalization;

namespace Strata.Lint;

/// <summary>
/// The verdict for an observed effect, weighed by the relation's size on the target. Pure: the thresholds are
/// the whole policy, and docs/lint.md states them.
/// </summary>
internal static class LintRules
{
    /// <summary>From this many rows (or <see cref="RiskyBytes"/>) a blocking lock held through a scan, rewrite or index build is risky.</summary>
    public const long RiskyRows = 10_000;
    public const long RiskyBytes = 10L << 20;
    /// <summary>Without a measurement, from this size an ACCESS EXCLUSIVE lock through work is dangerous (ten times more for write-only blocking).</summary>
    public const long DangerousRows = 1_000_000;
    public const long DangerousBytes = 1L << 30;
    /// <summary>Measured holds from which the verdict is dangerous: reads and writes blocked, or writes only.</summary>
    public static readonly TimeSpan DangerousReadBlock = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DangerousWriteBlock = TimeSpan.FromSeconds(10);

    public static WeighedEffect Weigh(RelationEffect e, RelationSize? target, HoldTime? hold, TimeSpan lockTimeout)
    {
        var blocking = e.Held.Blocks();
        var lockWords = $"{e.Held.SqlName()} ({blocking.Describe()})";
        WeighedEffect W(Verdict v, string reason) => new(e, target, hold, v, reason);

        if (target is null) return W(Verdict.Safe, $"{lockWords}; the table is created by a pending migration, so it is empty on the target");
        if (e.AddsRequiredColumn && !target.IsEmpty)
            return W(Verdict.Dangerous, $"adds a NOT NULL column without a default: fails on the target, whose table has {Rows(target)}");
        if (blocking is Blocking.Nothing or Blocking.SchemaChanges)
            return W(Verdict.Safe, $"{lockWords}{(e.DoesWork ? "; " + e.WorkDescription() + " while reads and writes go on" : "")}");
        if (!e.DoesWork)
            return lockTimeout <= TimeSpan.Zero && !target.IsEmpty
                ? W(Verdict.Risky, $"{lockWords}, brief (no rewrite, no scan), but lock-timeout is off: waiting for it queues every query on the table behind it")
                : W(Verdict.Safe, $"{lockWords}, brief: no rewrite, no scan (lock-timeout {lockTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s bounds the wait for it)");
        var work = e.WorkDescription();
        if (target.IsEmpty) return W(Verdict.Safe, $"{lockWords}; {work}, but the table is empty on the target");

        bool readsToo = blocking == Blocking.ReadsAndWrites;
        var held = hold is null ? "" : $" for {hold.Describe(e.IndexesBuilt.Count > 0)}";
        var size = $"{Rows(target)}, {Bytes(target.Bytes)}";
        bool dangerous = hold is not null
            ? hold.Estimate >= (readsToo ? DangerousReadBlock : DangerousWriteBlock)
            : readsToo ? target.Rows >= DangerousRows || target.Bytes >= DangerousBytes
                       : target.Rows >= 10 * DangerousRows || target.Bytes >= 10 * DangerousBytes;
        if (dangerous) return W(Verdict.Dangerous, $"{lockWords}; {work} on {size}{held}");
        // The scratch database's cache is warm and its rows are synthetic, so a short measurement does not make a big table safe.
        bool risky = target.Rows >= RiskyRows || target.Bytes >= RiskyBytes;
        return risky
            ? W(Verdict.Risky, $"{lockWords}; {work} on {size}{held}")
            : W(Verdict.Safe, $"{lockWords}; {work}, small on the target ({size}){held}");
    }

    public static string Rows(RelationSize s) => s.Rows < 0 ? "an unknown number of rows" : $"{s.Rows.ToString("N0", CultureInfo.InvariantCulture)} row{(s.Rows == 1 ? "" : "s")}";

    public static string Bytes(long b) => b switch
    {
        >= 1L << 30 => (b / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GB",
        >= 1L << 20 => (b / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1L << 10 => (b / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " kB",
        _ => $"{b} bytes",
    };
}
