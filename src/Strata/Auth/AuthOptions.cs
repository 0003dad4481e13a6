using System.Text.Json;

namespace Strata.Auth;

/// <summary>
/// The part of better-auth's options that decides the schema, under better-auth's own names
/// (the <c>auth</c> section of <c>.migraterc.json</c>).
/// </summary>
internal sealed record AuthOptions
{
    /// <summary><c>emailAndPassword.enabled</c>. It adds no column: <c>account.password</c> is always there.</summary>
    public bool EmailAndPassword { get; init; }
    /// <summary><c>user</c>: the <c>user</c> table's name, field renames and additional fields.</summary>
    public ModelOptions User { get; init; } = new();
    /// <summary><c>session</c>.</summary>
    public ModelOptions Session { get; init; } = new();
    /// <summary><c>account</c>.</summary>
    public ModelOptions Account { get; init; } = new();
    /// <summary><c>verification</c>.</summary>
    public ModelOptions Verification { get; init; } = new();
    /// <summary><c>advanced.database.generateId</c>.</summary>
    public IdGeneration GenerateId { get; init; } = IdGeneration.Text;
    /// <summary>
    /// <c>secondaryStorage</c> is set (in JSON <c>true</c>; in <c>auth.ts</c> any value): sessions and verification
    /// values then live there, and their tables exist only with <see cref="StoreSessionInDatabase"/> and
    /// <see cref="StoreVerificationInDatabase"/>.
    /// </summary>
    public bool SecondaryStorage { get; init; }
    /// <summary><c>session.storeSessionInDatabase</c>: keeps the <c>session</c> table next to a secondary storage.</summary>
    public bool StoreSessionInDatabase { get; init; }
    /// <summary><c>verification.storeInDatabase</c>: keeps the <c>verification</c> table next to a secondary storage.</summary>
    public bool StoreVerificationInDatabase { get; init; }
    /// <summary>
    /// <c>rateLimit</c> with <c>storage: "database"</c>: the <c>rateLimit</c> table, with its <c>modelName</c> and
    /// field renames; null for memory or secondary storage (no table).
    /// </summary>
    public ModelOptions? RateLimitTable { get; init; }
    /// <summary>
    /// <c>database.schemaName</c> (a kysely <c>dialect</c> or <c>db</c> with <c>type: "postgres"</c>): the schema
    /// the auth tables are in, created by the first migration; null for the connection's <c>current_schema()</c>.
    /// </summary>
    public string? SchemaName { get; init; }
    /// <summary><c>plugins</c>, in order: plugin tables and fields follow this order.</summary>
    public IReadOnlyList<PluginOptions> Plugins { get; init; } = [];

    /// <summary>The options as read, as the JSON of an <c>auth</c> section (what <c>strata auth config</c> prints).</summary>
    public string Json { get; init; } = "{}";

    /// <summary>
    /// Reads the options from a JSON object. Unknown keys, plugins and field types are errors naming them,
    /// prefixed by <paramref name="path"/> (where the object sits in its file).
    /// </summary>
    /// <exception cref="StrataException">Bad input (<see cref="FailureKind.Input"/>).</exception>
    public static AuthOptions Parse(JsonElement json, string path = "auth") => AuthOptionsParser.Parse(json, path);
}
