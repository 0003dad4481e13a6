using Strata.Sql.Operations;

namespace Strata.App;

/// <summary>
/// A C# migration: a file in <c>migrations/</c> holding one class derived from this, the C# twin of a
/// node-pg-migrate file's <c>shorthands</c>, <c>up</c> and <c>down</c>:
/// <code>
/// public sealed class CreateChat : Migration
/// {
///     public override void Up(MigrationBuilder pgm) =>
///         pgm.CreateTable("chat", new Columns { ["id"] = "id", ["title"] = new Column("text") { NotNull = true } });
/// }
/// </code>
/// Leave <see cref="Down"/> out to have it inferred from <see cref="Up"/> (every operation reversible).
/// Migrations that read the database while they run override <see cref="UpAsync"/> and use <c>pgm.Db</c>.
/// </summary>
public abstract class Migration
{
    bool _downMissing;

    /// <summary>Column shorthands for this migration, like node-pg-migrate's exported <c>shorthands</c>.</summary>
    public virtual Columns? Shorthands => null;

    /// <summary>Records what the migration does.</summary>
    public virtual void Up(MigrationBuilder pgm) { }

    /// <summary>Records what the migration does, awaiting queries made through <c>pgm.Db</c>.</summary>
    public virtual Task UpAsync(MigrationBuilder pgm)
    {
        Up(pgm);
        return Task.CompletedTask;
    }

    /// <summary>Records how to undo it; when not overridden, the reverse of <see cref="Up"/> is used.</summary>
    public virtual void Down(MigrationBuilder pgm) => _downMissing = true;

    /// <summary>Asynchronous twin of <see cref="Down"/>.</summary>
    public virtual Task DownAsync(MigrationBuilder pgm)
    {
        Down(pgm);
        return Task.CompletedTask;
    }

    /// <summary>True after <see cref="DownAsync"/> ran the base implementation: the down-migration is to be inferred.</summary>
    internal bool DownMissing => _downMissing;
}
