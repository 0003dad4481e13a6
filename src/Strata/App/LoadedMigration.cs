using Strata.App.CSharp;

namespace Strata.App;

/// <summary>
/// One direction of a migration, read and checked before anything runs: its script, or — for a C# migration that
/// reads pgm.Db — the compiled class, <see cref="Deferred"/>, built against the connection it runs on
/// (<see cref="MigrationLoader.BuildDeferredAsync"/>). A faked run loads neither.
/// </summary>
internal sealed record LoadedMigration(MigrationFile File, bool Up, MigrationScript? Script, string Checksum, Migration? Deferred = null);
