using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Npgsql;
using Strata.App;
using Strata.App.CSharp;
using Strata.Config;
using Strata.Db;
using Strata.Sql;

namespace Strata.Runner;

/// <summary>
/// The app track: plan → lock → execute → record. Files are read and checked before anything runs;
/// the lock is taken before the history is read, so a second runner waits and then finds the work done.
/// </summary>
internal sealed class AppRunner(MigrateConfig config, string projectDirectory, Action<RunEvent> events)
{
    readonly TrackingTable _tracking = new(config.MigrationsSchema, config.MigrationsTable);

    public string MigrationsDirectory { get; } = Path.GetFullPath(Path.Combine(projectDirectory, config.MigrationsDir));

    MigrationLoader Loader => new(projectDirectory, config.Decamelize, warning => events(new Notice(warning)));

    public Task<RunResult> RunAsync(NpgsqlConnection conn, RunRequest request, CancellationToken ct) => RunAsync(conn, request, null, ct);

    /// <summary>
    /// What a run would execute, read, compiled and checked without changing anything (the history is read, not
    /// created), so <c>strata up</c> finds a C# migration that does not compile before the auth track changes the database.
    /// </summary>
    internal async Task<CheckedRun> CheckAsync(NpgsqlConnection conn, RunRequest request, CancellationToken ct)
    {
        var files = Discover();
        List<AppliedMigration> applied;
        // Read in a transaction that is rolled back, so the search_path set for reading ends with it: the auth track,
        // which runs next, creates its tables in the connection's own current_schema().
        await using (var readOnly = await conn.BeginTransactionAsync(ct))
        {
            applied = await PrepareAsync(conn, readOnly: true, ct, warnings: [], local: true);
            await readOnly.RollbackAsync(ct);
        }
        List<(MigrationFile File, Direction Direction)> plan = [.. Plan(files, applied, request).Steps];
        return new CheckedRun(plan, await LoadAsync(plan, request.Fake));
    }

    /// <summary>A plan and its loaded steps, from <see cref="CheckAsync"/>; reused when the plan is still the same under the lock.</summary>
    internal sealed class CheckedRun
    {
        internal CheckedRun(List<(MigrationFile File, Direction Direction)> plan, List<LoadedMigration> steps) => (Plan, Steps) = (plan, steps);
        internal List<(MigrationFile File, Direction Direction)> Plan { get; }
        internal List<LoadedMigration> Steps { get; }
    }

    internal async Task<RunResult> RunAsync(NpgsqlConnection conn, RunRequest request, CheckedRun? checkedBefore, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var files = Discover();
        // "advisory-lock-scope": "transaction" holds the lock in the run's one transaction (PgBouncer transaction pooling).
        bool xact = config.Lock && config.LockInTransaction && !request.DryRun;
        if (xact && !config.SingleTransaction)
            throw StrataException.Input("\"advisory-lock-scope\": \"transaction\" holds the migration lock in the run's one transaction, so it needs \"single-transaction\": true.");
        await using NpgsqlTransaction? held = xact ? await conn.BeginTransactionAsync(ct) : null;
        IAsyncDisposable? session = null;
        if (held is not null)
        {
            await TransactionAdvisoryLock.HoldAsync(conn, held, config, events, ct);
        }
        else if (!request.DryRun)
        {
            session = await AdvisoryLock.HoldAsync(conn, config, events, ct);
        }
        await using (session)
        {
            var warnings = new List<string>();
            var applied = await PrepareAsync(conn, request.DryRun, ct, warnings, local: held is not null);
            var plan = Plan(files, applied, request);
            var steps = checkedBefore is not null && checkedBefore.Plan.SequenceEqual(plan.Steps) ? checkedBefore.Steps : await LoadAsync([.. plan.Steps], request.Fake);
            warnings.AddRange(EmptyDowns(steps));
            var result = await ExecuteAsync(conn, steps, request, clock, ct, held);
            return result with { Drift = plan.Drift, Warnings = warnings };
        }
    }

    /// <summary>The batch commands of the lock-free history read (<see cref="NoOpCheck"/>): the table's columns, then its rows.</summary>
    internal IEnumerable<NpgsqlBatchCommand> HistoryCommands() => [_tracking.ColumnsQuery(), new(_tracking.SelectApplied(hasChecksum: true))];

    /// <summary>
    /// Reads what <see cref="HistoryCommands"/> returned and, when the table needs no change and nothing is pending, the
    /// result of a run that has nothing to do (drift included); null when a run has work to do, which it does under the lock.
    /// </summary>
    internal async Task<RunResult?> NothingPendingAsync(NpgsqlDataReader r, RunRequest request, Stopwatch clock, CancellationToken ct)
    {
        var columns = await TrackingTable.ReadColumnsAsync(r, ct);
        await r.NextResultAsync(ct);
        _tracking.CheckShape(columns);
        var (ensure, warning) = _tracking.Ensure(columns, config.CreateMigrationsSchema);
        // No history yet: every migration is pending.
        if (columns.Count == 0) RequireNoCompiler(await PlanAsync([], request));
        if (columns.Count == 0 || ensure.Count > 0 || warning is not null) return null;
        var applied = await _tracking.ReadAsync(r, ct);
        var plan = await PlanAsync(applied, request);
        RequireNoCompiler(plan);
        if (plan.Steps.Count > 0) return null;
        return new RunResult([], null, request.DryRun, request.Fake, clock.Elapsed) { Drift = plan.Drift, Warnings = [] };
    }

    Task<FilesRead>? _filesRead;

    /// <summary>
    /// Starts reading the migration files and their checksums on another thread, for <see cref="NothingPendingAsync"/>:
    /// the disk, and the crypto library's start-up on the first SHA-256, overlap the connection and its round trip. A
    /// failure (an unreadable file) surfaces where the files are used, as it would have without this.
    /// </summary>
    internal void StartReadingFiles() => _filesRead ??= Task.Run(ReadFiles);

    FilesRead ReadFiles()
    {
        var files = Discover();
        var checksums = new Dictionary<string, string?>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) checksums[file.Path] = Checksum(file);
        return new FilesRead(files, checksums);
    }

    sealed record FilesRead(IReadOnlyList<MigrationFile> Files, Dictionary<string, string?> Checksums)
    {
        public string? Checksum(MigrationFile file) => Checksums.TryGetValue(file.Path, out var sum) ? sum : AppRunner.Checksum(file);
    }

    /// <summary>The plan from the files <see cref="StartReadingFiles"/> read (or read now) and the history.</summary>
    async Task<MigrationPlan> PlanAsync(List<AppliedMigration> applied, RunRequest request)
    {
        var read = await (_filesRead ?? Task.FromResult(ReadFiles()));
        return new MigrationPlanner(config.CheckOrder, MigrationsDirectory).Plan(read.Files, applied, request, read.Checksum);
    }

    /// <summary>
    /// The NativeAOT build hands the command to its JIT companion as soon as the lock-free read shows a pending C# migration
    /// to compile: before the lock, a second connection and the auth track's reads, which the companion does again.
    /// </summary>
    void RequireNoCompiler(MigrationPlan plan) => Loader.RequireNoCompiler([.. plan.Steps.Select(p => (p.File, p.Direction == Direction.Up))]);

    MigrationPlan Plan(IReadOnlyList<MigrationFile> files, List<AppliedMigration> applied, RunRequest request) =>
        new MigrationPlanner(config.CheckOrder, MigrationsDirectory).Plan(files, applied, request, Checksum);

    IReadOnlyList<MigrationFile> Discover() => MigrationDiscovery.Discover(MigrationsDirectory, config.IgnorePattern, config.MigrationsAssembly);

    static string? Checksum(MigrationFile file) => file.Class is null ? SqlMigration.ChecksumOf(file) : null;

    /// <summary>
    /// A Down that builds no SQL only deletes the history row; whatever Up made stays, so "reverted" alone would
    /// mislead. Reported, not refused: a data-only migration may have nothing to undo. A SQL file whose Up part is
    /// empty too is consistent and not reported.
    /// </summary>
    static IEnumerable<string> EmptyDowns(List<LoadedMigration> steps)
    {
        foreach (var step in steps)
        {
            if (step is not { Up: false, Script.Statements.Count: 0 }) continue;
            if (step.File.Language == MigrationLanguage.Sql && SqlMigration.Parse(step.File, SqlMigration.Read(step.File), up: true) is { Statements.Count: 0 }) continue;
            yield return $"warning: {step.File.Name}: its Down runs no SQL, so rolling it back only deletes its history row; what its Up made stays. Write the Down{(step.File.Language == MigrationLanguage.CSharp ? " (or leave it out to have it inferred)" : "")} if it should be undone.";
        }
    }

    /// <summary>Applied, pending and drifted migrations; reads without locking or changing anything.</summary>
    public async Task<AppStatus> StatusAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var files = Discover();
        var applied = await PrepareAsync(conn, readOnly: true, ct, warnings: []);
        return AppStatus.Compare(files, applied, Checksum);
    }

    /// <summary>
    /// For <c>strata lint</c>: the applied migrations (to replay) and the pending ones, loaded and checked as
    /// <c>migrate up</c> would load them. Reads the history only: no lock, no change. A C# migration that reads
    /// pgm.Db comes back unbuilt (<see cref="LoadedMigration.Deferred"/>): the caller builds it where it runs it.
    /// </summary>
    internal async Task<(List<LoadedMigration> Applied, List<LoadedMigration> Pending)> LoadForLintAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var files = Discover();
        var applied = await PrepareAsync(conn, readOnly: true, ct, warnings: []);
        var pending = Plan(files, applied, new RunRequest(Direction.Up)).Steps;
        var appliedNames = applied.Select(a => a.Name).ToHashSet();
        // A node-pg-migrate script already applied cannot be replayed by Strata; the replay goes on without it.
        var history = files.Where(f => appliedNames.Contains(f.Name) && f.Language != MigrationLanguage.NodeScript).Select(f => (f, Direction.Up)).ToList();
        var loaded = await LoadAsync([.. history, .. pending], fake: false);
        return (loaded[..history.Count], loaded[history.Count..]);
    }

    /// <summary>Invalid indexes in the schemas migrations run in; reads only.</summary>
    public Task<List<InvalidIndex>> InvalidIndexesAsync(NpgsqlConnection conn, CancellationToken ct) => InvalidIndex.FindAsync(conn, MigratedSchemas, ct);

    /// <summary>
    /// Reads the history under the run's search_path. The tracking table's shape is checked before it is
    /// created or altered, so a wrong "migrations-table" changes nothing.
    /// </summary>
    async Task<List<AppliedMigration>> PrepareAsync(NpgsqlConnection conn, bool readOnly, CancellationToken ct, List<string> warnings, bool local = false)
    {
        List<TrackingTable.Column> columns;
        await using (var batch = new NpgsqlBatch(conn))
        {
            if (config.CreateSchema && !readOnly)
                foreach (var s in config.Schemas) batch.BatchCommands.Add(new($"CREATE SCHEMA IF NOT EXISTS {SqlQuote.Ident(s)}"));
            batch.BatchCommands.Add(new($"SET {(local ? "LOCAL " : "")}search_path TO {string.Join(", ", config.Schemas.Select(SqlQuote.Ident))}"));
            batch.BatchCommands.Add(_tracking.ColumnsQuery());
            await using var r = await batch.ExecuteReaderAsync(ct);
            columns = await TrackingTable.ReadColumnsAsync(r, ct);
        }
        _tracking.CheckShape(columns);
        bool hasChecksum = columns.Any(c => c.Name == "checksum");
        // A dry run changes nothing, but shows (and warns about) what the run would record.
        var (ensure, warning) = _tracking.Ensure(columns, config.CreateMigrationsSchema);
        if (warning is not null) warnings.Add(warning);
        if (!readOnly)
        {
            if (ensure.Count > 0)
            {
                await using var batch = new NpgsqlBatch(conn);
                foreach (var sql in ensure) batch.BatchCommands.Add(new(sql));
                await batch.ExecuteNonQueryAsync(ct);
                if (columns.Count == 0) return [];
                hasChecksum = true;
            }
        }
        if (columns.Count == 0) return [];
        await using var select = new NpgsqlCommand(_tracking.SelectApplied(hasChecksum), conn);
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await _tracking.ReadAsync(reader, ct);
    }

    Task<List<LoadedMigration>> LoadAsync(List<(MigrationFile File, Direction Direction)> plan, bool fake) =>
        Loader.LoadAsync([.. plan.Select(p => (p.File, p.Direction == Direction.Up))], fake);

    /// <summary>
    /// Runs the steps, keeping in a <see cref="RunLedger"/> what each one became, so a stop at any point reports what
    /// is committed, what was rolled back and what a no-transaction migration left behind.
    /// </summary>
    async Task<RunResult> ExecuteAsync(NpgsqlConnection conn, List<LoadedMigration> steps, RunRequest request, Stopwatch clock, CancellationToken ct, NpgsqlTransaction? held = null)
    {
        if (steps.Count > 0) events(new RunPlanned(steps.Count, request.DryRun));
        var ledger = new RunLedger(request.DryRun);
        // A dry run works in a transaction it rolls back, so what a C# migration queries through pgm.Db leaves nothing behind.
        NpgsqlTransaction? tx = held ?? (request.DryRun ? await conn.BeginTransactionAsync(ct) : null);
        // The open transaction has noted its id for the guard and set lock_timeout (SET LOCAL). A flag, not the
        // transaction object: Npgsql hands out the same NpgsqlTransaction instance again for the connection's next one.
        bool noted = false;
        var run = new Running();
        // In the run's one transaction nothing commits between migrations, so they go to the server many per round trip.
        var pipeline = config.SingleTransaction && !request.DryRun ? new Pipeline() : null;
        try
        {
            foreach (var planned in steps)
            {
                var step = planned;
                if (pipeline is not null)
                {
                    // pgm.Db queries need the migrations before them run; a no-transaction migration commits them first.
                    if (step.Deferred is null && step.Script?.NoTransaction != true)
                    {
                        tx ??= await conn.BeginTransactionAsync(ct);
                        pipeline.Add(step, BuildBatch(step, outside: false, opening: !noted));
                        noted = true;
                        if (pipeline.Full) await FlushAsync(conn, pipeline, run, ledger, ct);
                        continue;
                    }
                    await FlushAsync(conn, pipeline, run, ledger, ct);
                }
                run.Start(step);
                events(new MigrationStarting(step.File.Name, step.Direction()));
                if (step.Deferred is not null)
                {
                    tx ??= await conn.BeginTransactionAsync(ct);
                    // Its pgm.Db queries run in the transaction: note the transaction first, so the guard also sees them end it.
                    if (!noted)
                    {
                        await using var open = new NpgsqlBatch(conn) { BatchCommands = { TransactionGuard.Note() } };
                        if (LockTimeout(outside: false) is { } timeout) open.BatchCommands.Add(timeout);
                        await ExecuteTrackedAsync(open, null, ct);
                        noted = true;
                    }
                    run.Last = step = await MigrationLoader.BuildDeferredAsync(step, new ConnectionDatabase(conn), config.Decamelize);
                }
                bool outside = run.Outside = !request.DryRun && step.Script?.NoTransaction == true;
                if (outside && held is not null)
                    throw StrataException.Input($"{Relative(step.File.Path)} runs outside a transaction, but \"advisory-lock-scope\": \"transaction\" holds the migration lock in the run's one transaction; apply it with the session lock (on a direct connection, not through transaction pooling).");
                if (outside && tx is not null)
                {
                    await CommitAsync(tx, ct);
                    (tx, noted) = (null, false);
                    ledger.TransactionCommitted();
                }
                if (!outside && tx is null) tx = await conn.BeginTransactionAsync(ct);

                bool opening = !outside && !noted;
                if (!outside) noted = true;
                var work = run.Work = BuildBatch(step, outside, opening);
                Issued(step, work);
                if (!request.DryRun)
                {
                    if (outside) await RunOutsideAsync(conn, work, run, ct);
                    else await ExecuteTrackedAsync(work.NewBatch(conn), null, ct);
                }
                if (run.InvalidIndexes.Count > 0)
                    return await StoppedAsync(conn, ledger, run, tx, request, clock, LeftInvalid(step, run.InvalidIndexes));

                var outcome = new MigrationOutcome(step.File.Name, step.Direction(), run.Clock.Elapsed);
                if (tx is not null && !config.SingleTransaction && !request.DryRun)
                {
                    await CommitAsync(tx, ct);
                    (tx, noted) = (null, false);
                    ledger.Committed(outcome);
                }
                else if (tx is null) ledger.Committed(outcome);
                else ledger.RanInTransaction(outcome);
                run.Recorded();
                events(new MigrationFinished(step.File.Name, step.Direction(), outcome.Duration, Committed: tx is null));
            }
            if (pipeline is not null) await FlushAsync(conn, pipeline, run, ledger, ct);
            if (tx is not null)
            {
                if (request.DryRun) await tx.RollbackAsync(ct);
                else await CommitAsync(tx, ct);
                ledger.TransactionCommitted();
            }
            return new RunResult(ledger.Outcomes, null, request.DryRun, request.Fake, clock.Elapsed);
        }
        catch (StatementFailed f) when (run.Last is not null)
        {
            await RollbackAsync(tx);
            if (f.Inner.SqlState == TransactionGuard.SqlState)
                return await StoppedAsync(conn, ledger, run, null, request, clock, EndedTransaction(run.Last), transactionChanged: true);
            var waitedFor = f.Inner.SqlState == "55P03" ? await LockTimeoutDiagnosis.DescribeAsync(conn, f.Command?.CommandText) : null;
            return await StoppedAsync(conn, ledger, run, null, request, clock, Failure(run.Last, run.Work, f.Command, f.Inner, waitedFor));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && run.Last is not null)
        {
            // Ctrl-C or SIGTERM: the statement was cancelled; say what that left instead of assuming it was all rolled back.
            return await StoppedAsync(conn, ledger, run, tx, request, clock, new MigrationFailure(run.Last.File.Name, Relative(run.Last.File.Path), null, null, null,
                "Cancelled: the running statement was stopped" + (run.Outside ? "." : " and its transaction rolled back."), "57014"));
        }
        catch (NpgsqlException e) when (e is not PostgresException && run.Last is not null)
        {
            await RollbackAsync(tx);
            var lost = conn.FullState.HasFlag(System.Data.ConnectionState.Broken) || e.InnerException is IOException or System.Net.Sockets.SocketException or EndOfStreamException;
            var message = lost ? "the connection to the server was lost; the migration's transaction was rolled back by the server" : e.Message.Split('\n')[0];
            return await StoppedAsync(conn, ledger, run, null, request, clock, new MigrationFailure(run.Last.File.Name, Relative(run.Last.File.Path), null, null, null, message, null));
        }
        catch (MigrationBuildException e) when (run.Last is not null && (ledger.ChangedDatabase || e.Kind == FailureKind.Database))
        {
            // A migration built when it runs failed while built: a failure at this point of the run like a failed statement,
            // whether its code threw after earlier migrations were committed or a pgm.Db query failed.
            return await StoppedAsync(conn, ledger, run, tx, request, clock, new MigrationFailure(run.Last.File.Name, e.File, e.Line, null, null, e.Reason, e.SqlState));
        }
        catch (StrataException e) when (run.Last is not null && ledger.ChangedDatabase)
        {
            // Bad input found mid-run (a C# migration built when it runs) after earlier work was committed: not
            // "nothing was run" (exit 2), but a stop whose report says what stays.
            return await StoppedAsync(conn, ledger, run, tx, request, clock, new MigrationFailure(run.Last.File.Name, Relative(run.Last.File.Path), null, null, null, e.Message, null));
        }
        finally
        {
            if (tx is not null) await tx.DisposeAsync();
        }
    }

    /// <summary>The migration that is running (or last ran) and what of it has run, for the report when the run stops.</summary>
    sealed class Running
    {
        public LoadedMigration? Last;
        public MigrationBatch? Work;
        public bool Outside, InLedger;
        public Stopwatch Clock = new();
        public readonly List<string> RanOutside = [];
        public IReadOnlyList<InvalidIndex> InvalidIndexes = [];

        public void Start(LoadedMigration step)
        {
            (Last, Work, Outside, InLedger, InvalidIndexes) = (step, null, false, false, []);
            RanOutside.Clear();
            Clock = Stopwatch.StartNew();
        }

        public void Recorded() => InLedger = true;
    }

    /// <summary>
    /// A no-transaction migration: each statement commits on its own, so they are sent one at a time and counted. Before
    /// its tracking row, the migrated schemas are searched for invalid indexes: a concurrent build that did not finish
    /// (now or in an earlier, killed run that <c>IF NOT EXISTS</c> then skipped) must not be recorded as done.
    /// </summary>
    async Task RunOutsideAsync(NpgsqlConnection conn, MigrationBatch work, Running run, CancellationToken ct)
    {
        var commands = work.Commands;
        var record = commands[^1];
        foreach (var c in commands.Take(commands.Count - 1))
        {
            await using var single = new NpgsqlBatch(conn) { BatchCommands = { Clone(c) } };
            await ExecuteTrackedAsync(single, c, ct);
            if (work.IsStatement(c)) run.RanOutside.Add(c.CommandText);
        }
        run.InvalidIndexes = await InvalidIndex.FindAsync(conn, MigratedSchemas, ct);
        if (run.InvalidIndexes.Count > 0) return;
        await using var tracking = new NpgsqlBatch(conn) { BatchCommands = { Clone(record) } };
        await ExecuteTrackedAsync(tracking, record, ct);
    }

    IEnumerable<string> MigratedSchemas => config.Schemas.Append(config.MigrationsSchema);

    /// <summary>
    /// Ends a run that stopped: rolls back the open transaction, settles what each migration became (reading the
    /// tracking table when a migration ended Strata's transaction itself, since then nothing else tells) and, after a
    /// no-transaction migration, looks for the invalid indexes it left.
    /// </summary>
    async Task<RunResult> StoppedAsync(NpgsqlConnection conn, RunLedger ledger, Running run, NpgsqlTransaction? tx, RunRequest request, Stopwatch clock,
        MigrationFailure failure, bool transactionChanged = false)
    {
        await RollbackAsync(tx);
        var step = run.Last!;
        var invalid = run.InvalidIndexes;
        bool usable = !conn.FullState.HasFlag(System.Data.ConnectionState.Broken) && conn.State == System.Data.ConnectionState.Open;
        if (transactionChanged && usable)
        {
            var recorded = await RecordedAsync(conn, ledger.Open.Select(o => o.Name));
            ledger.TransactionEnded(o => (o.Direction == Direction.Up) == recorded.Contains(o.Name) ? MigrationOutcomeState.Committed : MigrationOutcomeState.RolledBack);
        }
        else ledger.TransactionEnded(_ => MigrationOutcomeState.RolledBack);
        if (run.Outside && invalid.Count == 0 && usable)
        {
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { invalid = await InvalidIndex.FindAsync(conn, MigratedSchemas, bounded.Token); }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException) { /* the report says what it knows */ }
        }
        if (!run.InLedger)
        {
            bool partial = transactionChanged || (run.Outside && (run.RanOutside.Count > 0 || invalid.Count > 0));
            ledger.Add(new MigrationOutcome(step.File.Name, step.Direction(), run.Clock.Elapsed)
            {
                State = request.DryRun ? MigrationOutcomeState.DryRun : partial ? MigrationOutcomeState.Partial : MigrationOutcomeState.RolledBack,
                StatementsRun = run.Outside ? run.RanOutside.ToList() : [],
            });
        }
        return new RunResult(ledger.Outcomes, failure, request.DryRun, request.Fake, clock.Elapsed) { InvalidIndexes = invalid };
    }

    async Task<HashSet<string>> RecordedAsync(NpgsqlConnection conn, IEnumerable<string> names)
    {
        var list = names.Distinct().ToList();
        if (list.Count == 0) return [];
        // Literals, not an array parameter: the slim data source of the NativeAOT build has no array support.
        await using var cmd = new NpgsqlCommand($"SELECT name FROM {_tracking.QualifiedName} WHERE name IN ({string.Join(", ", list.Select(SqlQuote.Literal))})", conn);
        var found = new HashSet<string>();
        await using var r = await cmd.ExecuteReaderAsync(CancellationToken.None);
        while (await r.ReadAsync()) found.Add(r.GetString(0));
        return found;
    }

    MigrationFailure EndedTransaction(LoadedMigration step) => new(step.File.Name, Relative(step.File.Path), null, null, null,
        "it ended the transaction Strata ran it in (a COMMIT, ROLLBACK or the like ran inside it, perhaps through pgm.Db), so Strata stopped " +
        "before recording it. What it ran before that statement may be committed; what ran after it was rolled back. Remove the statement: Strata commits when the migration succeeds.",
        TransactionGuard.SqlState);

    MigrationFailure LeftInvalid(LoadedMigration step, IReadOnlyList<InvalidIndex> invalid) => new(step.File.Name, Relative(step.File.Path), null, null, null,
        $"the invalid index{(invalid.Count == 1 ? "" : "es")} {string.Join(", ", invalid.Select(i => i.Describe()))} {(invalid.Count == 1 ? "is" : "are")} left in the migrated schemas " +
        "(a concurrent index build that did not finish, now or in an earlier run that CREATE INDEX … IF NOT EXISTS then skipped), so the migration is not recorded as applied. " +
        $"Drop {(invalid.Count == 1 ? "it" : "them")} ({string.Join(" ", invalid.Select(i => i.Fix))}), then run it again.", null);

    static async Task CommitAsync(NpgsqlTransaction tx, CancellationToken ct)
    {
        // A deferred constraint fails at COMMIT: it is the last migration's failure, and the whole transaction is rolled back.
        try { await tx.CommitAsync(ct); }
        catch (PostgresException e) { throw new StatementFailed(new NpgsqlBatchCommand("COMMIT"), e); }
    }

    /// <summary>One migration's commands, and which of them are its own statements or Strata's bookkeeping that a person need not see.</summary>
    sealed class MigrationBatch(List<NpgsqlBatchCommand> commands, HashSet<NpgsqlBatchCommand> statements, HashSet<NpgsqlBatchCommand> hidden, int leading)
    {
        public IReadOnlyList<NpgsqlBatchCommand> Commands { get; } = commands;
        public IReadOnlySet<NpgsqlBatchCommand> Hidden { get; } = hidden;
        /// <summary>How many of Strata's commands precede the migration's first statement.</summary>
        public int Leading { get; } = leading;
        /// <summary>The length of its SQL, to bound a pipelined batch.</summary>
        public int Length { get; } = commands.Sum(c => c.CommandText.Length);
        public bool IsStatement(NpgsqlBatchCommand c) => statements.Contains(c);
        /// <summary>The command's place in the migration's commands (by reference: two statements may have the same text), or -1.</summary>
        public int IndexOf(NpgsqlBatchCommand? c) => c is null ? -1 : commands.FindIndex(x => ReferenceEquals(x, c));
        /// <summary>The first command the server did not complete (Npgsql sets a command's StatementType when it completes), or null.</summary>
        public NpgsqlBatchCommand? FirstUnfinished => commands.Find(c => c.StatementType == StatementType.Unknown);

        public NpgsqlBatch NewBatch(NpgsqlConnection conn)
        {
            var batch = new NpgsqlBatch(conn);
            foreach (var c in commands) batch.BatchCommands.Add(c);
            return batch;
        }
    }

    /// <summary>
    /// Migrations of the run's one transaction not yet sent: their statements, guards and tracking rows go to the server in
    /// one batch (one round trip), bounded so a batch's text and the wait for its results stay small.
    /// </summary>
    sealed class Pipeline
    {
        const int MaxMigrations = 256, MaxChars = 1 << 20;
        int _chars;
        public readonly List<(LoadedMigration Step, MigrationBatch Work)> Pending = [];
        public bool Full => Pending.Count >= MaxMigrations || _chars >= MaxChars;

        public void Add(LoadedMigration step, MigrationBatch work)
        {
            Pending.Add((step, work));
            _chars += work.Length;
        }

        public void Clear()
        {
            Pending.Clear();
            _chars = 0;
        }
    }

    /// <summary>
    /// Sends the pipelined migrations in one batch, then reports each as if it had run alone: those the server completed
    /// ran in the transaction; at the first command it did not complete, the run stops with that migration as the one
    /// that failed (or was cancelled), so the failure names its file, line and statement as a batch of its own would.
    /// The server runs a batch's migrations back to back and reports only the end, so each is given an equal share of the batch's time.
    /// </summary>
    async Task FlushAsync(NpgsqlConnection conn, Pipeline pipeline, Running run, RunLedger ledger, CancellationToken ct)
    {
        if (pipeline.Pending.Count == 0) return;
        var clock = Stopwatch.StartNew();
        Exception? stopped = null;
        await using (var batch = new NpgsqlBatch(conn))
        {
            foreach (var (_, work) in pipeline.Pending)
                foreach (var c in work.Commands) batch.BatchCommands.Add(c);
            try { await batch.ExecuteNonQueryAsync(ct); }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException) { stopped = e; }
        }
        var share = clock.Elapsed / pipeline.Pending.Count;
        List<(LoadedMigration Step, MigrationBatch Work)> pending = [.. pipeline.Pending];
        pipeline.Clear();
        foreach (var (step, work) in pending)
        {
            run.Start(step);
            run.Work = work;
            events(new MigrationStarting(step.File.Name, step.Direction()));
            Issued(step, work);
            if (stopped is not null && work.FirstUnfinished is { } failed)
            {
                if (stopped is PostgresException e) throw new StatementFailed(failed, e);
                ExceptionDispatchInfo.Throw(stopped);
            }
            var outcome = new MigrationOutcome(step.File.Name, step.Direction(), share);
            ledger.RanInTransaction(outcome);
            run.Recorded();
            events(new MigrationFinished(step.File.Name, step.Direction(), share, Committed: false));
        }
        // Every command completed, yet the batch failed (the connection was lost as it ended): the transaction's fate is the report's.
        if (stopped is PostgresException last) throw new StatementFailed(null, last);
        if (stopped is not null) ExceptionDispatchInfo.Throw(stopped);
    }

    void Issued(LoadedMigration step, MigrationBatch work)
    {
        foreach (var c in work.Commands)
            if (!work.Hidden.Contains(c)) events(new StatementIssued(step.File.Name, Display(c, step)));
    }

    /// <summary>lock_timeout for a migration: SET LOCAL lasts until the transaction ends, so once per transaction is enough.</summary>
    NpgsqlBatchCommand? LockTimeout(bool outside) => config.LockTimeout > TimeSpan.Zero
        ? new($"SET {(outside ? "" : "LOCAL ")}lock_timeout = '{DurationSetting.ToPostgres(config.LockTimeout)}'")
        : null;

    MigrationBatch BuildBatch(LoadedMigration step, bool outside, bool opening)
    {
        var batch = new List<NpgsqlBatchCommand>();
        var statements = new HashSet<NpgsqlBatchCommand>(ReferenceEqualityComparer.Instance);
        var hidden = new HashSet<NpgsqlBatchCommand>(ReferenceEqualityComparer.Instance);
        int leading = 0;
        if (opening)
        {
            // The transaction's id, for the guard below (once per transaction, like lock_timeout).
            var note = TransactionGuard.Note();
            hidden.Add(note);
            batch.Add(note);
        }
        if (step.Script is { } script)
        {
            if ((opening || outside) && LockTimeout(outside) is { } timeout) batch.Add(timeout);
            leading = batch.Count;
            foreach (var s in script.Statements)
            {
                var c = new NpgsqlBatchCommand(s.Text);
                statements.Add(c);
                batch.Add(c);
            }
            if (outside && config.LockTimeout > TimeSpan.Zero) batch.Add(new("RESET lock_timeout"));
        }
        if (!outside)
        {
            // Before the tracking row, so a migration that ended the transaction is never recorded.
            var guard = TransactionGuard.Check();
            hidden.Add(guard);
            batch.Add(guard);
        }
        batch.Add(step.Up ? _tracking.Insert(step.File.Name, step.Checksum) : _tracking.Delete(step.File.Name));
        return new MigrationBatch(batch, statements, hidden, leading);
    }

    /// <summary>The text a person sees for a command: the tracking row with its name filled in instead of $1.</summary>
    string Display(NpgsqlBatchCommand c, LoadedMigration step) => c.Parameters.Count == 0
        ? c.CommandText
        : step.Up ? _tracking.InsertText(step.File.Name, step.Checksum) : _tracking.DeleteText(step.File.Name);

    static NpgsqlBatchCommand Clone(NpgsqlBatchCommand c)
    {
        var copy = new NpgsqlBatchCommand(c.CommandText);
        foreach (NpgsqlParameter p in c.Parameters) copy.Parameters.Add(new NpgsqlParameter { Value = p.Value });
        return copy;
    }

    sealed class StatementFailed(NpgsqlBatchCommand? command, PostgresException inner) : Exception(inner.Message, inner)
    {
        public NpgsqlBatchCommand? Command { get; } = command;
        public PostgresException Inner { get; } = inner;
    }

    static async Task ExecuteTrackedAsync(NpgsqlBatch batch, NpgsqlBatchCommand? original, CancellationToken ct)
    {
        try
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e)
        {
            // Npgsql leaves PostgresException.BatchCommand unset here; the failed command is the first
            // one that never completed (its StatementType stays Unknown).
            var failed = original ?? e.BatchCommand ?? batch.BatchCommands.Cast<NpgsqlBatchCommand>().FirstOrDefault(c => c.StatementType == StatementType.Unknown);
            throw new StatementFailed(failed, e);
        }
    }

    MigrationFailure Failure(LoadedMigration step, MigrationBatch? work, NpgsqlBatchCommand? command, PostgresException e, string? waitedFor)
    {
        var file = Relative(step.File.Path);
        var statements = step.Script?.Statements;
        var at = statements is null || work is null ? null
            : FailureLocation.Find(statements, work.Leading, work.IndexOf(command), e.Position, step.Script!.LinesAreSqlLines);
        int? line = at?.Line, column = at?.Column;
        var message = DbErrors.Describe(e);
        if (waitedFor is not null) message += $"\n  {waitedFor}";
        if (command?.CommandText == "COMMIT")
            message += "\n  at COMMIT: a deferred constraint (or trigger) is checked when the transaction commits; nothing of the transaction was applied";
        if (e.SqlState == "55P03")
            message += $"\n  hint: lock-timeout is {config.LockTimeout.TotalSeconds:0.###} s; another session holds a lock this statement needs (see pg_locks), retry when it is done or raise \"lock-timeout\"";
        return new MigrationFailure(step.File.Name, file, line, column, command?.CommandText, message, e.SqlState);
    }

    static async Task RollbackAsync(NpgsqlTransaction? tx)
    {
        if (tx is null) return;
        try { await tx.RollbackAsync(); }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the server already rolled back */ }
    }

    static string Relative(string path) => MigrationDiscovery.Relative(path);
}
