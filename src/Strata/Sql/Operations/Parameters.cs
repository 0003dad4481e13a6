namespace Strata.Sql.Operations;

/// <summary>Storage and view parameters, written <c>name</c> (true) or <c>name = value</c> (value as text).</summary>
internal static class Parameters
{
    public static string ToSql(IEnumerable<KeyValuePair<string, SqlValue>> parameters) =>
        string.Join(", ", parameters.Select(p => p.Value.Text == "true" ? p.Key : $"{p.Key} = {p.Value.Text}"));
}
