using Strata.Auth;

namespace Strata.Runner;

/// <summary>
/// What <c>auth generate</c> found: the file better-auth's CLI would write (empty when the schema is up
/// to date) and the name it would give it.
/// </summary>
public sealed class AuthGenerateResult
{
    internal AuthGenerateResult(AuthScript script, string fileName)
    {
        Script = script;
        FileName = fileName;
    }

    internal AuthScript Script { get; }

    /// <summary>better-auth's name for the file (in <c>better-auth_migrations/</c>), e.g. <c>2026-11-24T22-45-52.137Z.sql</c>.</summary>
    public string FileName { get; }

    /// <summary>The statements the diff calls for, in the order they run.</summary>
    public IReadOnlyList<string> Statements => Script.Statements;

    /// <summary>The file's text, with the DO-NOT-RUN banner when a change is unsafe.</summary>
    public string Text => Script.Text;

    /// <summary>Nothing to do: no file is written.</summary>
    public bool UpToDate => Script.IsEmpty;

    /// <summary>Columns that differ from the schema in type or nullability (reported, not changed).</summary>
    public IReadOnlyList<ColumnDrift> Drift => Script.Changes.Drift;
}

/// <summary>
/// The outcome of <c>auth migrate</c>. Expected failures are data: a refusal (<see cref="UnsafeChanges"/>,
/// nothing was run) or a failed statement (<see cref="Failure"/>, the transaction was rolled back).
/// </summary>
/// <param name="Statements">The statements the diff called for, in the order they run.</param>
/// <param name="UnsafeChanges">Why the changes cannot run on this database; when any, nothing ran.</param>
/// <param name="Drift">Columns that differ from the schema in type or nullability (reported, not changed).</param>
/// <param name="Applied">The statements ran and were committed.</param>
/// <param name="DryRun">Only planned: nothing was locked or changed.</param>
/// <param name="Failure">The statement that failed, if one did.</param>
/// <param name="Elapsed">The whole run, lock included.</param>
public sealed record AuthMigrateResult(
    IReadOnlyList<string> Statements,
    IReadOnlyList<string> UnsafeChanges,
    IReadOnlyList<ColumnDrift> Drift,
    bool Applied,
    bool DryRun,
    MigrationFailure? Failure,
    TimeSpan Elapsed)
{
    /// <summary>The database already has every auth table and column.</summary>
    public bool UpToDate => Statements.Count == 0;

    /// <summary>The changes were refused because running them would fail or corrupt rows (better-auth refuses too).</summary>
    public bool Refused => UnsafeChanges.Count > 0;

    /// <summary>Neither refused nor failed.</summary>
    public bool Succeeded => Failure is null && !Refused;
}
