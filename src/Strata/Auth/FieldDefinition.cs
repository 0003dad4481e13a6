namespace Strata.Auth;

/// <summary>
/// A field as better-auth declares it (core, plugin or <c>additionalFields</c>), before it becomes a column.
/// Attributes that only matter at run time (<c>input</c>, <c>returned</c>, <c>sortable</c> …) are not kept.
/// </summary>
/// <param name="Type">The logical type.</param>
internal sealed record FieldDefinition(FieldType Type)
{
    /// <summary>better-auth treats a missing <c>required</c> as required: only <c>false</c> makes the column nullable.</summary>
    public bool Required { get; init; } = true;
    /// <summary><c>unique: true</c>.</summary>
    public bool Unique { get; init; }
    /// <summary><c>index: true</c>.</summary>
    public bool Index { get; init; }
    /// <summary><c>bigint: true</c> on a number field.</summary>
    public bool BigInt { get; init; }
    /// <summary><c>defaultValue</c>, as far as the database sees it.</summary>
    public FieldDefault? Default { get; init; }
    /// <summary><c>references</c>.</summary>
    public FieldReference? References { get; init; }
    /// <summary><c>fieldName</c>: the stored column name when it differs from the field's key.</summary>
    public string? FieldName { get; init; }
}
