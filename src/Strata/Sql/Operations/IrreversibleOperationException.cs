namespace Strata.Sql.Operations;

/// <summary>A down-migration was to be inferred from an up-migration holding an operation that cannot be undone mechanically.</summary>
public sealed class IrreversibleOperationException : StrataException
{
    /// <summary>The builder method that cannot be reversed, and why when it is not simply "irreversible".</summary>
    public IrreversibleOperationException(string method, string? message = null)
        : base(FailureKind.Database, message ?? $"Impossible to automatically infer down migration for \"pgm.{method}()\"; write Down() yourself.")
        => Method = method;

    /// <summary>The builder method that cannot be reversed.</summary>
    public string Method { get; }
}
