namespace Strata.Sql.Operations;

/// <summary>A foreign key: <c>FOREIGN KEY (columns) REFERENCES …</c>.</summary>
public sealed record ForeignKey
{
    /// <summary>The referencing column, or columns.</summary>
    public required SqlNames Columns { get; init; }
    /// <summary>The referenced table; text starting with <c>"</c> or ending with <c>)</c> (<c>users(id)</c>) is written as is.</summary>
    public required SqlName References { get; init; }
    /// <summary>The constraint's name, over the constraint name given to <c>AddConstraint</c>.</summary>
    public string? ReferencesConstraintName { get; init; }
    /// <summary>A comment on the constraint.</summary>
    public string? ReferencesConstraintComment { get; init; }
    /// <summary>The <c>ON DELETE</c> action.</summary>
    public string? OnDelete { get; init; }
    /// <summary>The <c>ON UPDATE</c> action.</summary>
    public string? OnUpdate { get; init; }
    /// <summary><c>FULL</c> or <c>SIMPLE</c>.</summary>
    public string? Match { get; init; }
}

/// <summary>
/// Table constraints (node-pg-migrate's <c>ConstraintOptions</c>). Unnamed constraints get
/// node-pg-migrate's names: <c>{table}_pkey</c>, <c>{table}_uniq_{cols}</c>, <c>{table}_fk_{cols}</c>,
/// <c>{table}_chck</c> / <c>_chck_{n}</c>, <c>{table}_excl</c>.
/// </summary>
public sealed record ConstraintOptions
{
    /// <summary>One check, named <c>{table}_chck</c>.</summary>
    public string? Check { get; init; }
    /// <summary>Several checks, named <c>{table}_chck_1</c>, <c>_2</c> ….</summary>
    public IReadOnlyList<string>? Checks { get; init; }
    /// <summary>One unique constraint, on a column (<c>"a"</c>) or several (<c>["a", "b"]</c>), named <c>{table}_uniq_{columns}</c>.</summary>
    public SqlNames? Unique { get; init; }
    /// <summary>Several unique constraints, one per entry: <c>[["a", "b"], "c"]</c>.</summary>
    public IReadOnlyList<SqlNames>? Uniques { get; init; }
    /// <summary>The primary key column or columns, named <c>{table}_pkey</c> unless named.</summary>
    public SqlNames? PrimaryKey { get; init; }
    /// <summary>One foreign key, named <c>{table}_fk_{columns}</c> unless named.</summary>
    public ForeignKey? ForeignKey { get; init; }
    /// <summary>Several foreign keys.</summary>
    public IReadOnlyList<ForeignKey>? ForeignKeys { get; init; }
    /// <summary>The text after EXCLUDE, e.g. <c>USING gist (r WITH &amp;&amp;)</c>.</summary>
    public string? Exclude { get; init; }
    /// <summary>Every constraint here is <c>DEFERRABLE INITIALLY IMMEDIATE</c>, or <c>DEFERRED</c> with <see cref="Deferred"/>.</summary>
    public bool Deferrable { get; init; }
    /// <summary>With <see cref="Deferrable"/>: <c>INITIALLY DEFERRED</c>.</summary>
    public bool Deferred { get; init; }
    /// <summary>A comment on the constraint; needs a constraint name.</summary>
    public string? Comment { get; init; }

    /// <summary>The constraint clauses and their comments: node-pg-migrate's parseConstraints.</summary>
    internal (List<string> Constraints, List<string> Comments) ToSql(SqlName table, string? name, SqlNaming n)
    {
        var constraints = new List<string>();
        var comments = new List<string>();
        string Named(string generated) => n.Ident(string.IsNullOrEmpty(name) ? generated : name);

        if (!string.IsNullOrEmpty(Check))
            constraints.Add($"CONSTRAINT {Named($"{table.Name}_chck")} CHECK ({Check})");
        if (Checks is { Count: > 0 })
            for (var i = 0; i < Checks.Count; i++)
                constraints.Add($"CONSTRAINT {Named($"{table.Name}_chck_{i + 1}")} CHECK ({Checks[i]})");
        foreach (var columns in Unique is null ? Uniques ?? [] : [Unique, .. Uniques ?? []])
            constraints.Add($"CONSTRAINT {Named($"{table.Name}_uniq_{string.Join("_", columns.Select(c => c.Name))}")} UNIQUE ({n.QuotedList(columns)})");
        if (PrimaryKey is { Count: > 0 })
            constraints.Add($"CONSTRAINT {Named($"{table.Name}_pkey")} PRIMARY KEY ({n.QuotedList(PrimaryKey)})");
        foreach (var fk in ForeignKey is null ? ForeignKeys ?? [] : [ForeignKey, .. ForeignKeys ?? []])
        {
            var fkName = n.Ident(!string.IsNullOrEmpty(fk.ReferencesConstraintName) ? fk.ReferencesConstraintName
                : !string.IsNullOrEmpty(name) ? name
                : $"{table.Name}_fk_{string.Join("_", fk.Columns.Select(c => c.Name))}");
            constraints.Add($"CONSTRAINT {fkName} FOREIGN KEY ({n.QuotedList(fk.Columns)}) {References.ToSql(fk.References, fk.Match, fk.OnDelete, fk.OnUpdate, n)}");
            if (!string.IsNullOrEmpty(fk.ReferencesConstraintComment))
                comments.Add(SqlText.Comment($"CONSTRAINT {fkName} ON", n.Quote(table), fk.ReferencesConstraintComment));
        }
        if (!string.IsNullOrEmpty(Exclude))
            constraints.Add($"CONSTRAINT {Named($"{table.Name}_excl")} EXCLUDE {Exclude}");
        if (Deferrable)
            constraints = [.. constraints.Select(c => $"{c} {References.Deferrable(Deferred)}")];
        if (!string.IsNullOrEmpty(Comment))
        {
            if (string.IsNullOrEmpty(name))
                throw new ArgumentException("cannot comment on unspecified constraints");
            comments.Add(SqlText.Comment($"CONSTRAINT {n.Ident(name)} ON", n.Quote(table), Comment));
        }
        return (constraints, comments);
    }
}
