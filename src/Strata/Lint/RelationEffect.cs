namespace Strata.Lint;

/// <summary>Where an answer about a statement comes from.</summary>
internal enum EffectSource
{
    /// <summary>Seen on the scratch database: pg_locks of the statement's own backend, relfilenode, scan counters, pg_index.</summary>
    Observed,
    /// <summary>Written from the SQL text, where observation cannot answer (a statement that must run outside a transaction).</summary>
    Rule,
}

/// <summary>What one statement did to one relation that existed before it ran.</summary>
/// <param name="Relation">Schema-qualified name.</param>
/// <param name="Held">The strongest lock held on it right after the statement, before commit: the lock its work ran under.</param>
/// <param name="Taken">The strongest lock this statement added (None when an earlier statement of the transaction already held it).</param>
/// <param name="Rewritten">The table's relfilenode changed: every row was copied under the lock.</param>
/// <param name="Scanned">The statement read the whole table (sequential scans counted in pg_stat_xact_user_tables).</param>
/// <param name="IndexesBuilt">Indexes the statement built on it (not concurrently).</param>
/// <param name="IndexesRebuilt">Existing indexes whose relfilenode changed.</param>
/// <param name="AddsRequiredColumn">A NOT NULL column without a default appeared: every existing row would need a value.</param>
/// <param name="Source">Observed, or from a rule.</param>
internal sealed record RelationEffect(
    string Relation,
    LockMode Held,
    LockMode Taken,
    bool Rewritten,
    bool Scanned,
    IReadOnlyList<string> IndexesBuilt,
    IReadOnlyList<string> IndexesRebuilt,
    bool AddsRequiredColumn,
    EffectSource Source = EffectSource.Observed)
{
    /// <summary>Work that grows with the table's size.</summary>
    public bool DoesWork => Rewritten || Scanned || IndexesBuilt.Count > 0 || IndexesRebuilt.Count > 0;

    /// <summary>The work in words: "rewrites the table", "builds index x", "scans the table".</summary>
    public string WorkDescription()
    {
        var parts = new List<string>();
        if (Rewritten) parts.Add("rewrites the table");
        if (IndexesBuilt.Count > 0) parts.Add($"builds {string.Join(", ", IndexesBuilt)} without CONCURRENTLY");
        if (IndexesRebuilt.Count > 0 && !Rewritten) parts.Add($"rebuilds {string.Join(", ", IndexesRebuilt)}");
        if (Scanned && !Rewritten && IndexesBuilt.Count == 0) parts.Add("scans the table");
        return parts.Count == 0 ? "no rewrite, no scan" : string.Join("; ", parts);
    }
}
