using System.Diagnostics;
using System.Reflection;
using Strata.Sql;
using Strata.Sql.Operations;

namespace Strata.App.CSharp;

/// <summary>
/// Runs a C# migration's Up or Down against a <see cref="MigrationBuilder"/> and turns what it recorded
/// into a <see cref="MigrationScript"/>: each statement carries the line of the <c>pgm</c> call that made it
/// (the builder's <c>[CallerLineNumber]</c>, which follows the <c>#line</c> the compiler wraps each file in).
/// </summary>
internal static class CSharpMigrationScript
{
    /// <summary>Thrown by the probe database: the migration reads the database, so it is built when it runs.</summary>
    public sealed class NeedsDatabaseException() : Exception("The migration queries pgm.Db; it is built when it runs.");

    /// <summary>A stand-in for pgm.Db while migrations are checked before anything runs.</summary>
    public sealed class ProbeDatabase : IMigrationDatabase
    {
        public static readonly ProbeDatabase Instance = new();
        public Task QueryAsync(string sql, CancellationToken cancellationToken = default) => throw new NeedsDatabaseException();
        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SelectAsync(string sql, CancellationToken cancellationToken = default) => throw new NeedsDatabaseException();
    }

    /// <param name="file">The migration's file.</param>
    /// <param name="migration">Its compiled class.</param>
    /// <param name="up">Up, or down (inferred from Up when Down is not written).</param>
    /// <param name="database">pgm.Db: the run's connection, or the probe while checking before anything runs.</param>
    /// <param name="decamelize">node-pg-migrate's <c>decamelize</c> setting (names in snake case).</param>
    /// <exception cref="MigrationBuildException">The migration threw, or a pgm.Db query failed: file:line and why.</exception>
    public static async Task<MigrationScript> BuildAsync(MigrationFile file, Migration migration, bool up, IMigrationDatabase database, bool decamelize = false)
    {
        MigrationBuilder Builder() => new(migration.Shorthands, database, decamelize);

        var where = MigrationDiscovery.Relative(file.Path);
        try
        {
            if (up)
            {
                var pgm = Builder();
                await migration.UpAsync(pgm);
                return Script(file, pgm.Build());
            }
            var down = Builder();
            await migration.DownAsync(down);
            if (!migration.DownMissing)
                return Script(file, down.Build());
            var recorded = Builder();
            await migration.UpAsync(recorded);
            return Script(file, recorded.Build().Reverse());
        }
        catch (IrreversibleOperationException e)
        {
            throw StrataException.Input($"{where}: cannot roll back: {e.Message}", e);
        }
        catch (Npgsql.PostgresException e)
        {
            // A pgm.Db query the server refused: the migration failed where it queried, as a statement fails (exit 1).
            throw new MigrationBuildException(FailureKind.Database, where, ThrowingLine(e, file.Path), Db.DbErrors.Describe(e), e.SqlState, e);
        }
        catch (Exception e) when (e is not NeedsDatabaseException and not StrataException and not OperationCanceledException and not Npgsql.NpgsqlException)
        {
            var cause = Cause(e);
            throw new MigrationBuildException(FailureKind.Input, where, ThrowingLine(e, file.Path), $"{(up ? "Up" : "Down")} threw {cause.GetType().Name}: {cause.Message}", null, e);
        }
    }

    /// <summary>The statements of a recorded migration, each carrying the line of the pgm call that made it.</summary>
    static MigrationScript Script(MigrationFile file, RecordedMigration recorded)
    {
        var statements = new List<SqlStatement>();
        foreach (var op in recorded.Operations)
            foreach (var step in recorded.StepsOf(op))
                foreach (var s in SqlScript.Split(step))
                    statements.Add(s with { Line = op.Line, Offset = 0 });
        return new MigrationScript(file, statements, recorded.NoTransaction) { LinesAreSqlLines = false };
    }

    /// <summary>The exception the migration's code threw, out of the runtime's wrappers (a static initializer's, reflection's).</summary>
    internal static Exception Cause(Exception e)
    {
        while (e is TypeInitializationException or TargetInvocationException or AggregateException { InnerExceptions.Count: 1 } && e.InnerException is { } inner)
            e = inner;
        return e;
    }

    /// <summary>The line of the file where the exception was thrown: the innermost frame in it, wrappers included.</summary>
    internal static int? ThrowingLine(Exception e, string path)
    {
        int? line = null;
        for (Exception? x = e; x is not null; x = x.InnerException)
            line = FirstLineIn(new StackTrace(x, true), path) ?? line;
        return line;
    }

    static int? FirstLineIn(StackTrace trace, string path)
    {
        foreach (var frame in trace.GetFrames())
            if (frame.GetFileName() == path && frame.GetFileLineNumber() > 0) return frame.GetFileLineNumber();
        return null;
    }
}
