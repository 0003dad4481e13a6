namespace Strata.Sql.Operations;

internal sealed record CreateSchema(string Schema, bool IfNotExists, string? Authorization, DropFlags Drop = default) : MigrationOperation
{
    public override string Method => "CreateSchema";

    // AUTHORIZATION is written as given, like node-pg-migrate, so CURRENT_USER and quoted names both work.
    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"CREATE SCHEMA{SqlText.If(IfNotExists, " IF NOT EXISTS")} {n.Ident(Schema)}{(string.IsNullOrEmpty(Authorization) ? "" : $" AUTHORIZATION {Authorization}")};"];

    public override IMigrationOperation Reverse() => new DropObject("DropSchema", "SCHEMA", Schema, Drop.IfExists, Drop.Cascade);
}
