namespace Strata.Auth;

/// <summary>better-auth's logical field types, as written in its options (<c>type: "string"</c> …).</summary>
internal enum FieldType
{
    /// <summary><c>string</c>: <c>text</c>.</summary>
    String,
    /// <summary><c>number</c>: <c>integer</c>, or <c>bigint</c> with <c>bigint: true</c>.</summary>
    Number,
    /// <summary><c>boolean</c>: <c>boolean</c>.</summary>
    Boolean,
    /// <summary><c>date</c>: <c>timestamptz</c>.</summary>
    Date,
    /// <summary><c>json</c>: <c>jsonb</c>.</summary>
    Json,
    /// <summary><c>string[]</c>: <c>jsonb</c> (better-auth stores arrays as JSON, not as PostgreSQL arrays).</summary>
    StringArray,
    /// <summary><c>number[]</c>: <c>jsonb</c>.</summary>
    NumberArray,
    /// <summary>An array of string literals (<c>type: ["free", "pro"]</c>): <c>text</c>, no check constraint.</summary>
    Enum,
}
