namespace Strata.Sql.Operations;

/// <summary><c>CREATE EXTENSION</c>, one step per extension.</summary>
internal sealed record CreateExtension(IReadOnlyList<string> Extensions, bool IfNotExists, string? Schema, DropFlags Drop = default) : MigrationOperation
{
    public override string Method => "CreateExtension";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [.. Extensions.Select(e => $"CREATE EXTENSION{SqlText.If(IfNotExists, " IF NOT EXISTS")} {n.Ident(e)}{(string.IsNullOrEmpty(Schema) ? "" : $" SCHEMA {n.Ident(Schema)}")};")];

    public override IMigrationOperation Reverse() => new DropObject("DropExtension", "EXTENSION", [.. Extensions.Select(e => (SqlName)e)], Drop.IfExists, Drop.Cascade);
}
