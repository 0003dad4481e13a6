namespace Strata.Sql.Operations;

/// <summary>The REFERENCES and DEFERRABLE clauses shared by columns and foreign-key constraints.</summary>
internal static class References
{
    public static string ToSql(SqlName table, string? match, string? onDelete, string? onUpdate, SqlNaming n)
    {
        // node-pg-migrate writes "users(id)" or an already quoted name as is, and quotes anything else.
        var raw = table.Schema is null && (table.Name.StartsWith('"') || table.Name.EndsWith(')'));
        var sql = "REFERENCES " + (raw ? table.Name : n.Quote(table));
        if (!string.IsNullOrEmpty(match)) sql += $" MATCH {match}";
        if (!string.IsNullOrEmpty(onDelete)) sql += $" ON DELETE {onDelete}";
        if (!string.IsNullOrEmpty(onUpdate)) sql += $" ON UPDATE {onUpdate}";
        return sql;
    }

    public static string Deferrable(bool deferred) => $"DEFERRABLE INITIALLY {(deferred ? "DEFERRED" : "IMMEDIATE")}";
}
