namespace Strata.Auth;

/// <summary>
/// What the database already has in the target schema: the tables and their columns. A stand-in the
/// caller fills until introspection produces a <see cref="SchemaModel"/>; better-auth's own diff needs no more.
/// </summary>
/// <param name="Tables">The tables of the schema better-auth migrates (<c>current_schema()</c>).</param>
public sealed record ExistingSchema(IReadOnlyList<ExistingTable> Tables)
{
    /// <summary>A database with none of the auth tables.</summary>
    public static ExistingSchema Empty { get; } = new([]);

    /// <summary>The table of that exact name, or null.</summary>
    public ExistingTable? Find(string table) => Tables.FirstOrDefault(t => t.Name == table);
}
