namespace Strata.Sql.Operations;

/// <summary><c>GRANT role TO role [WITH ADMIN OPTION]</c>; reversed by the matching REVOKE.</summary>
internal sealed record GrantRoles(IReadOnlyList<SqlName> Roles, IReadOnlyList<SqlName> To, bool WithAdminOption, bool RevokeOnlyAdminOption = false, bool RevokeCascade = false) : MigrationOperation
{
    public override string Method => "GrantRoles";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"GRANT {n.QuotedList(Roles)} TO {n.QuotedList(To)}{SqlText.If(WithAdminOption, " WITH ADMIN OPTION")};"];

    public override IMigrationOperation Reverse() => new RevokeRoles(Roles, To, RevokeOnlyAdminOption, RevokeCascade);
}

internal sealed record RevokeRoles(IReadOnlyList<SqlName> Roles, IReadOnlyList<SqlName> From, bool OnlyAdminOption, bool Cascade) : MigrationOperation
{
    public override string Method => "RevokeRoles";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"REVOKE{SqlText.If(OnlyAdminOption, " ADMIN OPTION FOR")} {n.QuotedList(Roles)} FROM {n.QuotedList(From)}{SqlText.If(Cascade, " CASCADE")};"];
}

/// <summary>
/// What a privilege is granted on: schemas (<c>ON SCHEMA a, b</c>), tables (<c>ON a, b</c>) or all
/// tables of a schema (<c>ON ALL TABLES IN SCHEMA s</c>).
/// </summary>
internal sealed record GrantTarget(string Keyword, IReadOnlyList<SqlName> Names, string? AllTablesInSchema = null)
{
    public string ToSql(SqlNaming n) => AllTablesInSchema is not null
        ? $"ALL TABLES IN SCHEMA {n.Ident(AllTablesInSchema)}"
        : Keyword + n.QuotedList(Names);
}

/// <summary><c>GRANT privileges ON target TO roles</c>; reversed by the matching REVOKE.</summary>
internal sealed record GrantOn(string Method, IReadOnlyList<string> Privileges, GrantTarget Target, IReadOnlyList<SqlName> Roles, bool WithGrantOption, bool RevokeOnlyGrantOption = false, bool RevokeCascade = false)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"GRANT {string.Join(", ", Privileges)} ON {Target.ToSql(n)} TO {RoleList(Roles, n)}{SqlText.If(WithGrantOption, " WITH GRANT OPTION")};"];

    // PUBLIC is a keyword, not a role name, so it must stay unquoted.
    internal static string RoleList(IEnumerable<SqlName> roles, SqlNaming n) =>
        string.Join(", ", roles.Select(r => r is { Schema: null, Name: "PUBLIC" } ? "PUBLIC" : n.Quote(r)));

    public IMigrationOperation Reverse() =>
        new RevokeOn(Method.Replace("Grant", "Revoke"), Privileges, Target, Roles, RevokeOnlyGrantOption, RevokeCascade);
}

internal sealed record RevokeOn(string Method, IReadOnlyList<string> Privileges, GrantTarget Target, IReadOnlyList<SqlName> Roles, bool OnlyGrantOption, bool Cascade)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"REVOKE{SqlText.If(OnlyGrantOption, " GRANT OPTION FOR")} {string.Join(", ", Privileges)} ON {Target.ToSql(n)} FROM {GrantOn.RoleList(Roles, n)}{SqlText.If(Cascade, " CASCADE")};"];

    public IMigrationOperation? Reverse() => null;
}
