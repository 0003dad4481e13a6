namespace Strata.Runner;

/// <summary>
/// What to run. <see cref="Count"/> and <see cref="Name"/> pick the migrations: up applies all pending by
/// default, N of them, or those up to and including NAME; down rolls back the last one by default, the
/// last N, or back to and including NAME. Redo rolls back and re-applies the same ones.
/// <see cref="Timestamp"/> is node-pg-migrate's <c>--timestamp</c>: up applies the pending migrations whose
/// prefix is at most it, down rolls back those whose prefix is at least it (17-digit UTC prefixes read as times).
/// </summary>
public sealed record RunRequest(Direction Direction, int? Count = null, string? Name = null, bool DryRun = false, bool Fake = false, bool Redo = false, decimal? Timestamp = null);
