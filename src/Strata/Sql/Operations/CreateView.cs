namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreateView</c>.</summary>
internal sealed record ViewOptions
{
    /// <summary><c>TEMPORARY</c>.</summary>
    public bool Temporary { get; init; }
    /// <summary><c>OR REPLACE</c>.</summary>
    public bool Replace { get; init; }
    /// <summary><c>RECURSIVE</c>.</summary>
    public bool Recursive { get; init; }
    /// <summary>Column names for the view.</summary>
    public IReadOnlyList<string>? Columns { get; init; }
    /// <summary><c>CASCADED</c> or <c>LOCAL</c>: <c>WITH … CHECK OPTION</c>.</summary>
    public string? CheckOption { get; init; }
    /// <summary>View parameters for <c>WITH (…)</c>; <c>true</c> writes the bare name.</summary>
    public IReadOnlyList<KeyValuePair<string, SqlValue>>? Options { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

internal sealed record CreateView(SqlName View, ViewOptions Options, string Definition) : MigrationOperation
{
    public override string Method => "CreateView";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var columns = o.Columns is { Count: > 0 } ? $"({n.IdentList(o.Columns)})" : "";
        var check = string.IsNullOrEmpty(o.CheckOption) ? "" : $" WITH {o.CheckOption} CHECK OPTION";
        return [$"CREATE{SqlText.If(o.Replace, " OR REPLACE")}{SqlText.If(o.Temporary, " TEMPORARY")}{SqlText.If(o.Recursive, " RECURSIVE")} VIEW {n.Quote(View)}{columns}{Parameters.With(o.Options)} AS {Definition}{check};"];
    }

    public override IMigrationOperation Reverse() => new DropObject("DropView", "VIEW", View, Options.IfExists, Options.Cascade);
}

/// <summary><c>ALTER VIEW … SET (…)</c> / <c>RESET (…)</c>: a null value (<see cref="SqlValue.Null"/>) resets.</summary>
internal sealed record AlterView(SqlName View, IReadOnlyList<KeyValuePair<string, SqlValue>> Options) : MigrationOperation
{
    public override string Method => "AlterView";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        return [string.Join("\n", Parameters.SetAndReset(Options).Select(c => $"ALTER VIEW {n.Quote(View)} {c};"))];
    }
}

/// <summary><c>ALTER VIEW … ALTER COLUMN … SET DEFAULT</c>, or <c>DROP DEFAULT</c> for <see cref="SqlValue.Null"/>.</summary>
internal sealed record AlterViewColumn(SqlName View, string Column, SqlValue? Default) : MigrationOperation
{
    public override string Method => "AlterViewColumn";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [AlterClauses.Default(Default) is { } action ? $"ALTER VIEW {n.Quote(View)} ALTER COLUMN {n.Ident(Column)} {action};" : ""];
}
