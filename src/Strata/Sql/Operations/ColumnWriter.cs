namespace Strata.Sql.Operations;

/// <summary>Writes column definitions and their comments: node-pg-migrate's parseColumns.</summary>
internal static class ColumnWriter
{
    public sealed record Result(List<string> Lines, List<SqlName> PrimaryKey, List<string> Comments);

    public static Result Write(SqlName table, Columns columns, TypeShorthands shorthands, SqlNaming n)
    {
        var resolved = columns.Select(c => (Name: c.Key, Column: shorthands.Apply(c.Value))).ToList();
        var primary = resolved.Where(c => c.Column.PrimaryKey == true).Select(c => (SqlName)c.Name).ToList();
        // Several primary-key columns become one table constraint instead of one PRIMARY KEY each.
        var multiplePrimary = primary.Count > 1;
        if (multiplePrimary)
            resolved = [.. resolved.Select(c => (c.Name, c.Column with { PrimaryKey = false }))];

        var comments = resolved
            .Where(c => c.Column.Comment is not null)
            .Select(c => SqlText.Comment("COLUMN", $"{n.Quote(table)}.{n.Ident(c.Name)}", c.Column.Comment))
            .ToList();

        var lines = new List<string>();
        foreach (var (name, column) in resolved)
        {
            var clauses = new List<string>();
            if (!string.IsNullOrEmpty(column.Collation)) clauses.Add($"COLLATE {SqlText.Collation(column.Collation)}");
            if (column.Default is { } value) clauses.Add($"DEFAULT {value.ToSql()}");
            if (column.Unique == true) clauses.Add("UNIQUE");
            if (column.PrimaryKey == true) clauses.Add("PRIMARY KEY");
            if (column.NotNull == true) clauses.Add("NOT NULL");
            if (!string.IsNullOrEmpty(column.Check)) clauses.Add($"CHECK ({column.Check})");
            if (column.References is { } references)
            {
                var constraintName = !string.IsNullOrEmpty(column.ReferencesConstraintName)
                    ? column.ReferencesConstraintName
                    : !string.IsNullOrEmpty(column.ReferencesConstraintComment) ? $"{table.Name}_fk_{name}" : "";
                var prefix = constraintName.Length > 0 ? $"CONSTRAINT {n.Ident(constraintName)} " : "";
                clauses.Add(prefix + References.ToSql(references, column.Match, column.OnDelete, column.OnUpdate, n));
                if (!string.IsNullOrEmpty(column.ReferencesConstraintComment))
                    comments.Add(SqlText.Comment($"CONSTRAINT {n.Ident(constraintName)} ON", n.Quote(table), column.ReferencesConstraintComment));
            }
            if (column.Deferrable == true) clauses.Add(References.Deferrable(column.Deferred == true));
            if (column.SequenceGenerated is { } identity) clauses.Add(identity.ToSql("", shorthands));
            if (!string.IsNullOrEmpty(column.ExpressionGenerated)) clauses.Add($"GENERATED ALWAYS AS ({column.ExpressionGenerated}) STORED");

            var type = column.Array == true ? $"{column.Type} ARRAY"
                : column.ArraySize is { } size ? $"{column.Type} ARRAY[{size}]"
                : column.Type;
            lines.Add($"{n.Ident(name)} {type}{(clauses.Count > 0 ? " " + string.Join(" ", clauses) : "")}");
        }
        return new Result(lines, multiplePrimary ? primary : [], comments);
    }
}
