namespace Strata.Sql.Operations;

/// <summary>
/// <c>ALTER TABLE … ADD CONSTRAINT</c>, from options or from a raw expression. Reversible only when
/// named and given as options, as in node-pg-migrate.
/// </summary>
internal sealed record AddConstraint(SqlName Table, string? Name, ConstraintOptions? Options, string? Expression, bool DropIfExists = false, bool DropCascade = false, bool DropIfTableExists = false)
    : MigrationOperation
{
    public override string Method => "AddConstraint";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var (constraints, comments) = Expression is not null
            ? ([$"{(string.IsNullOrEmpty(Name) ? "" : $"CONSTRAINT {n.Ident(Name)} ")}{Expression}"], [])
            : Options!.ToSql(Table, Name, n);
        if (constraints.Count == 0) throw new ArgumentException("No constraint options provided for addConstraint");
        return [string.Join("\n", [$"ALTER TABLE {n.Quote(Table)}\n{SqlText.Lines(constraints, "  ADD ")};", .. comments])];
    }

    public override IMigrationOperation Reverse()
    {
        if (Name is null)
            throw new IrreversibleOperationException(Method, "Impossible to automatically infer down migration for addConstraint without naming constraint");
        if (Expression is not null)
            throw new IrreversibleOperationException(Method, "Impossible to automatically infer down migration for addConstraint with raw SQL expression");
        return new DropConstraint(Table, Name, DropIfExists, DropCascade, DropIfTableExists);
    }
}

internal sealed record DropConstraint(SqlName Table, string Name, bool IfExists, bool Cascade, bool IfTableExists) : MigrationOperation
{
    public override string Method => "DropConstraint";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER TABLE{SqlText.If(IfTableExists, " IF EXISTS")} {n.Quote(Table)} DROP CONSTRAINT{SqlText.If(IfExists, " IF EXISTS")} {n.Ident(Name)}{SqlText.If(Cascade, " CASCADE")};"];
}
