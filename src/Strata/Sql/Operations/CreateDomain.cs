namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreateDomain</c> and <c>AlterDomain</c>.</summary>
internal sealed record DomainOptions
{
    /// <summary>The default; in <c>AlterDomain</c>, <see cref="SqlValue.Null"/> drops it.</summary>
    public SqlValue? Default { get; init; }
    /// <summary>True: NOT NULL; in <c>AlterDomain</c>, false drops it.</summary>
    public bool? NotNull { get; init; }
    /// <summary><c>AlterDomain</c> only: <c>DROP NOT NULL</c>.</summary>
    public bool AllowNull { get; init; }
    /// <summary><c>CHECK (expression)</c> on <c>VALUE</c>; not together with <see cref="NotNull"/> in <c>CreateDomain</c>.</summary>
    public string? Check { get; init; }
    /// <summary>The name of the NOT NULL or CHECK constraint.</summary>
    public string? ConstraintName { get; init; }
    /// <summary><c>CreateDomain</c> only, written as is.</summary>
    public string? Collation { get; init; }
    /// <summary><c>CreateDomain</c> only, for the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary><c>CreateDomain</c> only, for the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

internal sealed record CreateDomain(SqlName Domain, string Type, DomainOptions Options, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "CreateDomain";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var constraints = new List<string>();
        if (!string.IsNullOrEmpty(o.Collation)) constraints.Add($"COLLATE {SqlText.Collation(o.Collation)}");
        if (o.Default is { } value) constraints.Add($"DEFAULT {value.ToSql()}");
        var notNull = o.NotNull == true;
        var check = !string.IsNullOrEmpty(o.Check);
        if (notNull && check) throw new ArgumentException("\"notNull\" and \"check\" can't be specified together");
        if (notNull || check)
        {
            if (!string.IsNullOrEmpty(o.ConstraintName)) constraints.Add($"CONSTRAINT {n.Ident(o.ConstraintName)}");
            constraints.Add(notNull ? "NOT NULL" : $"CHECK ({o.Check})");
        }
        var tail = constraints.Count > 0 ? " " + string.Join(" ", constraints) : "";
        return [$"CREATE DOMAIN {n.Quote(Domain)} AS {Shorthands.ApplyType(Type)}{tail};"];
    }

    public override IMigrationOperation Reverse() => new DropObject("DropDomain", "DOMAIN", Domain, Options.IfExists, Options.Cascade);
}

/// <summary>One <c>ALTER DOMAIN</c> statement per change, in one step.</summary>
internal sealed record AlterDomain(SqlName Domain, DomainOptions Options) : MigrationOperation
{
    public override string Method => "AlterDomain";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var actions = new List<string>();
        if (AlterClauses.Default(o.Default) is { } setDefault) actions.Add(setDefault);
        if (AlterClauses.NotNull(o.NotNull, o.AllowNull) is { } nullability) actions.Add(nullability);
        // node-pg-migrate writes ALTER DOMAIN d CHECK (…), which PostgreSQL rejects; ADD is what it means.
        if (!string.IsNullOrEmpty(o.Check))
            actions.Add($"ADD {(string.IsNullOrEmpty(o.ConstraintName) ? "" : $"CONSTRAINT {n.Ident(o.ConstraintName)} ")}CHECK ({o.Check})");
        return [string.Join(";\n", actions.Select(a => $"ALTER DOMAIN {n.Quote(Domain)} {a}")) + ";"];
    }
}
