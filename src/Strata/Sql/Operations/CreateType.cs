namespace Strata.Sql.Operations;

/// <summary><c>CREATE TYPE … AS ENUM (…)</c> when <see cref="Values"/> is given, else a composite type of <see cref="Attributes"/>.</summary>
internal sealed record CreateType(SqlName Type, IReadOnlyList<SqlValue>? Values, IReadOnlyList<KeyValuePair<string, string>>? Attributes, TypeShorthands Shorthands, DropFlags Drop = default)
    : MigrationOperation
{
    public override string Method => "CreateType";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        if (Values is not null)
            return [$"CREATE TYPE {n.Quote(Type)} AS ENUM ({string.Join(", ", Values.Select(v => v.ToSql()))});"];
        var attributes = Attributes!.Select(a => $"{n.Ident(a.Key)} {Shorthands.ApplyType(a.Value)}");
        return [$"CREATE TYPE {n.Quote(Type)} AS (\n{string.Join(",\n", attributes)}\n);"];
    }

    public override IMigrationOperation Reverse() => new DropObject("DropType", "TYPE", Type, Drop.IfExists, Drop.Cascade);
}

/// <summary><c>ALTER TYPE … ADD ATTRIBUTE</c>; reversed by dropping it.</summary>
internal sealed record AddTypeAttribute(SqlName Type, string Attribute, string AttributeType, TypeShorthands Shorthands, bool DropIfExists = false) : MigrationOperation
{
    public override string Method => "AddTypeAttribute";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER TYPE {n.Quote(Type)} ADD ATTRIBUTE {n.Ident(Attribute)} {Shorthands.ApplyType(AttributeType)};"];

    public override IMigrationOperation Reverse() => new DropTypeAttribute(Type, Attribute, DropIfExists);
}

internal sealed record DropTypeAttribute(SqlName Type, string Attribute, bool IfExists) : MigrationOperation
{
    public override string Method => "DropTypeAttribute";

    // node-pg-migrate 9.0.0 writes IF EXISTS after the attribute name, which PostgreSQL rejects;
    // this writes it where PostgreSQL's grammar has it (a documented divergence).
    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER TYPE {n.Quote(Type)} DROP ATTRIBUTE{SqlText.If(IfExists, " IF EXISTS")} {n.Ident(Attribute)};"];
}

internal sealed record SetTypeAttribute(SqlName Type, string Attribute, string AttributeType, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "SetTypeAttribute";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER TYPE {n.Quote(Type)} ALTER ATTRIBUTE {n.Ident(Attribute)} SET DATA TYPE {Shorthands.ApplyType(AttributeType)};"];
}

/// <summary><c>ALTER TYPE … ADD VALUE</c>: irreversible, PostgreSQL cannot drop an enum value.</summary>
internal sealed record AddTypeValue(SqlName Type, SqlValue Value, string? Before, string? After, bool IfNotExists) : MigrationOperation
{
    public override string Method => "AddTypeValue";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        if (!string.IsNullOrEmpty(Before) && !string.IsNullOrEmpty(After))
            throw new ArgumentException("\"before\" and \"after\" can't be specified together");
        var before = string.IsNullOrEmpty(Before) ? "" : $" BEFORE {SqlValue.DollarQuote(Before)}";
        var after = string.IsNullOrEmpty(After) ? "" : $" AFTER {SqlValue.DollarQuote(After)}";
        return [$"ALTER TYPE {n.Quote(Type)} ADD VALUE{SqlText.If(IfNotExists, " IF NOT EXISTS")} {Value.ToSql()}{before}{after};"];
    }
}
