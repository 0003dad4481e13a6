namespace Strata.Auth;

/// <summary>
/// A field's <c>defaultValue</c>, reduced to what can reach the database. JSON cannot hold better-auth's
/// function defaults, so a date field's <c>"now"</c> stands for <c>() =&gt; new Date()</c>; object and array
/// values are accepted but never written (better-auth's CLI does not write them either).
/// </summary>
public abstract record FieldDefault
{
    private FieldDefault() { }

    /// <summary><c>() =&gt; new Date()</c>: <c>default CURRENT_TIMESTAMP</c> on a date field.</summary>
    public sealed record Now : FieldDefault;

    /// <summary>A string, number or boolean, already written as SQL (<c>'en'</c>, <c>0</c>, <c>false</c>).</summary>
    /// <param name="Sql">The literal as kysely writes it.</param>
    public sealed record Value(string Sql) : FieldDefault;
}
