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
public sealed record RunRequest(Direction Direction, RunTarget? Target = null, bool DryRun = false, bool Fake = false, bool Redo = false)
{
    // The runner's view: "all" is no count going up (every pending one) and a count of 0 going down (every applied one).
    internal int? Count => Target is { IsAll: true } ? (Direction == Direction.Down ? 0 : null) : Target?.MigrationCount;
    internal string? Name => Target?.MigrationName;
    internal decimal? Timestamp => Target?.Prefix;
}

/// <summary>
/// Which migrations a run takes, one of: <see cref="All"/>, <see cref="Count"/> (the next N up, the last N down),
/// <see cref="Name"/> (up to and including it, or back to and including it) or <see cref="Timestamp"/>
/// (node-pg-migrate's <c>--timestamp</c>: up to a prefix, or back to it; 17-digit UTC prefixes read as times).
/// </summary>
public sealed record RunTarget
{
    private RunTarget(int? count, string? name, decimal? prefix, bool all = false)
    {
        IsAll = all;
        MigrationCount = count;
        MigrationName = name;
        Prefix = prefix;
    }

    internal bool IsAll { get; }
    internal int? MigrationCount { get; }
    internal string? MigrationName { get; }
    internal decimal? Prefix { get; }

    /// <summary>Every pending migration (up), or every applied one (down).</summary>
    public static RunTarget All { get; } = new(null, null, null, all: true);

    /// <summary>The next <paramref name="count"/> pending migrations (up) or the last applied ones (down); 0 means all.</summary>
    public static RunTarget Count(int count) => new(count, null, null);

    /// <summary>Up to and including the migration <paramref name="name"/> (up), or back to and including it (down).</summary>
    public static RunTarget Name(string name) => new(null, name, null);

    /// <summary>The migrations whose numeric prefix is at most <paramref name="prefix"/> (up), or at least it (down).</summary>
    public static RunTarget Timestamp(decimal prefix) => new(null, null, prefix);
}
