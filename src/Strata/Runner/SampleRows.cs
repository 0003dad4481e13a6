using Npgsql;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// Fills a scratch table with synthetic rows so a statement can be timed on data: a value made from the row number
/// for each column whose type allows it (distinct, so unique indexes hold), the column's default otherwise, NULL
/// when nullable. The target's rows are never read. CHECK and FOREIGN KEY constraints the migration does not name are
/// dropped first (the fill runs in a transaction that is rolled back), so synthetic values need not satisfy them.
/// </summary>
internal static class SampleRows
{
    /// <summary>At most this many rows are made; a bigger target is extrapolated from them (<see cref="Lint.HoldTime"/>).</summary>
    public const long Cap = 100_000;

    sealed record Col(string Name, string Type, string Category, int TypMod, bool NotNull, bool HasDefault, bool Generated);

    /// <summary>Fills the table; returns its pages afterwards, or a reason it could not be filled.</summary>
    public static async Task<(long Pages, string? Problem)> FillAsync(NpgsqlConnection conn, string schema, string table, long rows, string migrationText, CancellationToken ct)
    {
        var qualified = SqlQuote.Ident(schema, table);
        var cols = new List<Col>();
        await using (var cmd = new NpgsqlCommand("""
            select a.attname::text, format_type(a.atttypid, a.atttypmod), t.typcategory::text, a.atttypmod, a.attnotnull, a.atthasdef,
                   a.attidentity <> '' or a.attgenerated <> ''
            from pg_catalog.pg_attribute a join pg_catalog.pg_type t on t.oid = a.atttypid
            where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum
            """, conn) { Parameters = { new() { Value = qualified } } })
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
                cols.Add(new Col(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetBoolean(4), r.GetBoolean(5), r.GetBoolean(6)));

        var names = new List<string>();
        var values = new List<string>();
        foreach (var c in cols.Where(c => !c.Generated))
        {
            var v = Value(c);
            if (v is null && c.HasDefault) continue;
            if (v is null && c.NotNull) return (0, $"no synthetic value for column {c.Name} ({c.Type})");
            names.Add(SqlQuote.Ident(c.Name));
            values.Add(v ?? "NULL");
        }

        var constraints = new List<string>();
        await using (var cmd = new NpgsqlCommand("select conname::text from pg_catalog.pg_constraint where conrelid = $1::regclass and contype in ('c', 'f')", conn) { Parameters = { new() { Value = qualified } } })
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) constraints.Add(r.GetString(0));
        await Exec(conn, "SAVEPOINT strata_fill", ct);
        foreach (var name in constraints.Where(n => !migrationText.Contains(n, StringComparison.OrdinalIgnoreCase)))
            await Exec(conn, $"ALTER TABLE {qualified} DROP CONSTRAINT {SqlQuote.Ident(name)}", ct);
        await Exec(conn, $"ALTER TABLE {qualified} DISABLE TRIGGER USER", ct);
        try
        {
            await Exec(conn, $"INSERT INTO {qualified} ({string.Join(", ", names)}) SELECT {string.Join(", ", values)} FROM generate_series(1, {rows}) AS g", ct);
        }
        catch (PostgresException e)
        {
            await Exec(conn, "ROLLBACK TO SAVEPOINT strata_fill", ct);
            return (0, e.MessageText);
        }
        await Exec(conn, $"ALTER TABLE {qualified} ENABLE TRIGGER USER", ct);
        await Exec(conn, "RELEASE SAVEPOINT strata_fill", ct);
        await using var pages = new NpgsqlCommand($"select pg_relation_size($1::regclass) / current_setting('block_size')::bigint", conn) { Parameters = { new() { Value = qualified } } };
        return ((long)(await pages.ExecuteScalarAsync(ct))!, null);
    }

    static string? Value(Col c)
    {
        var text = c.TypMod > 4 && c.Type.StartsWith("character", StringComparison.Ordinal) ? $"left(md5(g::text), {c.TypMod - 4})" : "md5(g::text)";
        return c.Type switch
        {
            "uuid" => "md5(g::text)::uuid",
            "smallint" => "(g % 32000)::smallint",
            "boolean" => "g % 2 = 0",
            "jsonb" or "json" => $"'{{}}'::{c.Type}",
            "bytea" => "decode(md5(g::text), 'hex')",
            _ when c.Category == "N" => $"g::{c.Type}",
            _ when c.Category == "S" => $"{text}::{c.Type}",
            _ when c.Category == "D" => $"(now() - g * interval '1 second')::{c.Type}",
            _ when c.Category == "A" => $"'{{}}'::{c.Type}",
            _ when c.Category == "E" => $"(enum_range(null::{c.Type}))[1]",
            _ => null,
        };
    }

    static async Task Exec(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
