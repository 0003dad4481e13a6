using Npgsql;
using Strata.Lint;

namespace Strata.Runner;

/// <summary>
/// What PostgreSQL did for one statement on the scratch database, read in the statement's own transaction right
/// after it ran: the table locks its backend holds (pg_locks), the relfilenode of every relation (a change is a
/// rewrite), the sequential scans it made (pg_stat_xact_user_tables, which counts this transaction only), the
/// indexes that appeared, and new NOT NULL columns without a default.
/// </summary>
internal static class StatementObserver
{
    internal sealed record Relation(uint Oid, string Name, char Kind, uint FileNode, uint Table);

    internal sealed record Snapshot(
        Dictionary<uint, Relation> Relations,
        Dictionary<uint, LockMode> Locks,
        Dictionary<uint, long> Scans,
        HashSet<(uint Table, string Column)> Columns,
        HashSet<(uint Table, string Column)> RequiredColumns);

    const string RelationsSql = """
        select c.oid, n.nspname::text, c.relname::text, c.relkind, c.relfilenode, coalesce(i.indrelid, 0)
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        left join pg_catalog.pg_index i on i.indexrelid = c.oid
        where c.relkind in ('r', 'p', 'm', 'i', 'I') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
        """;
    const string LocksSql = "select relation, mode from pg_catalog.pg_locks where pid = pg_backend_pid() and locktype = 'relation' and granted and database = (select oid from pg_catalog.pg_database where datname = current_database())";
    const string ScansSql = "select relid, coalesce(seq_scan, 0) from pg_catalog.pg_stat_xact_user_tables";
    const string RequiredSql = """
        select a.attrelid, a.attname::text, a.attnotnull and not a.atthasdef and a.attidentity = '' and a.attgenerated = '' from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
        """;

    public static async Task<Snapshot> TakeAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn) { BatchCommands = { new(RelationsSql), new(LocksSql), new(ScansSql), new(RequiredSql) } };
        await using var r = await batch.ExecuteReaderAsync(ct);
        var relations = new Dictionary<uint, Relation>();
        while (await r.ReadAsync(ct))
        {
            var oid = r.GetFieldValue<uint>(0);
            relations[oid] = new Relation(oid, TargetCatalog.Name(r.GetString(1), r.GetString(2)), r.GetChar(3), r.GetFieldValue<uint>(4), r.GetFieldValue<uint>(5));
        }
        await r.NextResultAsync(ct);
        var locks = new Dictionary<uint, LockMode>();
        while (await r.ReadAsync(ct))
        {
            if (r.IsDBNull(0)) continue;
            var oid = r.GetFieldValue<uint>(0);
            var mode = LockModes.FromPgLocks(r.GetString(1));
            if (!locks.TryGetValue(oid, out var held) || mode > held) locks[oid] = mode;
        }
        await r.NextResultAsync(ct);
        var scans = new Dictionary<uint, long>();
        while (await r.ReadAsync(ct)) scans[r.GetFieldValue<uint>(0)] = r.GetInt64(1);
        await r.NextResultAsync(ct);
        var columns = new HashSet<(uint, string)>();
        var required = new HashSet<(uint, string)>();
        while (await r.ReadAsync(ct))
        {
            columns.Add((r.GetFieldValue<uint>(0), r.GetString(1)));
            if (r.GetBoolean(2)) required.Add((r.GetFieldValue<uint>(0), r.GetString(1)));
        }
        return new Snapshot(relations, locks, scans, columns, required);
    }

    /// <summary>The effects on tables that existed before the statement; those it neither locked anew nor worked on are left out.</summary>
    public static List<RelationEffect> Compare(Snapshot before, Snapshot after)
    {
        var effects = new List<RelationEffect>();
        foreach (var table in before.Relations.Values.Where(r => r.Kind is 'r' or 'p' or 'm'))
        {
            var held = after.Locks.GetValueOrDefault(table.Oid);
            var previously = before.Locks.GetValueOrDefault(table.Oid);
            var taken = held > previously ? held : LockMode.None;
            bool rewritten = after.Relations.TryGetValue(table.Oid, out var now) && now.FileNode != table.FileNode && table.FileNode != 0;
            bool scanned = after.Scans.GetValueOrDefault(table.Oid) > before.Scans.GetValueOrDefault(table.Oid);
            var built = after.Relations.Values.Where(i => i.Table == table.Oid && !before.Relations.ContainsKey(i.Oid)).Select(i => Short(i.Name)).ToList();
            var rebuilt = before.Relations.Values.Where(i => i.Table == table.Oid && after.Relations.TryGetValue(i.Oid, out var a) && a.FileNode != i.FileNode)
                .Select(i => Short(i.Name)).ToList();
            // A new column, NOT NULL, with no default: existing rows have no value for it (SET NOT NULL on an old column is a scan instead).
            bool required = after.RequiredColumns.Any(c => c.Table == table.Oid && !before.Columns.Contains(c));
            if (taken == LockMode.None && !rewritten && !scanned && built.Count == 0 && rebuilt.Count == 0 && !required) continue;
            effects.Add(new RelationEffect(table.Name, held, taken, rewritten, scanned, built, rebuilt, required));
        }
        return effects;
    }

    static string Short(string qualified) => qualified[(qualified.IndexOf('.') + 1)..];
}
