namespace Strata.Sql.Operations;

/// <summary>The changes <c>AlterColumn</c> makes; unset properties are left alone.</summary>
internal sealed record AlterColumnOptions
{
    /// <summary><c>SET DATA TYPE</c>; type adapters apply (<c>int</c> → <c>integer</c>), shorthands do not, as in node-pg-migrate.</summary>
    public string? Type { get; init; }
    /// <summary><c>SET DEFAULT</c>; <see cref="SqlValue.Null"/> drops the default.</summary>
    public SqlValue? Default { get; init; }
    /// <summary>True: <c>SET NOT NULL</c>; false: <c>DROP NOT NULL</c>.</summary>
    public bool? NotNull { get; init; }
    /// <summary>True: <c>DROP NOT NULL</c>.</summary>
    public bool AllowNull { get; init; }
    /// <summary><c>COLLATE</c> with the type change; a bare name is quoted.</summary>
    public string? Collation { get; init; }
    /// <summary>The USING expression of a type change.</summary>
    public string? Using { get; init; }
    /// <summary>A new comment; <see cref="SqlValue.Null"/> removes it.</summary>
    public SqlValue? Comment { get; init; }
    /// <summary>Make the column an identity column.</summary>
    public Identity? SequenceGenerated { get; init; }
    /// <summary><c>DROP IDENTITY</c> (node-pg-migrate: <c>sequenceGenerated: null</c>).</summary>
    public bool DropIdentity { get; init; }
    /// <summary><c>SET EXPRESSION AS (…)</c> of a generated column.</summary>
    public string? ExpressionGenerated { get; init; }
    /// <summary><c>DROP EXPRESSION</c> (node-pg-migrate: <c>expressionGenerated: null</c>).</summary>
    public bool DropExpression { get; init; }
}

internal sealed record AlterColumn(SqlName Table, string Column, AlterColumnOptions Options, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "AlterColumn";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var actions = new List<string>();
        if (AlterClauses.Default(o.Default) is { } setDefault) actions.Add(setDefault);
        if (!string.IsNullOrEmpty(o.Type))
            actions.Add($"SET DATA TYPE {TypeShorthands.Adapt(o.Type)}"
                + (string.IsNullOrEmpty(o.Collation) ? "" : $" COLLATE {SqlText.Collation(o.Collation)}")
                + (string.IsNullOrEmpty(o.Using) ? "" : $" USING {o.Using}"));
        if (AlterClauses.NotNull(o.NotNull, o.AllowNull) is { } nullability) actions.Add(nullability);
        if (o.SequenceGenerated is { } identity) actions.Add(identity.ToSql("ADD ", Shorthands));
        else if (o.DropIdentity) actions.Add("DROP IDENTITY");
        if (o.ExpressionGenerated is { } expression) actions.Add($"SET EXPRESSION AS ({expression})");
        else if (o.DropExpression) actions.Add("DROP EXPRESSION");

        var queries = new List<string>();
        if (actions.Count > 0)
            queries.Add($"ALTER TABLE {n.Quote(Table)}\n{SqlText.Lines(actions, $"  ALTER {n.Ident(Column)} ")};");
        if (o.Comment is not null)
            queries.Add(SqlText.Comment("COLUMN", $"{n.Quote(Table)}.{n.Ident(Column)}", o.Comment));
        return [string.Join("\n", queries)];
    }
}
