namespace Strata.Auth;

/// <summary>Short constructors for the field tables of the core schema and the plugins.</summary>
internal static class SchemaField
{
    public static FieldDefinition String(bool required = true) => new(FieldType.String) { Required = required };
    public static FieldDefinition Number(bool required = true) => new(FieldType.Number) { Required = required };
    public static FieldDefinition Boolean(bool required = true) => new(FieldType.Boolean) { Required = required };
    public static FieldDefinition Date(bool required = true) => new(FieldType.Date) { Required = required };
    public static FieldDefinition Json(bool required = true) => new(FieldType.Json) { Required = required };
    public static FieldDefinition StringArray(bool required = true) => new(FieldType.StringArray) { Required = required };

    /// <summary>A required string referencing <paramref name="model"/>.id, deleted with it.</summary>
    public static FieldDefinition Reference(string model, bool index = true) =>
        String() with { References = new FieldReference(model, "id"), Index = index };

    /// <summary><c>index: true</c>.</summary>
    public static FieldDefinition Indexed(this FieldDefinition field) => field with { Index = true };

    /// <summary><c>unique: true</c>.</summary>
    public static FieldDefinition Unique(this FieldDefinition field) => field with { Unique = true };

    /// <summary><c>references: { model, field, onDelete }</c>, without an index of its own.</summary>
    public static FieldDefinition References(this FieldDefinition field, string model, string column = "id", string onDelete = "cascade") =>
        field with { References = new FieldReference(model, column, onDelete) };

    public static KeyValuePair<string, FieldDefinition> Named(this FieldDefinition field, string key) => new(key, field);
}
