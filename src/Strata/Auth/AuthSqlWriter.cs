using Strata.Sql;

namespace Strata.Auth;

/// <summary>
/// One statement per change, in the text better-auth's CLI writes through kysely: lower-case keywords,
/// quoted identifiers, column clauses in kysely's order (type, default, not null, unique, primary key,
/// references). With <c>database.schemaName</c> every table is qualified by it (kysely's <c>withSchema</c>), a
/// reference to a table written with its own schema aside; index names never are. Pure: a change in, text out.
/// </summary>
internal static class AuthSqlWriter
{
    public static string Write(SchemaChange change, string? schema = null) => change switch
    {
        CreateSchema s => $"create schema if not exists {SqlQuote.Ident(s.Name)}",
        CreateTable c => $"create table {Qualified(c.Table.Name, schema)} ({string.Join(", ", c.Table.Columns.Select(col => ColumnSql(col, inCreate: true, schema)))})",
        AddColumn a => $"alter table {Qualified(a.Table, schema)} add column {ColumnSql(a.Column, inCreate: false, schema)}",
        CreateIndex i => $"create {(i.Index.Unique ? "unique " : "")}index {SqlQuote.Ident(i.Index.Name)} on {Qualified(i.Table, schema)} ({string.Join(", ", i.Index.Columns.Select(SqlQuote.Ident))})",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    private static string Qualified(string table, string? schema) => schema is null ? SqlQuote.Ident(table) : SqlQuote.Ident(schema, table);

    private static string ColumnSql(Column column, bool inCreate, string? schema)
    {
        var sql = $"{SqlQuote.Ident(column.Name)} {column.Type.Sql}";
        if (WritesDefault(column.Default, inCreate)) sql += " " + column.Default!.Sql;
        if (column.NotNull) sql += " not null";
        // Added columns get their uniqueness from a separate _uidx index instead (better-auth does so for SQLite's sake).
        if (column.Unique && inCreate) sql += " unique";
        if (column.PrimaryKey) sql += " primary key";
        if (column.References is { } fk) sql += $" references {TableName(fk.Table, schema)} ({SqlQuote.Ident(fk.Column)}) on delete {fk.OnDelete}";
        return sql;
    }

    /// <summary>create table writes only function defaults (timestamps, ids); add column writes static ones too.</summary>
    private static bool WritesDefault(ColumnDefault? value, bool inCreate) => value switch
    {
        null => false,
        ColumnDefault.Literal => !inCreate,
        _ => true,
    };

    /// <summary>kysely reads <c>schema.table</c> in a reference as a qualified name; so does Strata.</summary>
    private static string TableName(string table, string? schema)
    {
        var dot = table.IndexOf('.');
        return dot < 0 ? Qualified(table, schema) : SqlQuote.Ident(table[..dot], table[(dot + 1)..]);
    }
}
