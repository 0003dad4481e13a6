using Strata.App;

namespace Strata.Runner;

/// <summary>The migrations a run executes, in order, and the applied migrations whose files drifted.</summary>
internal sealed record MigrationPlan(IReadOnlyList<(MigrationFile File, Direction Direction)> Steps, IReadOnlyList<MigrationState> Drift);

/// <summary>
/// Picks what a request runs from the files and the history, and refuses what would lose data or break the
/// history before anything runs. Pure: no connection; the checksum of a file is asked of the caller.
/// </summary>
internal sealed class MigrationPlanner(bool checkOrder, string migrationsDirectory)
{
    public MigrationPlan Plan(IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied, RunRequest request, Func<MigrationFile, string> checksum)
    {
        CheckRequest(request);
        var byName = files.ToDictionary(f => f.Name);
        if (checkOrder) CheckOrder(files, applied, byName);
        var drift = AppStatus.Compare(files, applied, checksum).Migrations
            .Where(m => m.Status is MigrationStatus.Changed or MigrationStatus.Missing).ToList();

        var steps = new List<(MigrationFile, Direction)>();
        var downs = request.Direction == Direction.Down || request.Redo ? Downs(files, applied, request, byName) : [];
        if (!request.Fake && !request.AllowDrift) RefuseDrifted(downs, drift);
        foreach (var f in downs) steps.Add((f, Direction.Down));
        if (request.Redo)
        {
            foreach (var f in Enumerable.Reverse(downs)) steps.Add((f, Direction.Up));
        }
        else if (request.Direction == Direction.Up)
        {
            var pending = Ups(files, applied, request, byName);
            foreach (var f in pending) steps.Add((f, Direction.Up));
        }
        return new MigrationPlan(steps, drift);
    }

    static void CheckRequest(RunRequest request)
    {
        bool down = request.Direction == Direction.Down || request.Redo;
        if (down && request.Count == 0)
            throw StrataException.Input($"`{(request.Redo ? "redo" : "down")} 0` rolls back every migration, dropping what they made with its data: pass --all to mean that (`strata migrate {(request.Redo ? "redo" : "down")} --all`).");
    }

    List<MigrationFile> Downs(IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied, RunRequest request, Dictionary<string, MigrationFile> byName)
    {
        List<AppliedMigration> chosen;
        if (request.Name is { } name)
        {
            int at = applied.ToList().FindLastIndex(a => a.Name == name);
            if (at < 0)
                throw StrataException.Input(byName.ContainsKey(name) ? $"{name} has not been applied, so it cannot be rolled back." : $"There is no migration named {name} in {Relative(migrationsDirectory)} or in the history.");
            var after = applied.Skip(at + 1).Select(a => a.Name).ToList();
            if (checkOrder && after.Count > 0)
                throw StrataException.Input($"{name} is not the last applied migration ({string.Join(", ", after)} {(after.Count == 1 ? "was" : "were")} applied after it): rolling it back alone leaves a history that check-order refuses. To roll back it and everything after it: strata migrate down --to {name}; to roll back only it, set \"check-order\": false.");
            chosen = [applied[at]];
        }
        else if (request.To is { } to)
        {
            int at = applied.ToList().FindLastIndex(a => a.Name == to);
            if (at < 0)
                throw StrataException.Input(byName.ContainsKey(to) ? $"{to} has not been applied, so it cannot be rolled back." : $"There is no migration named {to} in {Relative(migrationsDirectory)} or in the history.");
            chosen = applied.Skip(at).ToList();
        }
        else if (request.Timestamp is { } since)
        {
            chosen = applied.Where(a => byName.TryGetValue(a.Name, out var f) && f.Prefix >= since).ToList();
        }
        else
        {
            int count = request.All ? 0 : request.Count ?? 1;
            chosen = count == 0 ? applied.ToList() : applied.TakeLast(count).ToList();
        }
        var missing = chosen.Where(a => !byName.ContainsKey(a.Name)).Select(a => a.Name).ToList();
        if (missing.Count > 0)
            throw StrataException.Input($"Cannot roll back {string.Join(", ", missing)}: no such file in {Relative(migrationsDirectory)}.");
        return chosen.AsEnumerable().Reverse().Select(a => byName[a.Name]).ToList();
    }

    List<MigrationFile> Ups(IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied, RunRequest request, Dictionary<string, MigrationFile> byName)
    {
        var appliedNames = applied.Select(a => a.Name).ToHashSet();
        var pending = files.Where(f => !appliedNames.Contains(f.Name)).ToList();
        if (request.Name is { } name)
        {
            int at = pending.FindIndex(f => f.Name == name);
            if (at < 0)
                throw StrataException.Input(appliedNames.Contains(name) ? $"{name} is already applied." : $"There is no migration named {name} in {Relative(migrationsDirectory)}.");
            if (checkOrder && at > 0)
                throw StrataException.Input($"{name} sorts after pending {Names(pending.Take(at))}: applying it alone leaves a history that check-order refuses on every later run. To apply everything up to it: strata migrate up --to {name}; to apply only it, set \"check-order\": false.");
            return [pending[at]];
        }
        if (request.To is { } to)
        {
            // Files come in order, so "up to NAME" is every pending file up to NAME's place in the folder.
            int last = files.ToList().FindIndex(f => f.Name == to);
            if (last < 0)
                throw StrataException.Input($"There is no migration named {to} in {Relative(migrationsDirectory)}.");
            var upTo = files.Take(last + 1).Select(f => f.Name).ToHashSet();
            return pending.Where(f => upTo.Contains(f.Name)).ToList();
        }
        if (request.Timestamp is { } until) return pending.Where(f => f.Prefix <= until).ToList();
        if (request.Count is { } count) return pending.Take(count).ToList();
        return pending;
    }

    /// <summary>A Down built from a file that changed since it ran undoes the edited migration, not the one that ran.</summary>
    static void RefuseDrifted(List<MigrationFile> downs, List<MigrationState> drift)
    {
        var changed = drift.Where(d => d.Status == MigrationStatus.Changed).Select(d => d.Name).ToHashSet();
        var refused = downs.Where(f => changed.Contains(f.Name)).Select(f => f.Name).ToList();
        if (refused.Count == 0) return;
        bool one = refused.Count == 1;
        throw StrataException.Input($"{string.Join(", ", refused)} changed since {(one ? "it was" : "they were")} applied (the file's checksum differs from the recorded one), so {(one ? "its" : "their")} Down would undo the edited file, not what ran. Restore {(one ? "the file" : "the files")} as applied (e.g. from version control) and run again; or, if the Down as written now is right for this database, pass --allow-drift (preview it with --dry-run --allow-drift).");
    }

    void CheckOrder(IReadOnlyList<MigrationFile> files, IReadOnlyList<AppliedMigration> applied, Dictionary<string, MigrationFile> byName)
    {
        var gone = applied.Where(a => !byName.ContainsKey(a.Name)).Select(a => a.Name).ToList();
        if (gone.Count > 0)
            throw StrataException.Input($"Applied migration{(gone.Count > 1 ? "s" : "")} {string.Join(", ", gone)} {(gone.Count > 1 ? "have" : "has")} no file in {Relative(migrationsDirectory)} (check-order): restore {(gone.Count > 1 ? "them" : "it")}, or set \"check-order\": false.");
        for (int i = 0; i < Math.Min(files.Count, applied.Count); i++)
            if (files[i].Name != applied[i].Name)
                throw StrataException.Input($"{Relative(files[i].Path)} has not run, but it sorts before {applied[i].Name}, which has (check-order): give it a later timestamp, or set \"check-order\": false.");
    }

    static string Names(IEnumerable<MigrationFile> files)
    {
        var list = files.Select(f => f.Name).ToList();
        return list.Count <= 3 ? string.Join(", ", list) : $"{string.Join(", ", list.Take(3))} and {list.Count - 3} more";
    }

    static string Relative(string path) => MigrationDiscovery.Relative(path);
}
