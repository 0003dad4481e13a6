namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreateMaterializedView</c>.</summary>
internal sealed record MaterializedViewOptions
{
    /// <summary><c>IF NOT EXISTS</c>.</summary>
    public bool IfNotExists { get; init; }
    /// <summary>Column names for the view.</summary>
    public IReadOnlyList<string>? Columns { get; init; }
    /// <summary><c>TABLESPACE</c>.</summary>
    public string? Tablespace { get; init; }
    /// <summary><c>WITH (…)</c> storage parameters; <c>true</c> writes the bare name.</summary>
    public IReadOnlyList<KeyValuePair<string, SqlValue>>? StorageParameters { get; init; }
    /// <summary>True: <c>WITH DATA</c>; false: <c>WITH NO DATA</c>; null: neither.</summary>
    public bool? Data { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

internal sealed record CreateMaterializedView(SqlName View, MaterializedViewOptions Options, string Definition) : MigrationOperation
{
    public override string Method => "CreateMaterializedView";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var columns = o.Columns is { Count: > 0 } ? $"({n.IdentList(o.Columns)})" : "";
        var tablespace = string.IsNullOrEmpty(o.Tablespace) ? "" : $" TABLESPACE {n.Ident(o.Tablespace)}";
        return [$"CREATE MATERIALIZED VIEW{SqlText.If(o.IfNotExists, " IF NOT EXISTS")} {n.Quote(View)}{columns}{Parameters.With(o.StorageParameters)}{tablespace} AS {Definition}{DataClause(o.Data)};"];
    }

    internal static string DataClause(bool? data) => data is null ? "" : data.Value ? " WITH DATA" : " WITH NO DATA";

    public override IMigrationOperation Reverse() => new DropObject("DropMaterializedView", "MATERIALIZED VIEW", View, Options.IfExists, Options.Cascade);
}

/// <summary>
/// <c>ALTER MATERIALIZED VIEW</c>: cluster index (an empty string: <c>SET WITHOUT CLUSTER</c>),
/// extension dependency, storage parameters (<see cref="SqlValue.Null"/> resets one).
/// </summary>
internal sealed record AlterMaterializedView(SqlName View, string? Cluster, string? Extension, IReadOnlyList<KeyValuePair<string, SqlValue>> StorageParameters)
    : MigrationOperation
{
    public override string Method => "AlterMaterializedView";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var clauses = new List<string>();
        if (Cluster is not null) clauses.Add(Cluster.Length > 0 ? $"CLUSTER ON {n.Ident(Cluster)}" : "SET WITHOUT CLUSTER");
        clauses.AddRange(Parameters.SetAndReset(StorageParameters));
        // DEPENDS ON EXTENSION is a form of its own that PostgreSQL does not accept in an action list, where
        // node-pg-migrate puts it; alone it is the same statement node-pg-migrate writes.
        var statements = new List<string>();
        if (clauses.Count > 0) statements.Add($"ALTER MATERIALIZED VIEW {n.Quote(View)}\n{SqlText.Lines(clauses)};");
        if (!string.IsNullOrEmpty(Extension))
            statements.Add($"ALTER MATERIALIZED VIEW {n.Quote(View)}\n  DEPENDS ON EXTENSION {n.Ident(Extension)};");
        return [string.Join("\n", statements)];
    }
}

/// <summary><c>REFRESH MATERIALIZED VIEW</c>; its own reverse, as in node-pg-migrate.</summary>
internal sealed record RefreshMaterializedView(SqlName View, bool Concurrently, bool? Data) : MigrationOperation
{
    public override string Method => "RefreshMaterializedView";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"REFRESH MATERIALIZED VIEW{SqlText.If(Concurrently, " CONCURRENTLY")} {n.Quote(View)}{CreateMaterializedView.DataClause(Data)};"];

    public override IMigrationOperation Reverse() => this;
}
