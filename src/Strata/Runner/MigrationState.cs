namespace Strata.Runner;

/// <summary>Where one app migration stands.</summary>
public enum MigrationStatus
{
    /// <summary>Ran, and its file is as it was then (or it was run by node-pg-migrate, which keeps no checksum).</summary>
    Applied,
    /// <summary>Not run yet.</summary>
    Pending,
    /// <summary>Ran, but its file changed since (drift).</summary>
    Changed,
    /// <summary>Ran, but its file is gone (drift).</summary>
    Missing,
}

/// <summary>One row of <c>strata status</c> for the app track.</summary>
public sealed record MigrationState(string Name, MigrationStatus Status, DateTime? RunOn, string? File)
{
    /// <summary>What a drifted migration means and what to do, as every run reports it; null when it has not drifted.</summary>
    public string? Describe() => Status switch
    {
        MigrationStatus.Missing => $"{Name} was applied, but its file is gone: restore it, or roll it back with the file in place.",
        MigrationStatus.Changed => $"{Name} changed since it was applied ({File}'s checksum differs from the recorded one): restore it as it was, or put the change in a new migration; `migrate down` of it needs --allow-drift.",
        _ => null,
    };
}
