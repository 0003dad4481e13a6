namespace Strata.Runner;

/// <summary>A row of the tracking table: a migration that ran, when, and the checksum of its file then (null when node-pg-migrate ran it).</summary>
internal sealed record AppliedMigration(string Name, DateTime RunOn, string? Checksum);
