using System.Collections;
using System.Runtime.CompilerServices;

namespace Strata.Sql.Operations;

/// <summary>
/// One name or several, as node-pg-migrate's <c>Name | Name[]</c>: <c>"a"</c> or <c>["a", "b"]</c>
/// (the columns of one unique constraint, of a primary key, of a foreign key).
/// </summary>
[CollectionBuilder(typeof(SqlNames), nameof(Create))]
public sealed class SqlNames : IReadOnlyList<SqlName>
{
    private readonly SqlName[] _names;

    private SqlNames(SqlName[] names) => _names = names;

    /// <summary>Builds the list a collection expression (<c>["a", "b"]</c>) writes.</summary>
    public static SqlNames Create(ReadOnlySpan<SqlName> names) => new(names.ToArray());

    public static implicit operator SqlNames(string name) => new([name]);

    public static implicit operator SqlNames(SqlName name) => new([name]);

    public SqlName this[int index] => _names[index];

    public int Count => _names.Length;

    public IEnumerator<SqlName> GetEnumerator() => ((IEnumerable<SqlName>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _names.GetEnumerator();
}
