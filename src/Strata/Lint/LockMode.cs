namespace Strata.Lint;

/// <summary>PostgreSQL's table lock modes, weakest first (the order of their conflicts).</summary>
internal enum LockMode
{
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
}

/// <summary>What ordinary traffic a lock holds back while it is held.</summary>
internal enum Blocking
{
    /// <summary>Reads and writes go on (ACCESS SHARE, ROW SHARE, ROW EXCLUSIVE).</summary>
    Nothing,
    /// <summary>Only other schema changes and VACUUM wait (SHARE UPDATE EXCLUSIVE).</summary>
    SchemaChanges,
    /// <summary>INSERT, UPDATE and DELETE wait; SELECT goes on (SHARE, SHARE ROW EXCLUSIVE, EXCLUSIVE).</summary>
    Writes,
    /// <summary>Every query on the table waits, SELECT included (ACCESS EXCLUSIVE).</summary>
    ReadsAndWrites,
}

/// <summary>Names and consequences of <see cref="LockMode"/>s.</summary>
internal static class LockModes
{
    /// <summary>A mode as pg_locks names it (<c>AccessExclusiveLock</c>); unknown names are <see cref="LockMode.None"/>.</summary>
    public static LockMode FromPgLocks(string mode) =>
        Enum.TryParse<LockMode>(mode.EndsWith("Lock", StringComparison.Ordinal) ? mode[..^4] : mode, out var m) ? m : LockMode.None;

    /// <summary>The mode as the SQL of <c>LOCK TABLE</c> and the documentation write it: <c>ACCESS EXCLUSIVE</c>.</summary>
    public static string SqlName(this LockMode mode) => mode switch
    {
        LockMode.None => "no lock",
        LockMode.AccessShare => "ACCESS SHARE",
        LockMode.RowShare => "ROW SHARE",
        LockMode.RowExclusive => "ROW EXCLUSIVE",
        LockMode.ShareUpdateExclusive => "SHARE UPDATE EXCLUSIVE",
        LockMode.Share => "SHARE",
        LockMode.ShareRowExclusive => "SHARE ROW EXCLUSIVE",
        LockMode.Exclusive => "EXCLUSIVE",
        _ => "ACCESS EXCLUSIVE",
    };

    public static Blocking Blocks(this LockMode mode) => mode switch
    {
        LockMode.AccessExclusive => Blocking.ReadsAndWrites,
        LockMode.Exclusive or LockMode.ShareRowExclusive or LockMode.Share => Blocking.Writes,
        LockMode.ShareUpdateExclusive => Blocking.SchemaChanges,
        _ => Blocking.Nothing,
    };

    public static string Describe(this Blocking b) => b switch
    {
        Blocking.ReadsAndWrites => "blocks reads and writes",
        Blocking.Writes => "blocks writes",
        Blocking.SchemaChanges => "blocks only schema changes",
        _ => "blocks nothing",
    };
}
