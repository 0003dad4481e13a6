namespace Strata.Runner;

/// <summary>
/// What to run, with node-pg-migrate's meaning for the positional forms. <see cref="Count"/>: up applies the
/// next N pending, down rolls back the last N. <see cref="Name"/>: exactly that one migration, up or down.
/// <see cref="To"/> is the explicit range (<c>--to NAME</c>): up applies the pending ones up to and including
/// NAME, down rolls back NAME and everything applied after it. <see cref="Timestamp"/> is node-pg-migrate's
/// <c>--timestamp</c>: up applies the pending migrations whose prefix is at most it, down rolls back those
/// whose prefix is at least it (17-digit UTC prefixes read as times). Redo rolls back and re-applies the same ones.
/// Rolling back every migration (<c>down 0</c>, <c>redo 0</c>) needs <see cref="All"/>; rolling back a migration
/// whose file changed since it ran needs <see cref="AllowDrift"/>.
/// </summary>
public sealed record RunRequest(Direction Direction, int? Count = null, string? Name = null, bool DryRun = false, bool Fake = false, bool Redo = false,
    decimal? Timestamp = null, string? To = null, bool All = false, bool AllowDrift = false);
