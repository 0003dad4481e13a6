namespace Strata.Auth;

/// <summary>
/// A field's <c>defaultValue</c>, reduced to what can reach the database. JSON cannot hold better-auth's
/// function defaults, so a date field's <c>"now"</c> stands for <c>() =&gt; new Date()</c>; object and array
/// values are accepted but never written (better-auth's CLI does not write them either).
/// </summary>
internal abstract record FieldDefault
{
    private FieldDefault() { }

    /// <summary>A string default.</summary>
    public static FieldDefault String(string value) => new Value(Sql.SqlQuote.Literal(value));

    /// <summary>A number default, written as JavaScript writes the number.</summary>
    public static FieldDefault Number(double value) => new Value(JavaScriptNumber.ToString(value));

    /// <summary>A boolean default.</summary>
    public static FieldDefault Boolean(bool value) => new Value(value ? "true" : "false");

    /// <summary><c>() =&gt; new Date()</c>: <c>default CURRENT_TIMESTAMP</c> on a date field.</summary>
    public sealed record Now : FieldDefault;

    /// <summary>A string, number or boolean, already written as SQL (<c>'en'</c>, <c>0</c>, <c>false</c>), as kysely writes it.</summary>
    public sealed record Value : FieldDefault
    {
        // Only the factories above make one, so the SQL is always a quoted or formatted literal.
        internal Value(string sql) => Sql = sql;

        /// <summary>The literal as SQL.</summary>
        public string Sql { get; }
    }
}
