namespace Strata.Sql.Operations;

/// <summary>A partition key column with its collation and operator class.</summary>
public sealed record PartitionColumn(string Name)
{
    /// <summary><c>COLLATE</c>; a bare name is quoted.</summary>
    public string? Collate { get; init; }
    /// <summary>The operator class, written as is.</summary>
    public string? Opclass { get; init; }

    public static implicit operator PartitionColumn(string name) => new(name);
}

/// <summary><c>PARTITION BY strategy (columns)</c>.</summary>
public sealed record Partition(string Strategy, IReadOnlyList<PartitionColumn> Columns);

/// <summary><c>LIKE table INCLUDING … EXCLUDING …</c>.</summary>
public sealed record Like(SqlName Table)
{
    /// <summary><c>INCLUDING</c> options (<c>DEFAULTS</c>, <c>CONSTRAINTS</c>, <c>ALL</c> …).</summary>
    public IReadOnlyList<string> Including { get; init; } = [];
    /// <summary><c>EXCLUDING</c> options (<c>INDEXES</c> …).</summary>
    public IReadOnlyList<string> Excluding { get; init; } = [];

    public static implicit operator Like(string table) => new((SqlName)table);

    internal string ToSql(SqlNaming n) =>
        $"LIKE {n.Quote(Table)}{string.Concat(Including.Select(o => $" INCLUDING {o}"))}{string.Concat(Excluding.Select(o => $" EXCLUDING {o}"))}";
}

/// <summary>The options of <c>CreateTable</c> (node-pg-migrate's <c>TableOptions</c>).</summary>
internal sealed record TableOptions
{
    /// <summary><c>TEMPORARY</c>.</summary>
    public bool Temporary { get; init; }
    /// <summary><c>UNLOGGED</c>.</summary>
    public bool Unlogged { get; init; }
    /// <summary><c>IF NOT EXISTS</c>.</summary>
    public bool IfNotExists { get; init; }
    /// <summary><c>INHERITS (parent)</c>.</summary>
    public SqlName? Inherits { get; init; }
    /// <summary><c>LIKE table</c> with its options.</summary>
    public Like? Like { get; init; }
    /// <summary>Table constraints.</summary>
    public ConstraintOptions? Constraints { get; init; }
    /// <summary>A table comment; <see cref="SqlValue.Null"/> writes <c>COMMENT … IS NULL</c>.</summary>
    public SqlValue? Comment { get; init; }
    /// <summary><c>PARTITION BY</c>.</summary>
    public Partition? Partition { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c> and <c>CASCADE</c>.</summary>
    public DropFlags Drop { get; init; }
}

internal sealed record CreateTable(SqlName Table, Columns Columns, TableOptions Options, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "CreateTable";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var columns = ColumnWriter.Write(Table, Columns, Shorthands, n);
        var constraints = Options.Constraints ?? new ConstraintOptions();
        if (columns.PrimaryKey.Count > 0)
        {
            if (constraints.PrimaryKey is not null)
                throw new ArgumentException("There is duplicate constraint definition in table and columns options: primaryKey");
            constraints = constraints with { PrimaryKey = [.. columns.PrimaryKey] };
        }
        var (constraintLines, constraintComments) = constraints.ToSql(Table, "", n);
        var definition = columns.Lines.Concat(constraintLines).ToList();
        if (Options.Like is { } like) definition.Add(like.ToSql(n));
        if (Options.Temporary && Options.Unlogged)
            throw new ArgumentException("TEMPORARY and UNLOGGED cannot be used together.");

        var inherits = Options.Inherits is { } parent ? $" INHERITS ({n.Quote(parent)})" : "";
        var partition = Options.Partition is { } p
            ? $" PARTITION BY {p.Strategy} ({string.Join(", ", p.Columns.Select(c => PartitionColumnSql(c, n)))})"
            : "";
        var sql = $"CREATE{SqlText.If(Options.Temporary, " TEMPORARY")}{SqlText.If(Options.Unlogged, " UNLOGGED")} TABLE"
            + $"{SqlText.If(Options.IfNotExists, " IF NOT EXISTS")} {n.Quote(Table)} (\n{SqlText.Lines(definition)}\n){inherits}{partition};";

        var comments = columns.Comments.Concat(constraintComments).ToList();
        if (Options.Comment is not null) comments.Add(SqlText.Comment("TABLE", n.Quote(Table), Options.Comment));
        return [comments.Count > 0 ? sql + "\n" + string.Join("\n", comments) : sql];
    }

    private static string PartitionColumnSql(PartitionColumn column, SqlNaming n) =>
        n.Ident(column.Name)
        + (string.IsNullOrEmpty(column.Collate) ? "" : $" COLLATE {SqlText.Collation(column.Collate)}")
        + (string.IsNullOrEmpty(column.Opclass) ? "" : $" {column.Opclass}");

    public override IMigrationOperation Reverse() => new DropObject("DropTable", "TABLE", Table, Options.Drop.IfExists, Options.Drop.Cascade);
}

/// <summary><c>ALTER TABLE … ENABLE ROW LEVEL SECURITY</c>, <c>SET [UN]LOGGED</c>.</summary>
internal sealed record AlterTable(SqlName Table, string? LevelSecurity, bool? Unlogged) : MigrationOperation
{
    public override string Method => "AlterTable";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var clauses = new List<string>();
        if (!string.IsNullOrEmpty(LevelSecurity)) clauses.Add($"{LevelSecurity} ROW LEVEL SECURITY");
        if (Unlogged == true) clauses.Add("SET UNLOGGED");
        else if (Unlogged == false) clauses.Add("SET LOGGED");
        if (clauses.Count == 0) throw new ArgumentException("No table options provided for alterTable");
        return [$"ALTER TABLE {n.Quote(Table)}\n  {SqlText.Lines(clauses)};"];
    }
}
