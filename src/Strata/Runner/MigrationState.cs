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
public sealed record MigrationState(string Name, MigrationStatus Status, DateTime? RunOn, string? File);
