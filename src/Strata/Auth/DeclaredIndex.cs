namespace Strata.Auth;

/// <summary>
/// An entry of a plugin table's <c>indexes</c> list (better-auth 1.7): an index over one or more fields, by logical
/// field key. Its columns are the fields' stored names; better-auth names it like a field's index,
/// <c>&lt;table&gt;_&lt;column&gt;_&lt;column&gt;…_&lt;idx|uidx&gt;</c>.
/// </summary>
/// <param name="Fields">The indexed fields' keys, in index order.</param>
/// <param name="Unique">A unique index.</param>
internal sealed record DeclaredIndex(IReadOnlyList<string> Fields, bool Unique);
