using System.Diagnostics;
using Npgsql;
using Strata.App;
using Strata.App.CSharp;
using Strata.Config;
using Strata.Db;
using Strata.Lint;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// <c>strata lint</c>: replays what the target has (the auth tables it holds, then the applied app migrations) into a
/// scratch database, runs each pending migration there statement by statement and reads what PostgreSQL did, times the
/// statements that hold a blocking lock through work on a sample sized like the target, and weighs it all by the
/// target's table sizes. The target is only read: its history and its catalog.
/// </summary>
internal sealed class LintRunner(MigrateConfig config, string projectDirectory, Action<RunEvent> events)
{
    /// <summary>A migration to lint: its statements and where they come from.</summary>
    sealed record Unit(string Track, string Name, string File, MigrationFile? Source, IReadOnlyList<SqlStatement> Statements, bool NoTransaction, bool SqlLines, Migration? Deferred = null);

    sealed record Observation(SqlStatement Statement, List<RelationEffect> Effects, string? Failure);

    /// <param name="target">The target database (read only).</param>
    /// <param name="scratchServer">Where lint may create its scratch database (called only when there is something to observe).</param>
    /// <param name="beforeUp">The check before <c>up</c>: skip the scratch database when no table on the target is big enough to matter.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<LintReport> RunAsync(NpgsqlConnection target, Func<CancellationToken, Task<ConnectionTarget>> scratchServer, bool beforeUp, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var catalog = await TargetCatalog.ReadAsync(target, ct);
        // Before up, a target of small tables needs nothing loaded or compiled: nothing can hold a lock long enough to matter.
        if (beforeUp && catalog.AllSmall && config.LockTimeout > TimeSpan.Zero)
            return new LintReport([], 0, catalog.Version, null, [], clock.Elapsed);
        var (applied, pending) = await new AppRunner(config, projectDirectory, events).LoadForLintAsync(target, ct);
        IReadOnlyList<string> authExisting = [], authPending = [];
        if (config.Auth is { } options) (authExisting, authPending) = await AuthReplay.PlanAsync(target, options, ct);

        var units = new List<Unit>();
        var authFile = Path.GetFileName(config.SourcePath ?? ConfigFile.DefaultName) + " (auth)";
        if (authPending.Count > 0) units.Add(new Unit("auth", AuthRunner.TrackName, authFile, null, Statements(authPending), false, false));
        units.AddRange(pending.Select(m => ToUnit(m)));
        var notes = new List<string>();
        if (units.Count == 0) return new LintReport([], 0, catalog.Version, null, notes, clock.Elapsed);
        if (beforeUp && catalog.AllSmall && config.LockTimeout > TimeSpan.Zero)
        {
            notes.Add($"no table on the target has {LintRules.RiskyRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} rows or {LintRules.Bytes(LintRules.RiskyBytes)}: nothing pending can hold a lock long enough to matter, so nothing was replayed");
            return new LintReport([], units.Count, catalog.Version, null, notes, clock.Elapsed);
        }

        await using var scratch = await ScratchDatabase.CreateAsync(await scratchServer(ct), ct);
        if (scratch.Version / 10000 != catalog.Version / 10000)
            notes.Add($"observed on PostgreSQL {LintReport.VersionText(scratch.Version)}, the target runs {LintReport.VersionText(catalog.Version)}: locks and rewrites are those of the scratch server's version; set \"lint-scratch-url\" to a server of the target's major version for exact answers");
        var conn = scratch.Connection;
        await PrepareAsync(conn, ct);

        if (authExisting.Count > 0) await ReplayAsync(conn, new Unit("auth", AuthRunner.TrackName, authFile, null, Statements(authExisting), false, false), ct);
        foreach (var m in applied) await ReplayAsync(conn, ToUnit(m, replay: true), ct);

        var findings = new List<StatementFinding>();
        foreach (var unit in units)
        {
            if (!await LintAsync(conn, unit, catalog, findings, notes, ct))
            {
                notes.Add($"lint stopped at {unit.Name}: it fails on the scratch database, so what follows it was not observed");
                break;
            }
        }
        return new LintReport(findings, units.Count, catalog.Version, scratch.Version, notes, clock.Elapsed);
    }

    Unit ToUnit(LoadedMigration m, bool replay = false) =>
        new("app", m.File.Name, MigrationDiscovery.Relative(m.File.Path), m.File, m.Script?.Statements ?? [], m.Script?.NoTransaction ?? false,
            m.Script?.LinesAreSqlLines ?? false, m.Deferred);

    static List<SqlStatement> Statements(IEnumerable<string> sql) => sql.Select(s => new SqlStatement(s, 0, 0)).ToList();

    async Task PrepareAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var schemas = config.Schemas.Append(config.MigrationsSchema).Distinct().ToList();
        await using var batch = new NpgsqlBatch(conn);
        foreach (var s in schemas) batch.BatchCommands.Add(new($"CREATE SCHEMA IF NOT EXISTS {SqlQuote.Ident(s)}"));
        batch.BatchCommands.Add(new($"SET search_path TO {string.Join(", ", config.Schemas.Select(SqlQuote.Ident))}"));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A C# migration that reads pgm.Db is built against the scratch database, inside the transaction it runs in.</summary>
    async Task<Unit> BuildAsync(NpgsqlConnection conn, Unit unit)
    {
        if (unit.Deferred is null) return unit;
        var script = await CSharpMigrationScript.BuildAsync(unit.Source!, unit.Deferred, up: true, new ConnectionDatabase(conn), config.Decamelize);
        return unit with { Statements = script.Statements, NoTransaction = script.NoTransaction, SqlLines = false, Deferred = null };
    }

    async Task ReplayAsync(NpgsqlConnection conn, Unit unit, CancellationToken ct)
    {
        NpgsqlTransaction? tx = null;
        SqlStatement? current = null;
        try
        {
            if (unit.Deferred is not null || !unit.NoTransaction) tx = await conn.BeginTransactionAsync(ct);
            unit = await BuildAsync(conn, unit);
            foreach (var s in unit.Statements)
            {
                current = s;
                await ExecAsync(conn, s.Text, ct);
            }
            if (tx is not null) await tx.CommitAsync(ct);
        }
        catch (PostgresException e)
        {
            var where = current is { Line: > 0 } c ? $"{unit.File}:{c.Line}" : unit.File;
            throw StrataException.Database($"lint could not replay the applied migration {unit.Name} on its scratch database ({where}): {DbErrors.Describe(e)}", e);
        }
        finally
        {
            if (tx is not null) await tx.DisposeAsync();
        }
    }

    /// <summary>Observes one pending migration, then leaves it applied on the scratch database for the next. False when it failed there.</summary>
    async Task<bool> LintAsync(NpgsqlConnection conn, Unit unit, TargetCatalog catalog, List<StatementFinding> findings, List<string> notes, CancellationToken ct)
    {
        var observed = new List<Observation>();
        var holds = new Dictionary<(int, string), HoldTime>();
        bool ok = true;
        if (!unit.NoTransaction || unit.Deferred is not null)
        {
            var tx = await conn.BeginTransactionAsync(ct);
            unit = await BuildAsync(conn, unit);
            if (unit.NoTransaction)
            {
                await tx.RollbackAsync(ct);
                tx = null;
            }
            if (tx is not null)
            {
                ok = await ObserveAllAsync(conn, unit, observed, ct);
                var timed = NeedsTiming(observed, catalog);
                if (!ok || timed.Count > 0)
                {
                    await tx.RollbackAsync(ct);
                    if (ok)
                    {
                        await TimeAsync(conn, unit, observed, timed, catalog, holds, notes, ct);
                        await using var again = await conn.BeginTransactionAsync(ct);
                        foreach (var s in unit.Statements) await ExecAsync(conn, s.Text, ct);
                        await again.CommitAsync(ct);
                    }
                }
                else await tx.CommitAsync(ct);
                await tx.DisposeAsync();
            }
        }
        if (unit.NoTransaction) ok = await ObserveOutsideTransactionAsync(conn, unit, observed, ct);

        foreach (var (o, i) in observed.Select((o, i) => (o, i)))
            findings.Add(Finding(unit, o, i, catalog, holds));
        return ok;
    }

    static async Task<bool> ObserveAllAsync(NpgsqlConnection conn, Unit unit, List<Observation> observed, CancellationToken ct)
    {
        foreach (var s in unit.Statements)
        {
            var before = await StatementObserver.TakeAsync(conn, ct);
            try
            {
                await ExecAsync(conn, s.Text, ct);
            }
            catch (PostgresException e)
            {
                observed.Add(new Observation(s, [], DbErrors.Describe(e)));
                return false;
            }
            var after = await StatementObserver.TakeAsync(conn, ct);
            observed.Add(new Observation(s, Adjust(s.Text, StatementObserver.Compare(before, after)), null));
        }
        return true;
    }

    /// <summary>
    /// A migration that runs outside a transaction: a statement that may run in one is observed in its own; one that
    /// may not (CREATE INDEX CONCURRENTLY, …) cannot show its locks before a commit, so its lock comes from
    /// <see cref="OutsideTransactionRules"/> and its relation from the index that appeared or went.
    /// </summary>
    static async Task<bool> ObserveOutsideTransactionAsync(NpgsqlConnection conn, Unit unit, List<Observation> observed, CancellationToken ct)
    {
        foreach (var s in unit.Statements)
        {
            bool alone = TransactionRules.CannotRunInTransaction(s.Text);
            var tx = alone ? null : await conn.BeginTransactionAsync(ct);
            var before = await StatementObserver.TakeAsync(conn, ct);
            try
            {
                await ExecAsync(conn, s.Text, ct);
            }
            catch (PostgresException e)
            {
                if (tx is not null) await tx.RollbackAsync(ct);
                observed.Add(new Observation(s, [], DbErrors.Describe(e)));
                return false;
            }
            var after = await StatementObserver.TakeAsync(conn, ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
                observed.Add(new Observation(s, Adjust(s.Text, StatementObserver.Compare(before, after)), null));
                continue;
            }
            var ruled = OutsideTransactionRules.LockOf(s.Text) ?? LockMode.None;
            // A rewrite still shows after the commit: the relfilenode changed.
            bool Rewritten(uint oid) => after.Relations.TryGetValue(oid, out var a) && a.FileNode != before.Relations[oid].FileNode;
            var tables = after.Relations.Values.Where(i => i.Table != 0 && !before.Relations.ContainsKey(i.Oid)).Select(i => i.Table)
                .Concat(before.Relations.Values.Where(i => i.Table != 0 && !after.Relations.ContainsKey(i.Oid)).Select(i => i.Table))
                .Concat(before.Relations.Values.Where(r => r.Kind is 'r' or 'm' && Rewritten(r.Oid)).Select(r => r.Oid))
                .Distinct().Where(before.Relations.ContainsKey);
            observed.Add(new Observation(s, tables.Select(t => new RelationEffect(before.Relations[t].Name, ruled, ruled, Rewritten(t), false, [], [], false, EffectSource.Rule)).ToList(), null));
        }
        return true;
    }

    /// <summary>TRUNCATE gives the table a new relfilenode without copying a row: that is not a rewrite.</summary>
    static List<RelationEffect> Adjust(string sql, List<RelationEffect> effects) =>
        sql.TrimStart().StartsWith("truncate", StringComparison.OrdinalIgnoreCase) ? effects.Select(e => e with { Rewritten = false, IndexesRebuilt = [] }).ToList() : effects;

    /// <summary>The (statement, relation) pairs whose lock blocks traffic during work on a table that has rows on the target.</summary>
    static HashSet<(int, string)> NeedsTiming(List<Observation> observed, TargetCatalog catalog)
    {
        var set = new HashSet<(int, string)>();
        for (int i = 0; i < observed.Count; i++)
            foreach (var e in observed[i].Effects)
                if (e.DoesWork && e.Held.Blocks() >= Blocking.Writes && catalog.Sizes.TryGetValue(e.Relation, out var size) && !size.IsEmpty)
                    set.Add((i, e.Relation));
        return set;
    }

    /// <summary>
    /// Times the statements on synthetic rows in a transaction that is rolled back: each table is filled with as many
    /// rows as the target has (at most <see cref="SampleRows.Cap"/>), and each statement runs in a savepoint.
    /// </summary>
    async Task TimeAsync(NpgsqlConnection conn, Unit unit, List<Observation> observed, HashSet<(int, string)> timed, TargetCatalog catalog,
        Dictionary<(int, string), HoldTime> holds, List<string> notes, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        var samples = new Dictionary<string, (long Rows, long Pages)>();
        var text = string.Join("\n", unit.Statements.Select(s => s.Text));
        foreach (var relation in timed.Select(t => t.Item2).Distinct())
        {
            var size = catalog.Sizes[relation];
            long rows = Math.Clamp(size.Rows > 0 ? size.Rows : SampleRows.Cap, 1, SampleRows.Cap);
            int dot = relation.IndexOf('.');
            var (pages, problem) = await SampleRows.FillAsync(conn, relation[..dot], relation[(dot + 1)..], rows, text, ct);
            if (problem is not null) notes.Add($"{unit.Name}: {relation} was not timed (its sample rows could not be made: {problem}); its verdict rests on its size");
            else samples[relation] = (rows, pages);
        }
        // Statistics like the target's, so the statements plan as they would there (only the sampled tables: quick).
        foreach (var relation in samples.Keys)
        {
            int dot = relation.IndexOf('.');
            await ExecAsync(conn, $"ANALYZE {SqlQuote.Ident(relation[..dot], relation[(dot + 1)..])}", ct);
        }
        for (int i = 0; i < unit.Statements.Count; i++)
        {
            await ExecAsync(conn, "SAVEPOINT strata_lint", ct);
            var clock = Stopwatch.StartNew();
            try
            {
                await ExecAsync(conn, unit.Statements[i].Text, ct);
            }
            catch (PostgresException e)
            {
                await ExecAsync(conn, "ROLLBACK TO SAVEPOINT strata_lint", ct);
                if (timed.Any(t => t.Item1 == i))
                    notes.Add($"{unit.Name}: statement {i + 1} was not timed: it fails on synthetic sample rows ({e.MessageText}); its verdict rests on the table's size");
                continue;
            }
            var elapsed = clock.Elapsed;
            await ExecAsync(conn, "RELEASE SAVEPOINT strata_lint", ct);
            foreach (var e in observed[i].Effects)
                if (timed.Contains((i, e.Relation)) && samples.TryGetValue(e.Relation, out var sample))
                    holds[(i, e.Relation)] = HoldTime.Extrapolate(sample.Rows, sample.Pages, elapsed, catalog.Sizes[e.Relation], sorts: e.IndexesBuilt.Count > 0 || e.IndexesRebuilt.Count > 0);
        }
        await tx.RollbackAsync(ct);
    }

    StatementFinding Finding(Unit unit, Observation o, int index, TargetCatalog catalog, Dictionary<(int, string), HoldTime> holds)
    {
        var weighed = o.Effects.Select(e => LintRules.Weigh(e, catalog.Sizes.GetValueOrDefault(e.Relation), holds.GetValueOrDefault((index, e.Relation)), config.LockTimeout)).ToList();
        var verdict = o.Failure is not null ? Verdict.Dangerous : weighed.Select(w => w.Verdict).DefaultIfEmpty(Verdict.Safe).Max();
        var instead = weighed.Where(w => w.Verdict != Verdict.Safe).Select(w => SaferSequence.For(o.Statement.Text, w.Effect)).FirstOrDefault(a => a is not null);
        int? line = o.Statement.Line > 0 ? o.Statement.Line : null;
        int? column = unit.SqlLines && line is { } l && unit.Source is { } f ? ColumnOf(f.Path, l, o.Statement.Text) : null;
        return new StatementFinding(unit.Track, unit.Name, unit.File, line, column, o.Statement.Text, weighed, verdict, instead,
            o.Failure is null ? null : $"fails on the scratch database: {o.Failure}");
    }

    /// <summary>The 1-based column where the statement starts on its line of the file.</summary>
    static int ColumnOf(string path, int line, string statement)
    {
        try
        {
            var lines = File.ReadLines(path).Skip(line - 1).Take(1).ToList();
            var first = statement.Split('\n')[0];
            var at = lines.Count == 0 ? -1 : lines[0].IndexOf(first, StringComparison.Ordinal);
            return at < 0 ? 1 : at + 1;
        }
        catch (IOException) { return 1; }
    }

    static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
