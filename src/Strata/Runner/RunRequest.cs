namespace Strata.Runner;

/// <summary>
/// What to run: a direction, which migrations (<see cref="Target"/>, all pending by default for up, the last
/// one for down), and how. Redo rolls back and re-applies the same ones.
/// </summary>
/// <param name="Direction">Up applies, down rolls back.</param>
/// <param name="Target">Which migrations; null for the default (up: all pending; down: the last one).</param>
/// <param name="DryRun">Print the SQL, change nothing.</param>
/// <param name="Fake">Record the migrations without running them.</param>
/// <param name="Redo">Roll back, then apply the same migrations again.</param>
/// <param name="AllowDrift">Roll back migrations whose file changed since they ran, with the Down of the file as it is
/// now; without it such a rollback is refused, since that Down may undo something else than what ran.</param>
public sealed record RunRequest(Direction Direction, RunTarget? Target = null, bool DryRun = false, bool Fake = false, bool Redo = false, bool AllowDrift = false)
{
    internal int? Count => Target?.MigrationCount;
    internal string? Name => Target?.MigrationName;
    internal string? To => Target?.RangeEnd;
    internal decimal? Timestamp => Target?.Prefix;
    internal bool All => Target is { IsAll: true };
}

/// <summary>
/// Which migrations a run takes, one of: <see cref="All"/>, <see cref="Count"/> (the next N up, the last N down),
/// <see cref="Name"/> (exactly that one, as node-pg-migrate reads a name), <see cref="To"/> (a range: up to and
/// including it, or back to and including it) or <see cref="Timestamp"/> (node-pg-migrate's <c>--timestamp</c>:
/// up to a prefix, or back to it; 17-digit UTC prefixes read as times).
/// </summary>
public sealed record RunTarget
{
    private RunTarget(int? count, string? name, decimal? prefix, bool all = false, string? rangeEnd = null)
    {
        IsAll = all;
        MigrationCount = count;
        MigrationName = name;
        Prefix = prefix;
        RangeEnd = rangeEnd;
    }

    internal bool IsAll { get; }
    internal int? MigrationCount { get; }
    internal string? MigrationName { get; }
    internal decimal? Prefix { get; }
    internal string? RangeEnd { get; }

    /// <summary>Every pending migration (up), or every applied one (down: the explicit way to roll back everything).</summary>
    public static RunTarget All { get; } = new(null, null, null, all: true);

    /// <summary>The next <paramref name="count"/> pending migrations (up) or the last applied ones (down). Going down,
    /// 0 means every migration and is refused unless asked for with <see cref="All"/>.</summary>
    public static RunTarget Count(int count) => new(count, null, null);

    /// <summary>Exactly the migration <paramref name="name"/>, up or down (node-pg-migrate's meaning).</summary>
    public static RunTarget Name(string name) => new(null, name, null);

    /// <summary>Up to and including the migration <paramref name="name"/> (up), or back to and including it (down).</summary>
    public static RunTarget To(string name) => new(null, null, null, rangeEnd: name);

    /// <summary>The migrations whose numeric prefix is at most <paramref name="prefix"/> (up), or at least it (down).</summary>
    public static RunTarget Timestamp(decimal prefix) => new(null, null, prefix);
}
