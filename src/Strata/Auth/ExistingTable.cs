namespace Strata.Auth;

/// <summary>A table already in the database, as far as better-auth's diff looks at it.</summary>
/// <param name="Name">The stored name.</param>
/// <param name="Columns">The stored column names.</param>
/// <param name="HasRows">Whether it holds a row: adding a required column without a default is then unsafe.</param>
public sealed record ExistingTable(string Name, IReadOnlyList<string> Columns, bool HasRows = false);
