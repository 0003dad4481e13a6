namespace Strata.Auth;

/// <summary>Short constructors for the field tables of the core schema and the plugins.</summary>
internal static class SchemaField
{
    public static FieldDefinition String(bool required = true) => new(FieldType.String) { Required = required };
    public static FieldDefinition Number(bool required = true) => new(FieldType.Number) { Required = required };
    public static FieldDefinition Boolean(bool required = true) => new(FieldType.Boolean) { Required = required };
    public static FieldDefinition Date(bool required = true) => new(FieldType.Date) { Required = required };

    /// <summary>A required string referencing <paramref name="model"/>.id, deleted with it.</summary>
    public static FieldDefinition Reference(string model, bool index = true) =>
        String() with { References = new FieldReference(model, "id"), Index = index };

    public static KeyValuePair<string, FieldDefinition> Named(this FieldDefinition field, string key) => new(key, field);
}
