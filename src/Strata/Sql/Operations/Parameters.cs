namespace Strata.Sql.Operations;

/// <summary>Storage and view parameters, written <c>name</c> (true) or <c>name = value</c> (value as text).</summary>
internal static class Parameters
{
    public static string ToSql(IEnumerable<KeyValuePair<string, SqlValue>> parameters) =>
        string.Join(", ", parameters.Select(p => p.Value.Text == "true" ? p.Key : $"{p.Key} = {p.Value.Text}"));

    /// <summary>The <c> WITH (…)</c> clause of a CREATE, or nothing when there are no parameters.</summary>
    public static string With(IReadOnlyList<KeyValuePair<string, SqlValue>>? parameters) =>
        parameters is { Count: > 0 } ? $" WITH ({ToSql(parameters)})" : "";

    /// <summary><c>SET (…)</c> for the parameters with a value and <c>RESET (…)</c> for those set to <see cref="SqlValue.Null"/>.</summary>
    public static List<string> SetAndReset(IReadOnlyList<KeyValuePair<string, SqlValue>> parameters)
    {
        var clauses = new List<string>();
        var set = parameters.Where(p => !p.Value.IsNull).ToList();
        if (set.Count > 0) clauses.Add($"SET ({ToSql(set)})");
        var reset = parameters.Where(p => p.Value.IsNull).Select(p => p.Key).ToList();
        if (reset.Count > 0) clauses.Add($"RESET ({string.Join(", ", reset)})");
        return clauses;
    }
}
