namespace Strata.Sql.Operations;

/// <summary>
/// A function's <c>SET configuration_parameter TO value</c> (node-pg-migrate's <c>{ configurationParameter, value }</c>),
/// or <c>FROM CURRENT</c> when the value is <c>"FROM CURRENT"</c>.
/// </summary>
/// <param name="ConfigurationParameter">The parameter, quoted as a name.</param>
/// <param name="Value">The value, written as is.</param>
public sealed record ConfigurationSetting(string ConfigurationParameter, string Value)
{
    internal string ToSql(SqlNaming n) =>
        Value == "FROM CURRENT" ? $"SET {n.Ident(ConfigurationParameter)} FROM CURRENT" : $"SET {n.Ident(ConfigurationParameter)} TO {Value}";
}
