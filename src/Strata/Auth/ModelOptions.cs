namespace Strata.Auth;

/// <summary>The options of one core model (<c>user</c>, <c>session</c>, <c>account</c>, <c>verification</c>).</summary>
internal sealed record ModelOptions
{
    /// <summary><c>modelName</c>: the stored table name.</summary>
    public string? ModelName { get; init; }
    /// <summary><c>fields</c>: core field → stored column name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
    /// <summary><c>additionalFields</c>, in the order written (it is the column order).</summary>
    public IReadOnlyList<KeyValuePair<string, FieldDefinition>> AdditionalFields { get; init; } = [];
}
