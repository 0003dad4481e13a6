namespace Strata.Sql.Operations;

/// <summary><c>GRANT role TO role [WITH ADMIN OPTION]</c>; reversed by the matching REVOKE.</summary>
internal sealed record GrantRoles(IReadOnlyList<SqlName> Roles, IReadOnlyList<SqlName> To, bool WithAdminOption, bool RevokeOnlyAdminOption = false, bool RevokeCascade = false) : MigrationOperation
{
    public override string Method => "GrantRoles";

    public override IReadOnlyList<string> ToSql() =>
        [$"GRANT {SqlText.QuotedList(Roles)} TO {SqlText.QuotedList(To)}{SqlText.If(WithAdminOption, " WITH ADMIN OPTION")};"];

    public override IMigrationOperation Reverse() => new RevokeRoles(Roles, To, RevokeOnlyAdminOption, RevokeCascade);
}

internal sealed record RevokeRoles(IReadOnlyList<SqlName> Roles, IReadOnlyList<SqlName> From, bool OnlyAdminOption, bool Cascade) : MigrationOperation
{
    public override string Method => "RevokeRoles";

    public override IReadOnlyList<string> ToSql() =>
        [$"REVOKE{SqlText.If(OnlyAdminOption, " ADMIN OPTION FOR")} {SqlText.QuotedList(Roles)} FROM {SqlText.QuotedList(From)}{SqlText.If(Cascade, " CASCADE")};"];
}

/// <summary>
/// What a privilege is granted on: schemas (<c>ON SCHEMA a, b</c>), tables (<c>ON a, b</c>) or all
/// tables of a schema (<c>ON ALL TABLES IN SCHEMA s</c>).
/// </summary>
internal sealed record GrantTarget(string Keyword, IReadOnlyList<SqlName> Names, string? AllTablesInSchema = null)
{
    public string ToSql() => AllTablesInSchema is not null
        ? $"ALL TABLES IN SCHEMA {SqlQuote.Ident(AllTablesInSchema)}"
        : Keyword + SqlText.QuotedList(Names);
}

/// <summary><c>GRANT privileges ON target TO roles</c>; reversed by the matching REVOKE.</summary>
internal sealed record GrantOn(string Method, IReadOnlyList<string> Privileges, GrantTarget Target, IReadOnlyList<SqlName> Roles, bool WithGrantOption, bool RevokeOnlyGrantOption = false, bool RevokeCascade = false)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql() =>
        [$"GRANT {string.Join(", ", Privileges)} ON {Target.ToSql()} TO {RoleList(Roles)}{SqlText.If(WithGrantOption, " WITH GRANT OPTION")};"];

    // PUBLIC is a keyword, not a role name, so it must stay unquoted.
    internal static string RoleList(IEnumerable<SqlName> roles) =>
        string.Join(", ", roles.Select(r => r is { Schema: null, Name: "PUBLIC" } ? "PUBLIC" : r.Quoted));

    public IMigrationOperation Reverse() =>
        new RevokeOn(Method.Replace("Grant", "Revoke"), Privileges, Target, Roles, RevokeOnlyGrantOption, RevokeCascade);
}

internal sealed record RevokeOn(string Method, IReadOnlyList<string> Privileges, GrantTarget Target, IReadOnlyList<SqlName> Roles, bool OnlyGrantOption, bool Cascade)
    : IMigrationOperation
{
    public IReadOnlyList<string> ToSql() =>
        [$"REVOKE{SqlText.If(OnlyGrantOption, " GRANT OPTION FOR")} {string.Join(", ", Privileges)} ON {Target.ToSql()} FROM {GrantOn.RoleList(Roles)}{SqlText.If(Cascade, " CASCADE")};"];

    public IMigrationOperation? Reverse() => null;
}
