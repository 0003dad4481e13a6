namespace Strata.Sql.Operations;

/// <summary>
/// <c>CREATE CAST (source AS target)</c> with a function, <c>WITH INOUT</c>, or <c>WITHOUT FUNCTION</c>.
/// Types are written as given.
/// </summary>
internal sealed record CreateCast(string Source, string Target, SqlName? Function, IReadOnlyList<string>? ArgumentTypes, bool Inout, string? As, DropFlags Drop = default)
    : MigrationOperation
{
    public override string Method => "CreateCast";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var conversion = Function is { } function
            ? $" WITH FUNCTION {n.Quote(function)}({string.Join(", ", ArgumentTypes ?? [Source])})"
            : Inout ? " WITH INOUT" : " WITHOUT FUNCTION";
        return [$"CREATE CAST ({Source} AS {Target}){conversion}{(string.IsNullOrEmpty(As) ? "" : $" AS {As}")};"];
    }

    public override IMigrationOperation Reverse() => new DropObject("DropCast", "CAST", [SqlName.Raw($"({Source} AS {Target})")], Drop.IfExists);
}
