using Npgsql;
using Strata.Auth;
using Strata.Runner;

namespace Strata;

/// <summary>
/// Strata as a library: migrate a database from a .NET app at start-up, without the CLI. The CLI is built
/// on the same calls. Every run takes the advisory lock, so several instances starting at once apply
/// each migration exactly once.
/// <code>
/// var migrator = new StrataMigrator(new ProjectOptions { Directory = "db", DatabaseUrl = url });
/// var result = await migrator.UpAsync();
/// </code>
/// </summary>
public sealed class StrataMigrator
{
    readonly NpgsqlDataSource? _dataSource;
    readonly Action<RunEvent> _events;
    Db.ConnectionTarget? _target;

    /// <param name="options">The project directory, config file and database URL (or the environment / .env / embedded database).</param>
    /// <param name="dataSource">An existing data source to use instead of a URL (its connection string wins).</param>
    /// <param name="events">Progress, as the CLI shows it; ignored when null.</param>
    public StrataMigrator(ProjectOptions options, NpgsqlDataSource? dataSource = null, Action<RunEvent>? events = null)
    {
        _dataSource = dataSource;
        _events = events ?? (_ => { });
        Project = Project.Load(dataSource is null ? options : options with { DatabaseUrl = null });
    }

    internal StrataMigrator(Project project, Action<RunEvent> events)
    {
        Project = project;
        _events = events;
    }

    /// <summary>The project: its directory, configuration and database source.</summary>
    internal Project Project { get; }

    /// <summary>
    /// The whole deploy: the auth track, then the app track, under one lock in one run. Every app migration is read,
    /// compiled and checked before the auth track changes anything, so bad input leaves the database untouched.
    /// </summary>
    public async Task<DeployResult> UpAsync(bool dryRun = false, CancellationToken ct = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var auth = Project.Config.Auth is { } options ? new AuthRunner(Project.Config, options, _events) : null;
        var app = App();
        var request = new RunRequest(Direction.Up, DryRun: dryRun);
        if (!dryRun && await NothingToDoAsync(auth, app, request, clock, ct) is { } nothingToDo) return nothingToDo;
        return await WithConnection(async conn =>
        {
            await using var held = dryRun ? null : await AdvisoryLock.HoldAsync(conn, Project.Config, _events, ct);
            var checkedApp = await app.CheckAsync(conn, request, ct);
            AuthMigrateResult? authResult = null;
            if (auth is not null)
            {
                authResult = await auth.MigrateAsync(conn, dryRun, ct);
                if (!authResult.Succeeded) return new DeployResult(authResult, null, clock.Elapsed);
            }
            return new DeployResult(authResult, await app.RunAsync(conn, request, checkedApp, ct), clock.Elapsed);
        }, ct);
    }

    /// <summary>
    /// App migrations only (<c>strata migrate …</c>). Applying them while the auth schema is pending is refused:
    /// app tables reference "user", so the auth track goes first (<see cref="UpAsync"/>).
    /// </summary>
    public async Task<RunResult> MigrateAsync(RunRequest request, CancellationToken ct = default)
    {
        // A plain `migrate up` takes the deploy's fast path (the auth schema is read too: it must be up to date for app
        // migrations to run). A target (a name, a count, --to) is left to the planner under the lock, which explains a
        // refusal in its own words.
        if (request is { Direction: Direction.Up, Target: null, DryRun: false, Fake: false, Redo: false })
        {
            var auth = Project.Config.Auth is { } authOptions ? new AuthRunner(Project.Config, authOptions, _events) : null;
            if (await NothingToDoAsync(auth, App(), request, System.Diagnostics.Stopwatch.StartNew(), ct) is { App: { } nothing }) return nothing;
        }
        return await WithConnection(conn => MigrateLockedAsync(conn, request, ct), ct);
    }

    async Task<RunResult> MigrateLockedAsync(NpgsqlConnection conn, RunRequest request, CancellationToken ct)
    {
        if (request.Direction == Direction.Up && !request.Redo && !request.Fake && Project.Config.Auth is { } options)
        {
            var plan = await new AuthRunner(Project.Config, options, _events).PlanAsync(conn, ct);
            if (!plan.IsEmpty)
                throw StrataException.Input($"The auth schema is not up to date ({plan.Statements.Count} statement{(plan.Statements.Count == 1 ? "" : "s")} pending) and app migrations reference its tables: run `strata up` (or `strata auth migrate` first).");
        }
        return await App().RunAsync(conn, request, ct);
    }

    /// <summary>
    /// tern's fast path (<see cref="NoOpCheck"/>): one round trip without the lock; the result when neither track has
    /// anything to do, else null and the run takes the lock. The check reads built-in types only, so its own connection
    /// skips type loading; work found, the run opens the connection that migrations (pgm.Db) use.
    /// </summary>
    Task<DeployResult?> NothingToDoAsync(AuthRunner? auth, AppRunner app, RunRequest request, System.Diagnostics.Stopwatch clock, CancellationToken ct)
    {
        app.StartReadingFiles();
        return WithConnection(conn => NoOpCheck.TryAsync(conn, auth, app, request, clock, ct), ct, loadTypes: false);
    }

    /// <summary>Both tracks: applied, pending, drift. Reads only; takes no lock.</summary>
    public Task<StatusReport> StatusAsync(CancellationToken ct = default) => WithConnection(async conn =>
    {
        var runner = App();
        var app = await runner.StatusAsync(conn, ct);
        var invalid = await runner.InvalidIndexesAsync(conn, ct);
        if (Project.Config.Auth is not { } options) return new StatusReport(app, null, []) { InvalidIndexes = invalid };
        var plan = await new AuthRunner(Project.Config, options, _events).PlanAsync(conn, ct);
        return new StatusReport(app, plan.Statements, plan.Changes.Drift) { InvalidIndexes = invalid };
    }, ct);

    /// <summary>
    /// What each pending migration of both tracks would lock and rewrite on this database: replayed and observed on a
    /// scratch database (<c>lint-scratch-url</c>, else the embedded cluster), weighed by the target's table sizes.
    /// Reads the target only. <paramref name="beforeUp"/> is the check <c>up</c> runs: it skips the scratch database when
    /// no table on the target is big enough to matter.
    /// </summary>
    internal Task<Lint.LintReport> LintAsync(bool beforeUp = false, CancellationToken ct = default) => WithConnection(conn =>
        new LintRunner(Project.Config, Project.Directory, _events).RunAsync(conn, ScratchServerAsync, beforeUp, ct), ct);

    async Task<Db.ConnectionTarget> ScratchServerAsync(CancellationToken ct)
    {
        if (Project.Config.LintScratchUrl is { } url) return Db.ConnectionUrl.Parse(url);
        var cluster = new Db.EmbeddedCluster(Project.Directory);
        var start = await cluster.StartAsync(ct);
        if (start.Started)
            _events(new Notice($"Started the embedded PostgreSQL for lint's scratch database ({Path.GetRelativePath(Project.Directory, start.DataDirectory)}, port {start.Port}); `strata db stop` stops it."));
        return cluster.Target(start.Port, "postgres");
    }

    /// <summary>The SQL better-auth's CLI would write for what the database lacks, and its file name.</summary>
    public Task<AuthGenerateResult> AuthGenerateAsync(CancellationToken ct = default) => WithConnection(conn =>
        new AuthRunner(Project.Config, AuthOptionsOrThrow(), _events).GenerateAsync(conn, DateTimeOffset.UtcNow, ct), ct);

    /// <summary>Applies what the auth schema lacks, in one transaction under the lock.</summary>
    public Task<AuthMigrateResult> AuthMigrateAsync(bool dryRun = false, CancellationToken ct = default) => WithConnection(conn =>
        new AuthRunner(Project.Config, AuthOptionsOrThrow(), _events).MigrateAsync(conn, dryRun, ct), ct);

    AuthOptions AuthOptionsOrThrow() => Project.Config.Auth ?? throw StrataException.Input(
        $"{Path.GetFileName(Project.Config.SourcePath ?? Config.ConfigFile.DefaultName)} has no \"auth\" section: add one with better-auth's options, e.g. \"auth\": {{ \"emailAndPassword\": {{ \"enabled\": true }} }}.");

    AppRunner App() => new(Project.Config, Project.Directory, _events);

    /// <summary>
    /// Runs <paramref name="body"/> on a connection. The target is resolved once per migrator, so a command that connects
    /// more than once (lint before up, the no-op check) starts and names its database once.
    /// </summary>
    async Task<T> WithConnection<T>(Func<NpgsqlConnection, Task<T>> body, CancellationToken ct, bool loadTypes = true)
    {
        if (_dataSource is not null)
        {
            await using var conn = await _dataSource.OpenConnectionAsync(ct);
            if (loadTypes) await Db.ClientCheck.EnableAsync(conn, ct);
            return await Worded(conn, body);
        }
        _target ??= await Project.ResolveTargetAsync(_events, ct);
        var (source, connection) = await Project.OpenAsync(_target, loadTypes, ct);
        await using (source)
        await using (connection)
            return await Worded(connection, body);
    }

    /// <summary>A server error that no runner turned into a migration failure, in words (a missing schema, a read-only session, …).</summary>
    static async Task<T> Worded<T>(NpgsqlConnection conn, Func<NpgsqlConnection, Task<T>> body)
    {
        try
        {
            return await body(conn);
        }
        catch (PostgresException e)
        {
            throw Db.DbErrors.Server(e, conn.UserName);
        }
    }
}
