namespace Strata;

/// <summary>What went wrong, in the terms of the exit code a script sees.</summary>
public enum FailureKind
{
    /// <summary>A migration or the database failed (exit code 1).</summary>
    Database = 1,
    /// <summary>Bad usage, configuration or input (exit code 2).</summary>
    Input = 2,
}

/// <summary>
/// An expected failure with a message meant for a person: it names the culprit
/// (file, key, URL part) and never holds a password.
/// </summary>
public class StrataException : Exception
{
    public StrataException(FailureKind kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;

    public FailureKind Kind { get; }

    public static StrataException Input(string message, Exception? inner = null) => new(FailureKind.Input, message, inner);
    public static StrataException Database(string message, Exception? inner = null) => new(FailureKind.Database, message, inner);
}
