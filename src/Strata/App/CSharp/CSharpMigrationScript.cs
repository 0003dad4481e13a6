using System.Diagnostics;
using System.Reflection;
using Strata.Sql;
using Strata.Sql.Operations;

namespace Strata.App.CSharp;

/// <summary>
/// Runs a C# migration's Up or Down against a <see cref="MigrationBuilder"/> and turns what it recorded
/// into a <see cref="MigrationScript"/>: each statement carries the line of the <c>pgm</c> call that made it.
/// </summary>
public static class CSharpMigrationScript
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
    /// <param name="captureLines">
    /// Note the file line of each pgm call. That reads the migration's PDB for every call, which costs more
    /// than building the SQL, so the runner builds without it and again with it only to report a failure.
    /// </param>
    public static async Task<MigrationScript> BuildAsync(MigrationFile file, Migration migration, bool up, IMigrationDatabase database, bool captureLines = false)
    {
        var lines = new Dictionary<IMigrationOperation, int>(ReferenceEqualityComparer.Instance);
        MigrationBuilder Builder()
        {
            var b = new MigrationBuilder(migration.Shorthands, database);
            if (captureLines) b.Recorded = op => lines[op] = CallerLine(file.Path);
            return b;
        }

        var where = MigrationDiscovery.Relative(file.Path);
        try
        {
            if (up)
            {
                var pgm = Builder();
                await migration.UpAsync(pgm);
                return Script(file, pgm.Operations.Select(op => (op, Line(lines, op), false)), pgm.UsesTransaction, pgm.Naming);
            }
            var down = Builder();
            await migration.DownAsync(down);
            if (!migration.DownMissing)
                return Script(file, down.Operations.Select(op => (op, Line(lines, op), false)), down.UsesTransaction, down.Naming);
            var recorded = Builder();
            await migration.UpAsync(recorded);
            var reversed = recorded.Reverse();
            // Reverse() makes new operations, last first; the line of each is that of the operation it undoes.
            var source = recorded.Operations;
            return Script(file, reversed.Operations.Select((op, i) => (op, Line(lines, source[source.Count - 1 - i]), true)), reversed.UsesTransaction, reversed.Naming);
        }
        catch (IrreversibleOperationException e)
        {
            throw StrataException.Input($"{where}: cannot roll back: {e.Message}", e);
        }
        catch (Exception e) when (e is not NeedsDatabaseException and not StrataException and not OperationCanceledException and not Npgsql.NpgsqlException)
        {
            var cause = Cause(e);
            throw StrataException.Input($"{where}{(ThrowingLine(e, file.Path) is { } l ? $":{l}" : "")}: {(up ? "Up" : "Down")} threw {cause.GetType().Name}: {cause.Message}", e);
        }
    }

    static int Line(Dictionary<IMigrationOperation, int> lines, IMigrationOperation op) => lines.TryGetValue(op, out var l) ? l : 0;

    static MigrationScript Script(MigrationFile file, IEnumerable<(IMigrationOperation Op, int Line, bool Reversed)> ops, bool usesTransaction, SqlNaming naming)
    {
        var statements = new List<SqlStatement>();
        foreach (var (op, line, reversed) in ops)
        {
            IEnumerable<string> steps = op.ToSql(naming);
            if (reversed) steps = steps.Reverse();
            foreach (var step in steps)
                foreach (var s in SqlScript.Split(step))
                    statements.Add(s with { Line = line, Offset = 0 });
        }
        return new MigrationScript(file, statements, !usesTransaction) { LinesAreSqlLines = false };
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

    static int CallerLine(string path) => FirstLineIn(new StackTrace(1, true), path) ?? 0;

    static int? FirstLineIn(StackTrace trace, string path)
    {
        foreach (var frame in trace.GetFrames())
            if (frame.GetFileName() == path && frame.GetFileLineNumber() > 0) return frame.GetFileLineNumber();
        return null;
    }
}
