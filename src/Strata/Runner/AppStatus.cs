namespace Strata.Runner;

/// <summary>The app track at a glance: every migration, applied or pending, and drift.</summary>
public sealed record AppStatus(IReadOnlyList<MigrationState> Migrations)
{
    public int Pending => Migrations.Count(m => m.Status == MigrationStatus.Pending);
    public int Drifted => Migrations.Count(m => m.Status is MigrationStatus.Changed or MigrationStatus.Missing);
    public bool UpToDate => Pending == 0 && Drifted == 0;

    /// <summary>Compares the files with the history. Applied rows come first, in the order they ran; then pending files.</summary>
    internal static AppStatus Compare(IReadOnlyList<App.MigrationFile> files, IReadOnlyList<AppliedMigration> applied, Func<App.MigrationFile, string> checksum)
    {
        var byName = files.ToDictionary(f => f.Name);
        var rows = new List<MigrationState>();
        foreach (var a in applied)
        {
            if (!byName.TryGetValue(a.Name, out var file))
                rows.Add(new MigrationState(a.Name, MigrationStatus.Missing, a.RunOn, null));
            else
                rows.Add(new MigrationState(a.Name,
                    a.Checksum is null || a.Checksum == checksum(file) ? MigrationStatus.Applied : MigrationStatus.Changed,
                    a.RunOn, App.MigrationDiscovery.Relative(file.Path)));
        }
        var done = applied.Select(a => a.Name).ToHashSet();
        foreach (var f in files.Where(f => !done.Contains(f.Name)))
            rows.Add(new MigrationState(f.Name, MigrationStatus.Pending, null, App.MigrationDiscovery.Relative(f.Path)));
        return new AppStatus(rows);
    }
}
