using Strata.App;

namespace Strata.Runner;

/// <summary>
/// A migration read and checked for the up direction: its script, or — for a C# migration that reads pgm.Db —
/// the compiled class to build against the connection it will run on.
/// </summary>
internal sealed record LoadedMigration(MigrationFile File, MigrationScript? Script, Migration? Deferred);
