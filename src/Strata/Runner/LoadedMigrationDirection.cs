using Strata.App;

namespace Strata.Runner;

/// <summary>The run's word for which way a loaded migration goes (the App layer knows only up or not).</summary>
internal static class LoadedMigrationDirection
{
    public static Direction Direction(this LoadedMigration migration) => migration.Up ? Runner.Direction.Up : Runner.Direction.Down;
}
