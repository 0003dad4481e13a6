using Npgsql;
using Strata.Lint;

namespace Strata.Runner;

/// <summary>
/// The target's version and the size of each table, read from the catalog and the statistics views only: no
/// relation lock is taken (pg_total_relation_size would take ACCESS SHARE on every table, so bytes come from relpages).
/// </summary>
internal sealed record TargetCatalog(int Version, IReadOnlyDictionary<string, RelationSize> Sizes)
{
    const string SizesSql = """
        select n.nspname::text, c.relname::text, c.reltuples::bigint, coalesce(s.n_live_tup, 0)::bigint, c.relpages::bigint,
               (c.relpages + coalesce(t.relpages, 0)
                 + coalesce((select sum(i.relpages) from pg_catalog.pg_index x join pg_catalog.pg_class i on i.oid = x.indexrelid where x.indrelid = c.oid), 0)
               )::bigint * current_setting('block_size')::bigint
        from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        left join pg_catalog.pg_class t on t.oid = c.reltoastrelid
        left join pg_catalog.pg_stat_user_tables s on s.relid = c.oid
        where c.relkind in ('r', 'p', 'm') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_toast%'
        """;

    public static async Task<TargetCatalog> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn) { BatchCommands = { new("select current_setting('server_version_num')::int"), new(SizesSql) } };
        await using var r = await batch.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        int version = r.GetInt32(0);
        await r.NextResultAsync(ct);
        var sizes = new Dictionary<string, RelationSize>(StringComparer.Ordinal);
        while (await r.ReadAsync(ct))
        {
            // reltuples is -1 until the first VACUUM or ANALYZE; the statistics' live-row count covers that gap.
            long rows = Math.Max(r.GetInt64(2), r.GetInt64(3));
            sizes[Name(r.GetString(0), r.GetString(1))] = new RelationSize(rows, r.GetInt64(4), r.GetInt64(5));
        }
        return new TargetCatalog(version, sizes);
    }

    /// <summary>How relations are keyed between the target and the scratch database.</summary>
    public static string Name(string schema, string relation) => schema + "." + relation;

    /// <summary>True when no table is big enough for a blocking lock through work to matter (the fast path before <c>up</c>).</summary>
    public bool AllSmall => Sizes.Values.All(s => s.Rows < LintRules.RiskyRows && s.Bytes < LintRules.RiskyBytes);
}
