namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreatePolicy</c> and <c>AlterPolicy</c>.</summary>
internal sealed record PolicyOptions
{
    /// <summary>Roles, written as is; <c>CreatePolicy</c> defaults to <c>PUBLIC</c>.</summary>
    public IReadOnlyList<string>? Role { get; init; }
    /// <summary><c>USING (expression)</c>.</summary>
    public string? Using { get; init; }
    /// <summary><c>WITH CHECK (expression)</c>.</summary>
    public string? Check { get; init; }
    /// <summary><c>CreatePolicy</c> only: <c>ALL</c> (the default), <c>SELECT</c>, <c>INSERT</c>, <c>UPDATE</c>, <c>DELETE</c>.</summary>
    public string? Command { get; init; }
    /// <summary><c>CreatePolicy</c> only, for the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }

    internal List<string> Clauses()
    {
        var clauses = new List<string>();
        if (Role is { Count: > 0 }) clauses.Add($"TO {string.Join(", ", Role)}");
        if (!string.IsNullOrEmpty(Using)) clauses.Add($"USING ({Using})");
        if (!string.IsNullOrEmpty(Check)) clauses.Add($"WITH CHECK ({Check})");
        return clauses;
    }
}

internal sealed record CreatePolicy(SqlName Table, string Policy, PolicyOptions Options) : MigrationOperation
{
    public override string Method => "CreatePolicy";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var options = Options with { Role = Options.Role ?? ["PUBLIC"] };
        var clauses = new[] { $"FOR {Options.Command ?? "ALL"}" }.Concat(options.Clauses());
        return [$"CREATE POLICY {n.Ident(Policy)} ON {n.Quote(Table)} {string.Join(" ", clauses)};"];
    }

    public override IMigrationOperation Reverse() => new DropPolicy(Table, Policy, Options.IfExists);
}

internal sealed record AlterPolicy(SqlName Table, string Policy, PolicyOptions Options) : MigrationOperation
{
    public override string Method => "AlterPolicy";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var clauses = Options.Clauses();
        if (clauses.Count == 0) throw new ArgumentException("No policy options provided for alterPolicy");
        return [$"ALTER POLICY {n.Ident(Policy)} ON {n.Quote(Table)} {string.Join(" ", clauses)};"];
    }
}

internal sealed record DropPolicy(SqlName Table, string Policy, bool IfExists) : MigrationOperation
{
    public override string Method => "DropPolicy";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"DROP POLICY{SqlText.If(IfExists, " IF EXISTS")} {n.Ident(Policy)} ON {n.Quote(Table)};"];
}
