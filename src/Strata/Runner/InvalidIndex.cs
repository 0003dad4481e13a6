using Npgsql;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// An index PostgreSQL marks invalid (<c>pg_index.indisvalid = false</c>): a <c>CREATE INDEX CONCURRENTLY</c> that
/// failed, was cancelled or whose session died. It is never used by queries but still slows every write, and
/// <c>CREATE INDEX CONCURRENTLY IF NOT EXISTS</c> skips it, so a re-run would not repair it.
/// </summary>
public sealed record InvalidIndex(string Schema, string Name, string Table)
{
    /// <summary>The statement that removes it, so the migration that builds it can run again.</summary>
    public string Fix => $"DROP INDEX CONCURRENTLY {SqlQuote.Ident(Schema, Name)};";

    public string Describe() => $"{SqlQuote.Ident(Schema, Name)} on {SqlQuote.Ident(Schema, Table)}";

    /// <summary>
    /// The invalid indexes in <paramref name="schemas"/>, except those another session is building right now
    /// (a concurrent build is invalid until it ends). The schemas are literals, not an array parameter: the slim data
    /// source of the NativeAOT build has no array support.
    /// </summary>
    internal static async Task<List<InvalidIndex>> FindAsync(NpgsqlConnection conn, IEnumerable<string> schemas, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            select n.nspname::text, c.relname::text, t.relname::text
            from pg_index i
              join pg_class c on c.oid = i.indexrelid
              join pg_class t on t.oid = i.indrelid
              join pg_namespace n on n.oid = c.relnamespace
            where not i.indisvalid and n.nspname in ({0})
              and i.indexrelid not in (select p.index_relid from pg_stat_progress_create_index p where p.pid <> pg_backend_pid())
            order by 1, 2
            """.Replace("{0}", string.Join(", ", schemas.Distinct().Select(SqlQuote.Literal))), conn);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var found = new List<InvalidIndex>();
        while (await r.ReadAsync(ct)) found.Add(new InvalidIndex(r.GetString(0), r.GetString(1), r.GetString(2)));
        return found;
    }
}
