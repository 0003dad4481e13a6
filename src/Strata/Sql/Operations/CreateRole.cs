namespace Strata.Sql.Operations;

/// <summary>Role attributes; unset ones are not written (<c>CreateRole</c> writes the defaults explicitly, as node-pg-migrate does).</summary>
internal sealed record RoleOptions
{
    /// <summary><c>SUPERUSER</c> / <c>NOSUPERUSER</c>.</summary>
    public bool? Superuser { get; init; }
    /// <summary><c>CREATEDB</c> / <c>NOCREATEDB</c>.</summary>
    public bool? CreateDb { get; init; }
    /// <summary><c>CREATEROLE</c> / <c>NOCREATEROLE</c>.</summary>
    public bool? CreateRole { get; init; }
    /// <summary><c>INHERIT</c> / <c>NOINHERIT</c>.</summary>
    public bool? Inherit { get; init; }
    /// <summary><c>LOGIN</c> / <c>NOLOGIN</c>.</summary>
    public bool? Login { get; init; }
    /// <summary><c>REPLICATION</c> / <c>NOREPLICATION</c>.</summary>
    public bool? Replication { get; init; }
    /// <summary><c>BYPASSRLS</c> / <c>NOBYPASSRLS</c>.</summary>
    public bool? BypassRls { get; init; }
    /// <summary><c>CONNECTION LIMIT</c>; 0 is not written.</summary>
    public int? Limit { get; init; }
    /// <summary><c>ENCRYPTED PASSWORD</c>, dollar-quoted.</summary>
    public SqlValue? Password { get; init; }
    /// <summary>False: <c>UNENCRYPTED PASSWORD</c> (rejected since PostgreSQL 10).</summary>
    public bool? Encrypted { get; init; }
    /// <summary><c>VALID UNTIL</c>; an empty string means <c>'infinity'</c>.</summary>
    public SqlValue? Valid { get; init; }
    /// <summary><c>IN ROLE</c> roles, written as is.</summary>
    public IReadOnlyList<string>? InRole { get; init; }
    /// <summary><c>ROLE</c> members, written as is.</summary>
    public IReadOnlyList<string>? Role { get; init; }
    /// <summary><c>ADMIN</c> roles, written as is.</summary>
    public IReadOnlyList<string>? Admin { get; init; }

    internal string ToSql()
    {
        var options = new List<string>();
        void Flag(bool? value, string name) { if (value is { } v) options.Add(v ? name : "NO" + name); }
        Flag(Superuser, "SUPERUSER");
        Flag(CreateDb, "CREATEDB");
        Flag(CreateRole, "CREATEROLE");
        Flag(Inherit, "INHERIT");
        Flag(Login, "LOGIN");
        Flag(Replication, "REPLICATION");
        Flag(BypassRls, "BYPASSRLS");
        if (Limit is { } limit and not 0) options.Add($"CONNECTION LIMIT {limit}");
        if (Password is { } password) options.Add($"{(Encrypted == false ? "UNENCRYPTED" : "ENCRYPTED")} PASSWORD {password.ToSql()}");
        if (Valid is { } valid) options.Add($"VALID UNTIL {(valid.IsTruthy ? valid.ToSql() : "'infinity'")}");
        if (InRole is { Count: > 0 }) options.Add($"IN ROLE {string.Join(", ", InRole)}");
        if (Role is { Count: > 0 }) options.Add($"ROLE {string.Join(", ", Role)}");
        if (Admin is { Count: > 0 }) options.Add($"ADMIN {string.Join(", ", Admin)}");
        return string.Join(" ", options);
    }
}

internal sealed record CreateRole(SqlName Role, RoleOptions Options, DropFlags Drop = default) : MigrationOperation
{
    public override string Method => "CreateRole";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var options = (Options with
        {
            Superuser = Options.Superuser ?? false,
            CreateDb = Options.CreateDb ?? false,
            CreateRole = Options.CreateRole ?? false,
            Inherit = Options.Inherit ?? true,
            Login = Options.Login ?? false,
            Replication = Options.Replication ?? false,
        }).ToSql();
        return [$"CREATE ROLE {n.Quote(Role)}{(options.Length > 0 ? $" WITH {options}" : "")};"];
    }

    public override IMigrationOperation Reverse() => new DropObject("DropRole", "ROLE", Role, Drop.IfExists);
}

internal sealed record AlterRole(SqlName Role, RoleOptions Options) : MigrationOperation
{
    public override string Method => "AlterRole";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var options = Options.ToSql();
        return [options.Length > 0 ? $"ALTER ROLE {n.Quote(Role)} WITH {options};" : ""];
    }
}
