namespace Strata.Sql.Operations;

/// <summary>
/// Raw SQL from <c>pgm.Sql</c>, with node-pg-migrate's templating: each <c>{key}</c> is replaced by its
/// argument — a string as a quoted identifier (meant for <c>{table}</c>), anything else as a value.
/// A final semicolon is added when missing. Irreversible.
/// </summary>
internal sealed record RawSql(string Sql, IReadOnlyList<KeyValuePair<string, SqlValue>> Args) : MigrationOperation
{
    public override string Method => "Sql";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var statement = Sql;
        foreach (var (key, value) in Args)
            statement = statement.Replace("{" + key + "}", value.IsString ? n.Ident(value.Text) : value.ToSql());
        return [statement.EndsWith(';') ? statement : statement + ";"];
    }
}
