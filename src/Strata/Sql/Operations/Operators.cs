namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreateOperator</c>.</summary>
internal sealed record OperatorOptions
{
    /// <summary>The implementing function.</summary>
    public required SqlName Procedure { get; init; }
    /// <summary>The left operand type; none for a prefix operator.</summary>
    public SqlName? Left { get; init; }
    /// <summary>The right operand type.</summary>
    public SqlName? Right { get; init; }
    /// <summary><c>COMMUTATOR</c>, a symbol written bare.</summary>
    public SqlName? Commutator { get; init; }
    /// <summary><c>NEGATOR</c>, a symbol written bare.</summary>
    public SqlName? Negator { get; init; }
    /// <summary><c>RESTRICT</c> selectivity function.</summary>
    public SqlName? Restrict { get; init; }
    /// <summary><c>JOIN</c> selectivity function.</summary>
    public SqlName? Join { get; init; }
    /// <summary><c>HASHES</c>.</summary>
    public bool Hashes { get; init; }
    /// <summary><c>MERGES</c>.</summary>
    public bool Merges { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

/// <summary>An entry of an operator class or family: <c>OPERATOR n name(params)</c> or <c>FUNCTION n name(params)</c>.</summary>
public sealed record OperatorListItem(string Type, int Number, SqlName Name)
{
    /// <summary>Operand types (operators, at most two) or argument types (functions).</summary>
    public IReadOnlyList<FunctionParam> Params { get; init; } = [];

    /// <summary><c>OPERATOR number name(operand types)</c>.</summary>
    public static OperatorListItem Operator(int number, SqlName name, params FunctionParam[] parameters) => new("operator", number, name) { Params = parameters };
    /// <summary><c>FUNCTION number name(argument types)</c>.</summary>
    public static OperatorListItem Function(int number, SqlName name, params FunctionParam[] parameters) => new("function", number, name) { Params = parameters };

    // withName false is the DROP form of ALTER OPERATOR FAMILY, which names entries by number and
    // operand types only; node-pg-migrate writes the name there too, which PostgreSQL rejects.
    internal string ToSql(TypeShorthands shorthands, SqlNaming n, bool withName = true)
    {
        if (Type.Equals("operator", StringComparison.OrdinalIgnoreCase))
        {
            if (Params.Count > 2) throw new ArgumentException("Operator can't have more than 2 parameters");
            // An operator name is a symbol, which PostgreSQL does not accept quoted; node-pg-migrate quotes it.
            var parameters = Params.Count > 0 ? FunctionParam.List(Params, shorthands, n) : "";
            return withName ? $"OPERATOR {Number} {n.Unquote(Name)}{parameters}" : $"OPERATOR {Number} {parameters}";
        }
        if (Type.Equals("function", StringComparison.OrdinalIgnoreCase))
            return withName
                ? $"FUNCTION {Number} {n.Quote(Name)}{FunctionParam.List(Params, shorthands, n)}"
                : $"FUNCTION {Number} {FunctionParam.List(Params, shorthands, n)}";
        throw new ArgumentException("Operator \"type\" must be either \"function\" or \"operator\"");
    }

    internal static string List(IEnumerable<OperatorListItem> items, TypeShorthands shorthands, SqlNaming n, bool withNames = true) =>
        string.Join(",\n  ", items.Select(i => i.ToSql(shorthands, n, withNames)));
}

/// <summary>
/// <c>CREATE OPERATOR</c>. The operator's own name and its commutator and negator are written
/// unquoted (they are symbols); the functions and types are quoted.
/// </summary>
internal sealed record CreateOperator(SqlName Operator, OperatorOptions Options) : MigrationOperation
{
    public override string Method => "CreateOperator";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var defs = new List<string> { $"PROCEDURE = {n.Quote(o.Procedure)}" };
        if (o.Left is { } left) defs.Add($"LEFTARG = {ArgumentType(left, n)}");
        if (o.Right is { } right) defs.Add($"RIGHTARG = {ArgumentType(right, n)}");
        if (o.Commutator is { } commutator) defs.Add($"COMMUTATOR = {n.Unquote(commutator)}");
        if (o.Negator is { } negator) defs.Add($"NEGATOR = {n.Unquote(negator)}");
        if (o.Restrict is { } restrict) defs.Add($"RESTRICT = {n.Quote(restrict)}");
        if (o.Join is { } join) defs.Add($"JOIN = {n.Quote(join)}");
        if (o.Hashes) defs.Add("HASHES");
        if (o.Merges) defs.Add("MERGES");
        return [$"CREATE OPERATOR {n.Unquote(Operator)} ({string.Join(", ", defs)});"];
    }

    public override IMigrationOperation Reverse() => new DropOperator(Operator, Options.Left, Options.Right, Options.IfExists, Options.Cascade);

    // node-pg-migrate quotes operand types, which is right for real type names ("int4", "mood") but breaks
    // the SQL-standard spellings that are keywords, not names ("integer" quoted names no type), and it
    // writes a missing operand as "none" where the keyword NONE is meant. Those are written bare here;
    // everything else is quoted as node-pg-migrate does.
    internal static string ArgumentType(SqlName type, SqlNaming n) =>
        type.Schema is null && (KeywordTypes.Contains(type.Name) || type.Name.Contains(' ') || type.Name.Contains('(')) ? type.Name : n.Quote(type);

    private static readonly HashSet<string> KeywordTypes =
        ["bigint", "boolean", "character", "dec", "decimal", "double", "float", "int", "integer", "national", "nchar", "real", "smallint"];
}

/// <summary><c>DROP OPERATOR op(left, right)</c>, a missing operand written NONE.</summary>
internal sealed record DropOperator(SqlName Operator, SqlName? Left, SqlName? Right, bool IfExists, bool Cascade) : MigrationOperation
{
    public override string Method => "DropOperator";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [SqlText.Drop(IfExists, Cascade, "OPERATOR",
            $"{n.Unquote(Operator)}({(Left is { } l ? CreateOperator.ArgumentType(l, n) : "NONE")}, {(Right is { } r ? CreateOperator.ArgumentType(r, n) : "NONE")})")];
}

/// <summary><c>CREATE OPERATOR CLASS … FOR TYPE … USING … AS …</c>.</summary>
internal sealed record CreateOperatorClass(SqlName OperatorClass, string Type, string IndexMethod, IReadOnlyList<OperatorListItem> Operators, bool IsDefault, string? Family, TypeShorthands Shorthands, DropFlags Drop = default)
    : MigrationOperation
{
    public override string Method => "CreateOperatorClass";

    // The type takes node-pg-migrate's adapters but not user shorthands, as there.
    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"CREATE OPERATOR CLASS {n.Quote(OperatorClass)}{SqlText.If(IsDefault, " DEFAULT")} FOR TYPE {CreateOperator.ArgumentType(TypeShorthands.Default.ApplyType(Type), n)} USING {n.Ident(IndexMethod)}{(string.IsNullOrEmpty(Family) ? "" : $" FAMILY {Family}")} AS\n  {OperatorListItem.List(Operators, Shorthands, n)};"];

    public override IMigrationOperation Reverse() => new DropObject("DropOperatorClass", "OPERATOR CLASS", OperatorClass, Drop.IfExists, Drop.Cascade, $" USING {IndexMethod}");
}

internal sealed record CreateOperatorFamily(SqlName OperatorFamily, string IndexMethod, DropFlags Drop = default) : MigrationOperation
{
    public override string Method => "CreateOperatorFamily";

    public override IReadOnlyList<string> ToSql(SqlNaming n) => [$"CREATE OPERATOR FAMILY {n.Quote(OperatorFamily)} USING {IndexMethod};"];

    public override IMigrationOperation Reverse() => new DropObject("DropOperatorFamily", "OPERATOR FAMILY", OperatorFamily, Drop.IfExists, Drop.Cascade, $" USING {IndexMethod}");
}

/// <summary><c>ALTER OPERATOR FAMILY … ADD</c> (or <c>DROP</c>) a list of operators and functions; adding is reversed by dropping.</summary>
internal sealed record AlterOperatorFamily(string Method, SqlName OperatorFamily, string IndexMethod, IReadOnlyList<OperatorListItem> Operators, bool Add, TypeShorthands Shorthands)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER OPERATOR FAMILY {n.Quote(OperatorFamily)} USING {IndexMethod} {(Add ? "ADD" : "DROP")}\n  {OperatorListItem.List(Operators, Shorthands, n, withNames: Add)};"];

    public IMigrationOperation? Reverse() => Add ? this with { Method = "RemoveFromOperatorFamily", Add = false } : null;
}
