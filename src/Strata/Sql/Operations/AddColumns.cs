namespace Strata.Sql.Operations;

internal sealed record AddColumns(SqlName Table, Columns Columns, bool IfNotExists, TypeShorthands Shorthands, DropFlags Drop = default) : MigrationOperation
{
    public override string Method => "AddColumns";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var columns = ColumnWriter.Write(Table, Columns, Shorthands, n);
        var sql = $"ALTER TABLE {n.Quote(Table)}\n{SqlText.Lines(columns.Lines, $"  ADD {SqlText.If(IfNotExists, "IF NOT EXISTS ")}")};";
        return [columns.Comments.Count > 0 ? sql + "\n" + string.Join("\n", columns.Comments) : sql];
    }

    public override IMigrationOperation Reverse() => new DropColumns(Table, [.. Columns.Select(c => c.Key)], Drop.IfExists, Drop.Cascade);
}

internal sealed record DropColumns(SqlName Table, IReadOnlyList<string> Columns, bool IfExists, bool Cascade) : MigrationOperation
{
    public override string Method => "DropColumns";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var lines = Columns.Select(c => $"DROP {SqlText.If(IfExists, "IF EXISTS ")}{n.Ident(c)}{SqlText.If(Cascade, " CASCADE")}");
        return [$"ALTER TABLE {n.Quote(Table)}\n{SqlText.Lines(lines)};"];
    }
}
