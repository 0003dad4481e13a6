namespace Strata.Auth;

/// <summary>A field's <c>references</c>: better-auth's names, resolved to stored names when the model is built.</summary>
/// <param name="Model">The referenced model: a logical name (<c>user</c>), a <c>modelName</c>, or any other table.</param>
/// <param name="Field">The referenced field; <c>id</c> makes the column take the id type (text, uuid or integer).</param>
/// <param name="OnDelete">One of <see cref="OnDeleteActions"/>; better-auth's default is <c>cascade</c>.</param>
internal sealed record FieldReference(string Model, string Field, string OnDelete = "cascade")
{
    /// <summary>The actions kysely accepts, as PostgreSQL spells them (they are written into the SQL as they are).</summary>
    public static IReadOnlyList<string> OnDeleteActions { get; } = ["cascade", "set null", "restrict", "no action", "set default"];
}
