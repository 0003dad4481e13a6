using System.Runtime.CompilerServices;
using Strata.Sql.Operations;

namespace Strata.App;

/// <summary>
/// The <c>pgm</c> of a C# migration: node-pg-migrate 9's MigrationBuilder, operation for operation and
/// with the same SQL. Each call records an immutable operation (and checks its arguments at once, as
/// node-pg-migrate does); <see cref="Build"/> gives the result, a <see cref="RecordedMigration"/>, whose SQL the
/// runner runs and whose reverse is the inferred down-migration.
/// </summary>
/// <remarks>
/// <para>
/// Names are <see cref="SqlName"/>s: a string (<c>"users"</c>), or <c>new("app", "users")</c> for
/// node-pg-migrate's <c>{ schema: 'app', name: 'users' }</c>. Columns are written as an ordered
/// <see cref="Columns"/> collection, a string being a type:
/// <code>
/// pgm.CreateTable("chat", new Columns
/// {
///     ["id"] = "id",
///     ["title"] = new Column("text") { NotNull = true },
///     ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
/// });
/// </code>
/// The rule, EF Core's: the options object of a node-pg-migrate call is the trailing named arguments of the method
/// (<c>{ where: 'a &gt; 0', unique: true }</c> → <c>where: "a &gt; 0", unique: true</c>), and the objects nested in it (a
/// column, a foreign key, a function parameter, table constraints, an identity's sequence options) are records with
/// init-only properties. The drop flags of an inferred down-migration (<c>ifExists</c>, <c>cascade</c>) are named
/// arguments of the create they undo. Last of all, after the options, every method has a <c>line</c> parameter the compiler
/// fills in (<c>[CallerLineNumber]</c>): never pass it. A C# keyword takes an <c>@</c>: <c>@default:</c>, <c>@using:</c>.
/// Values are <see cref="SqlValue"/>s: strings are dollar-quoted, <see cref="Func"/> text is raw, and
/// <see cref="SqlValue.Null"/> is SQL NULL, because a C# <c>null</c> means "not given".
/// </para>
/// <para>Everything is plain data: no reflection, so it is trim- and AOT-safe.</para>
/// </remarks>
public sealed class MigrationBuilder
{
    private readonly List<RecordedOperation> _operations = [];
    private readonly IMigrationDatabase? _database;
    private readonly SqlNaming _naming;
    private TypeShorthands _shorthands;
    private bool _noTransaction;
    private bool _usedDatabase;

    /// <summary>A builder for one migration.</summary>
    /// <param name="shorthands">Column type shorthands (the configuration's), on top of the built-in <c>id</c> → <c>serial PRIMARY KEY</c>.</param>
    /// <param name="database">The connection <see cref="Db"/> queries, when the migration runs for real.</param>
    /// <param name="decamelize">
    /// node-pg-migrate's <c>decamelize</c> setting: every name (not raw SQL, types or values) is written in
    /// snake case, <c>userId</c> → <c>"user_id"</c>.
    /// </param>
    public MigrationBuilder(Columns? shorthands = null, IMigrationDatabase? database = null, bool decamelize = false)
    {
        _shorthands = new TypeShorthands(shorthands);
        _database = database;
        _naming = decamelize ? SqlNaming.Decamelized : SqlNaming.AsWritten;
    }

    /// <summary>What was recorded so far: the operations, how names are written, whether it runs outside a transaction.</summary>
    public RecordedMigration Build() => new([.. _operations], _naming, _noTransaction, _usedDatabase);

    /// <summary>Run this migration outside a transaction (needed by <c>CREATE INDEX CONCURRENTLY</c>, <c>ALTER TYPE … ADD VALUE</c> on old servers).</summary>
    public MigrationBuilder NoTransaction()
    {
        _noTransaction = true;
        return this;
    }

    /// <summary>Raw SQL used as a value or name, written as is: <c>Default = pgm.Func("now()")</c>.</summary>
    public SqlValue Func(string sql) => SqlValue.Raw(sql);

    /// <summary>The database, for migrations that must read data while they run. Using it makes the down-migration impossible to infer.</summary>
    public IMigrationDatabase Db
    {
        get
        {
            _usedDatabase = true;
            return _database ?? throw new InvalidOperationException("This migration builder has no database connection: pgm.Db is available only while the migration runs.");
        }
    }

    /// <summary>Shorthands for the rest of this migration (node-pg-migrate's per-file <c>exports.shorthands</c>), over the configured ones.</summary>
    public MigrationBuilder DefineShorthands(Columns shorthands)
    {
        _shorthands = _shorthands.With(shorthands);
        return this;
    }

    /// <param name="operation">The call's operation.</param>
    /// <param name="line">
    /// The caller's line, from the trailing <c>[CallerLineNumber]</c> parameter of every method here: the compiler fills it
    /// in, following the <c>#line</c> Strata compiles each migration file under, so a failed statement names the line
    /// of its call at no run-time cost. Methods that delegate pass it on.
    /// </param>
    private MigrationBuilder Add(IMigrationOperation operation, int line)
    {
        // Writing the SQL now reports a bad argument at the line that made it, as node-pg-migrate does.
        _ = operation.ToSql(_naming);
        _operations.Add(new RecordedOperation(operation, line));
        return this;
    }

    // ---- Raw SQL

    /// <summary>
    /// Raw SQL; a final semicolon is added when missing. Each <c>{key}</c> is replaced by its argument: a
    /// string as a quoted identifier (for <c>{table}</c>), any other value as SQL (a number, <see cref="Func"/> text …).
    /// Irreversible.
    /// </summary>
    public MigrationBuilder Sql(string sql, IReadOnlyDictionary<string, SqlValue>? args = null, [CallerLineNumber] int line = 0) =>
        Add(new RawSql(sql, [.. args ?? new Dictionary<string, SqlValue>()]), line);

    // ---- Extensions

    /// <summary>
    /// <c>CREATE EXTENSION</c>. Reversed by <c>DROP EXTENSION</c>, with <paramref name="ifExists"/> and
    /// <paramref name="cascade"/>: like every create here, it takes the options of the drop that undoes it.
    /// </summary>
    /// <param name="extension">The extension.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="schema">The schema to install into.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateExtension(string extension, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        CreateExtension([extension], ifNotExists, schema, ifExists, cascade, line: line);

    /// <summary><c>CREATE EXTENSION</c> for each, one statement each.</summary>
    public MigrationBuilder CreateExtension(IReadOnlyList<string> extensions, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateExtension(extensions, ifNotExists, schema, new DropFlags(ifExists, cascade)), line);

    /// <summary>Alias of <see cref="CreateExtension(string, bool, string?, bool, bool, int)"/>.</summary>
    public MigrationBuilder AddExtension(string extension, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        CreateExtension(extension, ifNotExists, schema, ifExists, cascade, line: line);

    /// <summary><c>DROP EXTENSION</c>. Irreversible, as every drop.</summary>
    public MigrationBuilder DropExtension(string extension, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) => DropExtension([extension], ifExists, cascade, line: line);

    /// <summary><c>DROP EXTENSION</c> for each, one statement each.</summary>
    public MigrationBuilder DropExtension(IReadOnlyList<string> extensions, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropExtension", "EXTENSION", [.. extensions.Select(e => (SqlName)e)], ifExists, cascade), line);

    // ---- Tables

    /// <summary><c>CREATE TABLE</c> with its column and table comments. Reversed by <c>DROP TABLE</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">Its columns, in order.</param>
    /// <param name="temporary"><c>TEMPORARY</c>.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="inherits"><c>INHERITS (parent)</c>.</param>
    /// <param name="like"><c>LIKE table</c>, with its <c>INCLUDING</c>/<c>EXCLUDING</c> options.</param>
    /// <param name="constraints">Table constraints.</param>
    /// <param name="comment">A table comment; <see cref="SqlValue.Null"/> writes <c>COMMENT … IS NULL</c>.</param>
    /// <param name="partition"><c>PARTITION BY</c>.</param>
    /// <param name="unlogged"><c>UNLOGGED</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateTable(SqlName table, Columns columns, bool temporary = false, bool ifNotExists = false, SqlName? inherits = null, Like? like = null,
        ConstraintOptions? constraints = null, SqlValue? comment = null, Partition? partition = null, bool unlogged = false, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateTable(table, columns, new TableOptions
        {
            Temporary = temporary, IfNotExists = ifNotExists, Inherits = inherits, Like = like, Constraints = constraints, Comment = comment,
            Partition = partition, Unlogged = unlogged, Drop = new DropFlags(ifExists, cascade),
        }, _shorthands), line);

    /// <summary><c>DROP TABLE</c>. Irreversible, as every drop.</summary>
    public MigrationBuilder DropTable(SqlName table, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropTable", "TABLE", table, ifExists, cascade), line);

    /// <summary><c>ALTER TABLE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTable(SqlName table, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameTable", "TABLE", table, newName), line);

    /// <summary><c>ALTER TABLE</c> row level security or logging. Irreversible.</summary>
    /// <param name="table">The table.</param>
    /// <param name="levelSecurity"><c>ENABLE</c>, <c>DISABLE</c>, <c>FORCE</c> or <c>NO FORCE</c> row level security.</param>
    /// <param name="unlogged">True: <c>SET UNLOGGED</c>; false: <c>SET LOGGED</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AlterTable(SqlName table, string? levelSecurity = null, bool? unlogged = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterTable(table, levelSecurity, unlogged), line);

    // ---- Columns

    /// <summary><c>ALTER TABLE … ADD</c> columns. Reversed by dropping them (with <paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">The new columns.</param>
    /// <param name="ifNotExists"><c>ADD IF NOT EXISTS</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>DROP IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AddColumns(SqlName table, Columns columns, bool ifNotExists = false, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new AddColumns(table, columns, ifNotExists, _shorthands, new DropFlags(ifExists, cascade)), line);

    /// <summary>Alias of <see cref="AddColumns"/>.</summary>
    public MigrationBuilder AddColumn(SqlName table, Columns columns, bool ifNotExists = false, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        AddColumns(table, columns, ifNotExists, ifExists, cascade, line: line);

    /// <summary><c>ALTER TABLE … DROP</c> columns. Irreversible.</summary>
    public MigrationBuilder DropColumns(SqlName table, IReadOnlyList<string> columns, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropColumns(table, columns, ifExists, cascade), line);

    /// <summary>Drops the columns named in a column list (its definitions are ignored).</summary>
    public MigrationBuilder DropColumns(SqlName table, Columns columns, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        DropColumns(table, [.. columns.Select(c => c.Key)], ifExists, cascade, line: line);

    /// <summary><c>ALTER TABLE … DROP</c> one column. Irreversible.</summary>
    public MigrationBuilder DropColumn(SqlName table, string column, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        DropColumns(table, [column], ifExists, cascade, line: line);

    /// <summary><c>ALTER TABLE … RENAME column TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameColumn(SqlName table, string column, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameMember("RenameColumn", "TABLE", table, "", column, newName), line);

    /// <summary><c>ALTER TABLE … ALTER column …</c> and/or <c>COMMENT ON COLUMN</c>; what is not given is left alone. Irreversible.</summary>
    /// <param name="table">The table.</param>
    /// <param name="column">The column.</param>
    /// <param name="type"><c>SET DATA TYPE</c>; type adapters apply (<c>int</c> → <c>integer</c>), shorthands do not, as in node-pg-migrate.</param>
    /// <param name="default"><c>SET DEFAULT</c>; <see cref="SqlValue.Null"/> drops the default.</param>
    /// <param name="notNull">True: <c>SET NOT NULL</c>; false: <c>DROP NOT NULL</c>.</param>
    /// <param name="allowNull">True: <c>DROP NOT NULL</c>.</param>
    /// <param name="collation"><c>COLLATE</c> with the type change; a bare name is quoted.</param>
    /// <param name="using">The USING expression of a type change.</param>
    /// <param name="comment">A new comment; <see cref="SqlValue.Null"/> removes it.</param>
    /// <param name="sequenceGenerated">Make the column an identity column.</param>
    /// <param name="dropIdentity"><c>DROP IDENTITY</c> (node-pg-migrate: <c>sequenceGenerated: null</c>).</param>
    /// <param name="expressionGenerated"><c>SET EXPRESSION AS (…)</c> of a generated column.</param>
    /// <param name="dropExpression"><c>DROP EXPRESSION</c> (node-pg-migrate: <c>expressionGenerated: null</c>).</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AlterColumn(SqlName table, string column, string? type = null, SqlValue? @default = null, bool? notNull = null, bool allowNull = false,
        string? collation = null, string? @using = null, SqlValue? comment = null, Identity? sequenceGenerated = null, bool dropIdentity = false,
        string? expressionGenerated = null, bool dropExpression = false, [CallerLineNumber] int line = 0) =>
        Add(new AlterColumn(table, column, new AlterColumnOptions
        {
            Type = type, Default = @default, NotNull = notNull, AllowNull = allowNull, Collation = collation, Using = @using, Comment = comment,
            SequenceGenerated = sequenceGenerated, DropIdentity = dropIdentity, ExpressionGenerated = expressionGenerated, DropExpression = dropExpression,
        }, _shorthands), line);

    // ---- Constraints

    /// <summary>
    /// Adds the constraints given (<c>pgm.AddConstraint("t", "t_a_check", check: "a &gt; 0")</c>); unnamed ones get
    /// node-pg-migrate's names. Reversible when named.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="name">The constraint's name; null for node-pg-migrate's generated names (then irreversible).</param>
    /// <param name="check">One check, named <c>{table}_chck</c>.</param>
    /// <param name="checks">Several checks, named <c>{table}_chck_1</c>, <c>_2</c> ….</param>
    /// <param name="unique">One unique constraint, on a column (<c>"a"</c>) or several (<c>["a", "b"]</c>).</param>
    /// <param name="uniques">Several unique constraints, one per entry: <c>[["a", "b"], "c"]</c>.</param>
    /// <param name="primaryKey">The primary key column or columns.</param>
    /// <param name="foreignKey">One foreign key.</param>
    /// <param name="foreignKeys">Several foreign keys.</param>
    /// <param name="exclude">The text after EXCLUDE, e.g. <c>USING gist (r WITH &amp;&amp;)</c>.</param>
    /// <param name="deferrable">Every constraint here is <c>DEFERRABLE INITIALLY IMMEDIATE</c>, or <c>DEFERRED</c> with <paramref name="deferred"/>.</param>
    /// <param name="deferred">With <paramref name="deferrable"/>: <c>INITIALLY DEFERRED</c>.</param>
    /// <param name="comment">A comment on the constraint; needs <paramref name="name"/>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>DROP CONSTRAINT IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="ifTableExists">For the inferred down-migration: <c>ALTER TABLE IF EXISTS</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AddConstraint(SqlName table, string? name, string? check = null, IReadOnlyList<string>? checks = null, SqlNames? unique = null,
        IReadOnlyList<SqlNames>? uniques = null, SqlNames? primaryKey = null, ForeignKey? foreignKey = null, IReadOnlyList<ForeignKey>? foreignKeys = null,
        string? exclude = null, bool deferrable = false, bool deferred = false, string? comment = null, bool ifExists = false, bool cascade = false, bool ifTableExists = false, [CallerLineNumber] int line = 0) =>
        Add(new AddConstraint(table, name, new ConstraintOptions
        {
            Check = check, Checks = checks, Unique = unique, Uniques = uniques, PrimaryKey = primaryKey, ForeignKey = foreignKey, ForeignKeys = foreignKeys,
            Exclude = exclude, Deferrable = deferrable, Deferred = deferred, Comment = comment,
        }, null, ifExists, cascade, ifTableExists), line);

    /// <summary>Adds a constraint written in SQL (<c>CHECK (age &gt;= 0)</c>). Irreversible.</summary>
    // Preferred for (table, name, "expression"): with the trailing line on both overloads, no other rule tells them apart.
    [OverloadResolutionPriority(1)]
    public MigrationBuilder AddConstraint(SqlName table, string? name, string expression, [CallerLineNumber] int line = 0) =>
        Add(new AddConstraint(table, name, null, expression), line);

    /// <summary>Alias of the <c>AddConstraint</c> that takes the constraints as named arguments.</summary>
    public MigrationBuilder CreateConstraint(SqlName table, string? name, string? check = null, IReadOnlyList<string>? checks = null, SqlNames? unique = null,
        IReadOnlyList<SqlNames>? uniques = null, SqlNames? primaryKey = null, ForeignKey? foreignKey = null, IReadOnlyList<ForeignKey>? foreignKeys = null,
        string? exclude = null, bool deferrable = false, bool deferred = false, string? comment = null, bool ifExists = false, bool cascade = false, bool ifTableExists = false, [CallerLineNumber] int line = 0) =>
        AddConstraint(table, name, check, checks, unique, uniques, primaryKey, foreignKey, foreignKeys, exclude, deferrable, deferred, comment, ifExists, cascade, ifTableExists, line: line);

    /// <summary>Alias of <see cref="AddConstraint(SqlName, string?, string, int)"/>.</summary>
    // Preferred for (table, name, "expression"): with the trailing line on both overloads, no other rule tells them apart.
    [OverloadResolutionPriority(1)]
    public MigrationBuilder CreateConstraint(SqlName table, string? name, string expression, [CallerLineNumber] int line = 0) => AddConstraint(table, name, expression, line: line);

    /// <summary><c>ALTER TABLE [IF EXISTS] … DROP CONSTRAINT</c>. Irreversible.</summary>
    public MigrationBuilder DropConstraint(SqlName table, string name, bool ifExists = false, bool cascade = false, bool ifTableExists = false, [CallerLineNumber] int line = 0) =>
        Add(new DropConstraint(table, name, ifExists, cascade, ifTableExists), line);

    /// <summary><c>ALTER TABLE … RENAME CONSTRAINT</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameConstraint(SqlName table, string name, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameMember("RenameConstraint", "TABLE", table, "CONSTRAINT ", name, newName), line);

    // ---- Indexes

    /// <summary><c>CREATE INDEX</c>, named <c>{table}_{columns}[_unique]_index</c> unless named. Reversed by <c>DROP INDEX</c>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns or expressions (<c>lower(email)</c>), with their operator class and sort order.</param>
    /// <param name="name">The index name.</param>
    /// <param name="unique"><c>UNIQUE</c>; the generated name ends <c>_unique_index</c>.</param>
    /// <param name="where">A partial index's <c>WHERE</c> predicate.</param>
    /// <param name="concurrently"><c>CONCURRENTLY</c> (call <c>NoTransaction()</c> too).</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="method"><c>btree</c>, <c>hash</c>, <c>gist</c>, <c>spgist</c>, <c>gin</c>, <c>brin</c> ….</param>
    /// <param name="include"><c>INCLUDE (columns)</c>.</param>
    /// <param name="nulls"><c>distinct</c> or <c>not distinct</c> (unique indexes only).</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateIndex(SqlName table, IReadOnlyList<IndexColumn> columns, string? name = null, bool unique = false, string? where = null,
        bool concurrently = false, bool ifNotExists = false, string? method = null, IReadOnlyList<string>? include = null, string? nulls = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateIndex(table, columns, new IndexOptions
        {
            Name = name, Unique = unique, Where = where, Concurrently = concurrently, IfNotExists = ifNotExists, Method = method, Include = include,
            Nulls = nulls, IfExists = ifExists, Cascade = cascade,
        }), line);

    /// <summary><c>CREATE INDEX</c> on one column or expression.</summary>
    public MigrationBuilder CreateIndex(SqlName table, string column, string? name = null, bool unique = false, string? where = null,
        bool concurrently = false, bool ifNotExists = false, string? method = null, IReadOnlyList<string>? include = null, string? nulls = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        CreateIndex(table, [column], name, unique, where, concurrently, ifNotExists, method, include, nulls, ifExists, cascade, line: line);

    /// <summary>Alias of <c>CreateIndex</c>.</summary>
    public MigrationBuilder AddIndex(SqlName table, IReadOnlyList<IndexColumn> columns, string? name = null, bool unique = false, string? where = null,
        bool concurrently = false, bool ifNotExists = false, string? method = null, IReadOnlyList<string>? include = null, string? nulls = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        CreateIndex(table, columns, name, unique, where, concurrently, ifNotExists, method, include, nulls, ifExists, cascade, line: line);

    /// <summary>Alias of <c>CreateIndex</c> on one column or expression.</summary>
    public MigrationBuilder AddIndex(SqlName table, string column, string? name = null, bool unique = false, string? where = null,
        bool concurrently = false, bool ifNotExists = false, string? method = null, IReadOnlyList<string>? include = null, string? nulls = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        CreateIndex(table, [column], name, unique, where, concurrently, ifNotExists, method, include, nulls, ifExists, cascade, line: line);

    /// <summary><c>DROP INDEX</c> of the index <c>CreateIndex</c> would name so (from <paramref name="name"/>, or the columns and <paramref name="unique"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">The indexed columns or expressions.</param>
    /// <param name="unique">The index is unique (its generated name ends <c>_unique_index</c>).</param>
    /// <param name="name">The index name.</param>
    /// <param name="concurrently"><c>CONCURRENTLY</c>.</param>
    /// <param name="ifExists"><c>IF EXISTS</c>.</param>
    /// <param name="cascade"><c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder DropIndex(SqlName table, IReadOnlyList<IndexColumn> columns, bool unique = false, string? name = null, bool concurrently = false,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropIndex(table, columns, new IndexOptions { Unique = unique, Name = name, Concurrently = concurrently, IfExists = ifExists, Cascade = cascade }), line);

    /// <summary><c>DROP INDEX</c> of the index on one column or expression.</summary>
    public MigrationBuilder DropIndex(SqlName table, string column, bool unique = false, string? name = null, bool concurrently = false,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        DropIndex(table, [column], unique, name, concurrently, ifExists, cascade, line: line);

    /// <summary><c>ALTER INDEX … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameIndex(SqlName index, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameIndex", "INDEX", index, newName), line);

    // ---- Types

    /// <summary><c>CREATE TYPE … AS ENUM (values)</c>. Reversed by <c>DROP TYPE</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    public MigrationBuilder CreateType(SqlName type, IReadOnlyList<SqlValue> values, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateType(type, values, null, _shorthands, new DropFlags(ifExists, cascade)), line);

    /// <summary><c>CREATE TYPE … AS (attributes)</c>, a composite type; each attribute's <see cref="Column.Type"/> is used.</summary>
    public MigrationBuilder CreateType(SqlName type, Columns attributes, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateType(type, null, [.. attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value.Type ?? throw new ArgumentException($"Attribute {a.Key} has no type.")))], _shorthands, new DropFlags(ifExists, cascade)), line);

    /// <summary>Alias of <see cref="CreateType(SqlName, IReadOnlyList{SqlValue}, bool, bool, int)"/>.</summary>
    public MigrationBuilder AddType(SqlName type, IReadOnlyList<SqlValue> values, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) => CreateType(type, values, ifExists, cascade, line: line);

    /// <summary>Alias of <see cref="CreateType(SqlName, Columns, bool, bool, int)"/>.</summary>
    public MigrationBuilder AddType(SqlName type, Columns attributes, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) => CreateType(type, attributes, ifExists, cascade, line: line);

    /// <summary><c>DROP TYPE</c>. Irreversible.</summary>
    public MigrationBuilder DropType(SqlName type, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropType", "TYPE", type, ifExists, cascade), line);

    /// <summary><c>ALTER TYPE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameType(SqlName type, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameType", "TYPE", type, newName), line);

    /// <summary><c>ALTER TYPE … ADD ATTRIBUTE</c>. Reversed by dropping it (<paramref name="ifExists"/>).</summary>
    /// <param name="type">The composite type.</param>
    /// <param name="attribute">The attribute.</param>
    /// <param name="attributeType">Its type; shorthands apply.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>DROP ATTRIBUTE IF EXISTS</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AddTypeAttribute(SqlName type, string attribute, string attributeType, bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new AddTypeAttribute(type, attribute, attributeType, _shorthands, ifExists), line);

    /// <summary><c>ALTER TYPE … DROP ATTRIBUTE</c>. Irreversible.</summary>
    public MigrationBuilder DropTypeAttribute(SqlName type, string attribute, bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new DropTypeAttribute(type, attribute, ifExists), line);

    /// <summary><c>ALTER TYPE … ALTER ATTRIBUTE … SET DATA TYPE</c>; shorthands apply. Irreversible.</summary>
    public MigrationBuilder SetTypeAttribute(SqlName type, string attribute, string attributeType, [CallerLineNumber] int line = 0) =>
        Add(new SetTypeAttribute(type, attribute, attributeType, _shorthands), line);

    /// <summary><c>ALTER TYPE … RENAME ATTRIBUTE</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTypeAttribute(SqlName type, string attribute, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameMember("RenameTypeAttribute", "TYPE", type, "ATTRIBUTE ", attribute, newName), line);

    /// <summary><c>ALTER TYPE … ADD VALUE</c>. Irreversible: PostgreSQL cannot drop an enum value.</summary>
    public MigrationBuilder AddTypeValue(SqlName type, SqlValue value, string? before = null, string? after = null, bool ifNotExists = false, [CallerLineNumber] int line = 0) =>
        Add(new AddTypeValue(type, value, before, after, ifNotExists), line);

    /// <summary><c>ALTER TYPE … RENAME VALUE</c> of an enum. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTypeValue(SqlName type, string value, string newValue, [CallerLineNumber] int line = 0) =>
        Add(new RenameMember("RenameTypeValue", "TYPE", type, "VALUE ", value, newValue, AsLiteral: true), line);

    // ---- Roles

    /// <summary><c>CREATE ROLE</c>, every unset flag written with PostgreSQL's default. Reversed by <c>DROP ROLE</c> (<paramref name="ifExists"/>).</summary>
    /// <param name="roleName">The role.</param>
    /// <param name="superuser"><c>SUPERUSER</c> / <c>NOSUPERUSER</c>.</param>
    /// <param name="createDb"><c>CREATEDB</c> / <c>NOCREATEDB</c>.</param>
    /// <param name="createRole"><c>CREATEROLE</c> / <c>NOCREATEROLE</c>.</param>
    /// <param name="inherit"><c>INHERIT</c> / <c>NOINHERIT</c>.</param>
    /// <param name="login"><c>LOGIN</c> / <c>NOLOGIN</c>.</param>
    /// <param name="replication"><c>REPLICATION</c> / <c>NOREPLICATION</c>.</param>
    /// <param name="bypassRls"><c>BYPASSRLS</c> / <c>NOBYPASSRLS</c>.</param>
    /// <param name="limit"><c>CONNECTION LIMIT</c>; 0 is not written.</param>
    /// <param name="password"><c>ENCRYPTED PASSWORD</c>, dollar-quoted.</param>
    /// <param name="encrypted">False: <c>UNENCRYPTED PASSWORD</c> (rejected since PostgreSQL 10).</param>
    /// <param name="valid"><c>VALID UNTIL</c>; an empty string means <c>'infinity'</c>.</param>
    /// <param name="inRole"><c>IN ROLE</c> roles, written as is.</param>
    /// <param name="role"><c>ROLE</c> members, written as is.</param>
    /// <param name="admin"><c>ADMIN</c> roles, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateRole(SqlName roleName, bool? superuser = null, bool? createDb = null, bool? createRole = null, bool? inherit = null, bool? login = null,
        bool? replication = null, bool? bypassRls = null, int? limit = null, SqlValue? password = null, bool? encrypted = null, SqlValue? valid = null,
        IReadOnlyList<string>? inRole = null, IReadOnlyList<string>? role = null, IReadOnlyList<string>? admin = null, bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateRole(roleName, Role(superuser, createDb, createRole, inherit, login, replication, bypassRls, limit, password, encrypted, valid, inRole, role, admin),
            new DropFlags(ifExists)), line);

    /// <summary><c>DROP ROLE</c>. Irreversible.</summary>
    public MigrationBuilder DropRole(SqlName role, bool ifExists = false, [CallerLineNumber] int line = 0) => Add(new DropObject("DropRole", "ROLE", role, ifExists), line);

    /// <summary><c>ALTER ROLE … WITH</c> the attributes given (as for <c>CreateRole</c>). Irreversible.</summary>
    public MigrationBuilder AlterRole(SqlName roleName, bool? superuser = null, bool? createDb = null, bool? createRole = null, bool? inherit = null, bool? login = null,
        bool? replication = null, bool? bypassRls = null, int? limit = null, SqlValue? password = null, bool? encrypted = null, SqlValue? valid = null,
        IReadOnlyList<string>? inRole = null, IReadOnlyList<string>? role = null, IReadOnlyList<string>? admin = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterRole(roleName, Role(superuser, createDb, createRole, inherit, login, replication, bypassRls, limit, password, encrypted, valid, inRole, role, admin)), line);

    private static RoleOptions Role(bool? superuser, bool? createDb, bool? createRole, bool? inherit, bool? login, bool? replication, bool? bypassRls, int? limit,
        SqlValue? password, bool? encrypted, SqlValue? valid, IReadOnlyList<string>? inRole, IReadOnlyList<string>? roles, IReadOnlyList<string>? admin) =>
        new()
        {
            Superuser = superuser, CreateDb = createDb, CreateRole = createRole, Inherit = inherit, Login = login, Replication = replication, BypassRls = bypassRls,
            Limit = limit, Password = password, Encrypted = encrypted, Valid = valid, InRole = inRole, Role = roles, Admin = admin,
        };

    /// <summary><c>ALTER ROLE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameRole(SqlName role, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameRole", "ROLE", role, newName), line);

    // ---- Functions

    /// <summary>
    /// <c>CREATE FUNCTION</c>; the definition is dollar-quoted. Reversed by <c>DROP FUNCTION</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).
    /// The definition comes before the options, which are named: node-pg-migrate's <c>createFunction(name, params, { language: 'sql' }, 'select 1')</c>
    /// is <c>pgm.CreateFunction(name, params, "select 1", language: "sql")</c>.
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="parameters">Its parameters; a string is a type.</param>
    /// <param name="definition">The body.</param>
    /// <param name="language">The language, e.g. <c>plpgsql</c> or <c>sql</c>; required.</param>
    /// <param name="returns">The return type.</param>
    /// <param name="replace"><c>CREATE OR REPLACE</c>.</param>
    /// <param name="window"><c>WINDOW</c>.</param>
    /// <param name="behavior"><c>IMMUTABLE</c>, <c>STABLE</c> or <c>VOLATILE</c>.</param>
    /// <param name="security"><c>INVOKER</c> or <c>DEFINER</c>.</param>
    /// <param name="onNull"><c>RETURNS NULL ON NULL INPUT</c>.</param>
    /// <param name="parallel"><c>UNSAFE</c>, <c>RESTRICTED</c> or <c>SAFE</c>.</param>
    /// <param name="set"><c>SET parameter TO value</c> (value as is), or <c>FROM CURRENT</c> when the value is <c>"FROM CURRENT"</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, SqlValue definition, string? language = null, string returns = "void",
        bool replace = false, bool window = false, string behavior = "VOLATILE", string security = "INVOKER", bool onNull = false, string? parallel = null,
        IReadOnlyList<ConfigurationSetting>? set = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateFunction(function, parameters, new FunctionOptions
        {
            Language = language, Returns = returns, Replace = replace, Window = window, Behavior = behavior, Security = security, OnNull = onNull,
            Parallel = parallel, Set = set, IfExists = ifExists, Cascade = cascade,
        }, definition, _shorthands), line);

    /// <summary><c>DROP FUNCTION name(parameters)</c> (defaults left out). Irreversible.</summary>
    public MigrationBuilder DropFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropFunction(function, parameters, ifExists, cascade, _shorthands), line);

    /// <summary><c>ALTER FUNCTION name(parameters) RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, SqlName newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameFunction(function, parameters, newName, _shorthands), line);

    // ---- Triggers

    /// <summary>
    /// <c>CREATE TRIGGER</c>; with a <paramref name="definition"/>, first the trigger function
    /// (<c>RETURNS trigger</c>, named like the trigger unless <paramref name="function"/> says otherwise), described by
    /// the function options (<paramref name="language"/> …). Reversed by dropping the trigger (and that function).
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="definition">The body of the trigger function to create with it, or null to use an existing <paramref name="function"/>.</param>
    /// <param name="operation"><c>INSERT</c>, <c>UPDATE [OF …]</c>, <c>DELETE</c>, <c>TRUNCATE</c>; several are joined with OR. Required.</param>
    /// <param name="when"><c>BEFORE</c>, <c>AFTER</c> or <c>INSTEAD OF</c>.</param>
    /// <param name="constraint"><c>CREATE CONSTRAINT TRIGGER</c>: always AFTER and FOR EACH ROW.</param>
    /// <param name="function">The function to execute; by default, with a definition, a function named like the trigger.</param>
    /// <param name="functionParams">Arguments passed to the trigger function.</param>
    /// <param name="level"><c>STATEMENT</c> or <c>ROW</c>.</param>
    /// <param name="condition"><c>WHEN (condition)</c>; not for INSTEAD OF triggers.</param>
    /// <param name="deferrable">A constraint trigger's <c>DEFERRABLE</c>; otherwise <c>NOT DEFERRABLE</c>.</param>
    /// <param name="deferred">With <paramref name="deferrable"/>: <c>INITIALLY DEFERRED</c>.</param>
    /// <param name="language">The trigger function's language.</param>
    /// <param name="returns">The trigger function's return type.</param>
    /// <param name="replace"><c>CREATE OR REPLACE</c> the trigger function.</param>
    /// <param name="window">The trigger function's <c>WINDOW</c>.</param>
    /// <param name="behavior">The trigger function's <c>IMMUTABLE</c>, <c>STABLE</c> or <c>VOLATILE</c>.</param>
    /// <param name="security">The trigger function's <c>INVOKER</c> or <c>DEFINER</c>.</param>
    /// <param name="onNull">The trigger function's <c>RETURNS NULL ON NULL INPUT</c>.</param>
    /// <param name="parallel">The trigger function's <c>PARALLEL</c>.</param>
    /// <param name="set">The trigger function's <c>SET parameter TO value</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateTrigger(SqlName table, string trigger, SqlValue? definition = null, IReadOnlyList<string>? operation = null, string? when = null,
        bool constraint = false, SqlName? function = null, IReadOnlyList<SqlValue>? functionParams = null, string level = "STATEMENT", string? condition = null,
        bool deferrable = false, bool deferred = false, string? language = null, string returns = "void", bool replace = false, bool window = false,
        string behavior = "VOLATILE", string security = "INVOKER", bool onNull = false, string? parallel = null, IReadOnlyList<ConfigurationSetting>? set = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateTrigger(table, trigger, new TriggerOptions
        {
            Operation = operation ?? throw new ArgumentException("A trigger needs an operation (INSERT, UPDATE, DELETE or TRUNCATE).", nameof(operation)),
            When = when, Constraint = constraint, Function = function, FunctionParams = functionParams ?? [], Level = level, Condition = condition,
            Deferrable = deferrable, Deferred = deferred, Language = language, Returns = returns, Replace = replace, Window = window, Behavior = behavior,
            Security = security, OnNull = onNull, Parallel = parallel, Set = set, IfExists = ifExists, Cascade = cascade,
        }, definition, _shorthands), line);

    /// <summary><c>DROP TRIGGER … ON table</c>. Irreversible.</summary>
    public MigrationBuilder DropTrigger(SqlName table, string trigger, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropTrigger(table, trigger, ifExists, cascade), line);

    /// <summary><c>ALTER TRIGGER … ON table RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTrigger(SqlName table, string trigger, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameOn("RenameTrigger", "TRIGGER", table, trigger, newName), line);

    // ---- Schemas

    /// <summary><c>CREATE SCHEMA</c>; <paramref name="authorization"/> is written as is. Reversed by <c>DROP SCHEMA</c>.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="authorization">The owner, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateSchema(string schema, bool ifNotExists = false, string? authorization = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateSchema(schema, ifNotExists, authorization, new DropFlags(ifExists, cascade)), line);

    /// <summary><c>DROP SCHEMA</c>. Irreversible.</summary>
    public MigrationBuilder DropSchema(string schema, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropSchema", "SCHEMA", schema, ifExists, cascade), line);

    /// <summary><c>ALTER SCHEMA … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameSchema(string schema, string newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameSchema", "SCHEMA", schema, newName), line);

    // ---- Domains

    /// <summary><c>CREATE DOMAIN</c> (NOT NULL or one CHECK, not both). Reversed by <c>DROP DOMAIN</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="type">Its base type; shorthands apply.</param>
    /// <param name="default">The default.</param>
    /// <param name="notNull"><c>NOT NULL</c>.</param>
    /// <param name="check"><c>CHECK (expression)</c> on <c>VALUE</c>.</param>
    /// <param name="constraintName">The name of the NOT NULL or CHECK constraint.</param>
    /// <param name="collation"><c>COLLATE</c>, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateDomain(SqlName domain, string type, SqlValue? @default = null, bool? notNull = null, string? check = null, string? constraintName = null,
        string? collation = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateDomain(domain, type, new DomainOptions
        {
            Default = @default, NotNull = notNull, Check = check, ConstraintName = constraintName, Collation = collation, IfExists = ifExists, Cascade = cascade,
        }, _shorthands), line);

    /// <summary><c>DROP DOMAIN</c>. Irreversible.</summary>
    public MigrationBuilder DropDomain(SqlName domain, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropDomain", "DOMAIN", domain, ifExists, cascade), line);

    /// <summary><c>ALTER DOMAIN</c>, one statement per change (default, NOT NULL, <c>ADD [CONSTRAINT …] CHECK</c>). Irreversible.</summary>
    /// <param name="domain">The domain.</param>
    /// <param name="default">The new default; <see cref="SqlValue.Null"/> drops it.</param>
    /// <param name="notNull">True: <c>SET NOT NULL</c>; false: <c>DROP NOT NULL</c>.</param>
    /// <param name="allowNull"><c>DROP NOT NULL</c>.</param>
    /// <param name="check">A CHECK constraint to add.</param>
    /// <param name="constraintName">Its name.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AlterDomain(SqlName domain, SqlValue? @default = null, bool? notNull = null, bool allowNull = false, string? check = null,
        string? constraintName = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterDomain(domain, new DomainOptions { Default = @default, NotNull = notNull, AllowNull = allowNull, Check = check, ConstraintName = constraintName }), line);

    /// <summary><c>ALTER DOMAIN … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameDomain(SqlName domain, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameDomain", "DOMAIN", domain, newName), line);

    // ---- Sequences

    /// <summary><c>CREATE SEQUENCE</c>. Reversed by <c>DROP SEQUENCE</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="sequence">The sequence.</param>
    /// <param name="temporary"><c>TEMPORARY</c>.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="type"><c>AS type</c>; shorthands apply.</param>
    /// <param name="increment"><c>INCREMENT BY n</c>.</param>
    /// <param name="minValue"><c>MINVALUE n</c>.</param>
    /// <param name="noMinValue"><c>NO MINVALUE</c> (node-pg-migrate: <c>minvalue: null</c>).</param>
    /// <param name="maxValue"><c>MAXVALUE n</c>.</param>
    /// <param name="noMaxValue"><c>NO MAXVALUE</c> (node-pg-migrate: <c>maxvalue: null</c>).</param>
    /// <param name="start"><c>START WITH n</c>.</param>
    /// <param name="cache"><c>CACHE n</c>.</param>
    /// <param name="cycle">True: <c>CYCLE</c>; false: <c>NO CYCLE</c>.</param>
    /// <param name="owner"><c>OWNED BY table.column</c>, written as is.</param>
    /// <param name="noOwner"><c>OWNED BY NONE</c> (node-pg-migrate: <c>owner: null</c>).</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateSequence(SqlName sequence, bool temporary = false, bool ifNotExists = false, string? type = null, long? increment = null,
        long? minValue = null, bool noMinValue = false, long? maxValue = null, bool noMaxValue = false, long? start = null, long? cache = null, bool? cycle = null,
        string? owner = null, bool noOwner = false, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateSequence(sequence, new CreateSequenceOptions
        {
            Temporary = temporary, IfNotExists = ifNotExists, Type = type, Increment = increment, MinValue = minValue, NoMinValue = noMinValue, MaxValue = maxValue,
            NoMaxValue = noMaxValue, Start = start, Cache = cache, Cycle = cycle, Owner = owner, NoOwner = noOwner, IfExists = ifExists, Cascade = cascade,
        }, _shorthands), line);

    /// <summary><c>DROP SEQUENCE</c>. Irreversible.</summary>
    public MigrationBuilder DropSequence(SqlName sequence, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropSequence", "SEQUENCE", sequence, ifExists, cascade), line);

    /// <summary><c>ALTER SEQUENCE</c>; at least one option (as for <c>CreateSequence</c>, and the restart). Irreversible.</summary>
    /// <param name="sequence">The sequence.</param>
    /// <param name="type"><c>AS type</c>; shorthands apply.</param>
    /// <param name="increment"><c>INCREMENT BY n</c>.</param>
    /// <param name="minValue"><c>MINVALUE n</c>.</param>
    /// <param name="noMinValue"><c>NO MINVALUE</c>.</param>
    /// <param name="maxValue"><c>MAXVALUE n</c>.</param>
    /// <param name="noMaxValue"><c>NO MAXVALUE</c>.</param>
    /// <param name="start"><c>START WITH n</c>.</param>
    /// <param name="cache"><c>CACHE n</c>.</param>
    /// <param name="cycle">True: <c>CYCLE</c>; false: <c>NO CYCLE</c>.</param>
    /// <param name="owner"><c>OWNED BY table.column</c>, written as is.</param>
    /// <param name="noOwner"><c>OWNED BY NONE</c>.</param>
    /// <param name="restart"><c>RESTART</c> at the start value (node-pg-migrate's <c>restart: true</c>).</param>
    /// <param name="restartWith"><c>RESTART WITH n</c> (node-pg-migrate's <c>restart: n</c>).</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AlterSequence(SqlName sequence, string? type = null, long? increment = null, long? minValue = null, bool noMinValue = false,
        long? maxValue = null, bool noMaxValue = false, long? start = null, long? cache = null, bool? cycle = null, string? owner = null, bool noOwner = false,
        bool restart = false, long? restartWith = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterSequence(sequence, new AlterSequenceOptions
        {
            Type = type, Increment = increment, MinValue = minValue, NoMinValue = noMinValue, MaxValue = maxValue, NoMaxValue = noMaxValue, Start = start,
            Cache = cache, Cycle = cycle, Owner = owner, NoOwner = noOwner, Restart = restart, RestartWith = restartWith,
        }, _shorthands), line);

    /// <summary><c>ALTER SEQUENCE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameSequence(SqlName sequence, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameSequence", "SEQUENCE", sequence, newName), line);

    // ---- Operators

    /// <summary><c>CREATE OPERATOR</c>. Reversed by <c>DROP OPERATOR</c> with the same argument types (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="op">The operator's symbol.</param>
    /// <param name="procedure">The implementing function (node-pg-migrate's required <c>procedure</c> option).</param>
    /// <param name="left">The left operand type; none for a prefix operator.</param>
    /// <param name="right">The right operand type.</param>
    /// <param name="commutator"><c>COMMUTATOR</c>, a symbol written bare.</param>
    /// <param name="negator"><c>NEGATOR</c>, a symbol written bare.</param>
    /// <param name="restrict"><c>RESTRICT</c> selectivity function.</param>
    /// <param name="join"><c>JOIN</c> selectivity function.</param>
    /// <param name="hashes"><c>HASHES</c>.</param>
    /// <param name="merges"><c>MERGES</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateOperator(SqlName op, SqlName procedure, SqlName? left = null, SqlName? right = null, SqlName? commutator = null, SqlName? negator = null,
        SqlName? restrict = null, SqlName? join = null, bool hashes = false, bool merges = false, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateOperator(op, new OperatorOptions
        {
            Procedure = procedure, Left = left, Right = right, Commutator = commutator, Negator = negator, Restrict = restrict, Join = join, Hashes = hashes,
            Merges = merges, IfExists = ifExists, Cascade = cascade,
        }), line);

    /// <summary><c>DROP OPERATOR op(left, right)</c>; a missing side is <c>none</c>.</summary>
    public MigrationBuilder DropOperator(SqlName op, SqlName? left = null, SqlName? right = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropOperator(op, left, right, ifExists, cascade), line);

    /// <summary><c>CREATE OPERATOR CLASS</c>. Reversed by <c>DROP OPERATOR CLASS</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="operatorClass">The class.</param>
    /// <param name="type">The indexed type, written as a type name.</param>
    /// <param name="indexMethod"><c>btree</c>, <c>gist</c> ….</param>
    /// <param name="operators">Its operators and support functions.</param>
    /// <param name="default"><c>DEFAULT</c> for the type.</param>
    /// <param name="family">The operator family, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateOperatorClass(SqlName operatorClass, string type, string indexMethod, IReadOnlyList<OperatorListItem> operators, bool @default = false, string? family = null,
        bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateOperatorClass(operatorClass, type, indexMethod, operators, @default, family, _shorthands, new DropFlags(ifExists, cascade)), line);

    /// <summary><c>DROP OPERATOR CLASS … USING method</c>. Irreversible.</summary>
    public MigrationBuilder DropOperatorClass(SqlName operatorClass, string indexMethod, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropOperatorClass", "OPERATOR CLASS", operatorClass, ifExists, cascade, $" USING {indexMethod}"), line);

    /// <summary><c>ALTER OPERATOR CLASS … USING method RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameOperatorClass(SqlName operatorClass, string indexMethod, SqlName newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameObject("RenameOperatorClass", "OPERATOR CLASS", operatorClass, newName, $" USING {indexMethod}"), line);

    /// <summary><c>CREATE OPERATOR FAMILY</c>. Reversed by <c>DROP OPERATOR FAMILY</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="operatorFamily">The family.</param>
    /// <param name="indexMethod"><c>btree</c>, <c>gist</c> ….</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateOperatorFamily(SqlName operatorFamily, string indexMethod, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateOperatorFamily(operatorFamily, indexMethod, new DropFlags(ifExists, cascade)), line);

    /// <summary><c>DROP OPERATOR FAMILY … USING method</c>. Irreversible.</summary>
    public MigrationBuilder DropOperatorFamily(SqlName operatorFamily, string indexMethod, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropOperatorFamily", "OPERATOR FAMILY", operatorFamily, ifExists, cascade, $" USING {indexMethod}"), line);

    /// <summary><c>ALTER OPERATOR FAMILY … USING method RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameOperatorFamily(SqlName operatorFamily, string indexMethod, SqlName newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameObject("RenameOperatorFamily", "OPERATOR FAMILY", operatorFamily, newName, $" USING {indexMethod}"), line);

    /// <summary><c>ALTER OPERATOR FAMILY … ADD</c>. Reversed by the matching DROP.</summary>
    public MigrationBuilder AddToOperatorFamily(SqlName operatorFamily, string indexMethod, IReadOnlyList<OperatorListItem> operators, [CallerLineNumber] int line = 0) =>
        Add(new AlterOperatorFamily("AddToOperatorFamily", operatorFamily, indexMethod, operators, true, _shorthands), line);

    /// <summary><c>ALTER OPERATOR FAMILY … DROP</c> entries, named by number and operand types. Irreversible.</summary>
    public MigrationBuilder RemoveFromOperatorFamily(SqlName operatorFamily, string indexMethod, IReadOnlyList<OperatorListItem> operators, [CallerLineNumber] int line = 0) =>
        Add(new AlterOperatorFamily("RemoveFromOperatorFamily", operatorFamily, indexMethod, operators, false, _shorthands), line);

    // ---- Policies

    /// <summary><c>CREATE POLICY</c>, for ALL commands and PUBLIC unless told. Reversed by <c>DROP POLICY</c> (<paramref name="ifExists"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="role">Roles, written as is; <c>PUBLIC</c> when not given.</param>
    /// <param name="using"><c>USING (expression)</c>.</param>
    /// <param name="check"><c>WITH CHECK (expression)</c>.</param>
    /// <param name="command"><c>ALL</c>, <c>SELECT</c>, <c>INSERT</c>, <c>UPDATE</c>, <c>DELETE</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreatePolicy(SqlName table, string policy, IReadOnlyList<string>? role = null, string? @using = null, string? check = null, string? command = null,
        bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new CreatePolicy(table, policy, new PolicyOptions { Role = role, Using = @using, Check = check, Command = command, IfExists = ifExists }), line);

    /// <summary><c>DROP POLICY … ON table</c>. Irreversible.</summary>
    public MigrationBuilder DropPolicy(SqlName table, string policy, bool ifExists = false, [CallerLineNumber] int line = 0) => Add(new DropPolicy(table, policy, ifExists), line);

    /// <summary><c>ALTER POLICY … ON table</c> roles, USING and WITH CHECK. Irreversible.</summary>
    public MigrationBuilder AlterPolicy(SqlName table, string policy, IReadOnlyList<string>? role = null, string? @using = null, string? check = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterPolicy(table, policy, new PolicyOptions { Role = role, Using = @using, Check = check }), line);

    /// <summary><c>ALTER POLICY … ON table RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenamePolicy(SqlName table, string policy, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameOn("RenamePolicy", "POLICY", table, policy, newName), line);

    // ---- Views

    /// <summary>
    /// <c>CREATE VIEW … AS definition</c>. Reversed by <c>DROP VIEW</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).
    /// The definition comes before the options, which are named: <c>createView('v', { replace: true }, 'SELECT 1')</c> is
    /// <c>pgm.CreateView("v", "SELECT 1", replace: true)</c>.
    /// </summary>
    /// <param name="view">The view.</param>
    /// <param name="definition">Its query.</param>
    /// <param name="temporary"><c>TEMPORARY</c>.</param>
    /// <param name="replace"><c>OR REPLACE</c>.</param>
    /// <param name="recursive"><c>RECURSIVE</c>.</param>
    /// <param name="columns">Column names for the view.</param>
    /// <param name="checkOption"><c>CASCADED</c> or <c>LOCAL</c>: <c>WITH … CHECK OPTION</c>.</param>
    /// <param name="options">View parameters for <c>WITH (…)</c>; <c>true</c> writes the bare name.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateView(SqlName view, string definition, bool temporary = false, bool replace = false, bool recursive = false,
        IReadOnlyList<string>? columns = null, string? checkOption = null, IReadOnlyList<KeyValuePair<string, SqlValue>>? options = null, bool ifExists = false,
        bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateView(view, new ViewOptions
        {
            Temporary = temporary, Replace = replace, Recursive = recursive, Columns = columns, CheckOption = checkOption, Options = options, IfExists = ifExists,
            Cascade = cascade,
        }, definition), line);

    /// <summary><c>DROP VIEW</c>. Irreversible.</summary>
    public MigrationBuilder DropView(SqlName view, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropView", "VIEW", view, ifExists, cascade), line);

    /// <summary><c>ALTER VIEW … SET (…)</c> and <c>RESET (…)</c>: a <see cref="SqlValue.Null"/> value resets; <paramref name="checkOption"/> sets <c>check_option</c>.</summary>
    public MigrationBuilder AlterView(SqlName view, IReadOnlyList<KeyValuePair<string, SqlValue>>? options = null, SqlValue? checkOption = null, [CallerLineNumber] int line = 0)
    {
        var all = (options ?? []).ToList();
        if (checkOption is not null)
        {
            if (all.Any(o => o.Key == "check_option"))
                throw new ArgumentException("\"options.check_option\" and \"checkOption\" can't be specified together");
            all.Add(new("check_option", checkOption.IsString ? SqlValue.Raw(checkOption.Text) : checkOption));
        }
        return Add(new AlterView(view, all), line);
    }

    /// <summary><c>ALTER VIEW … ALTER COLUMN … SET DEFAULT</c>, or <c>DROP DEFAULT</c> for <see cref="SqlValue.Null"/>.</summary>
    public MigrationBuilder AlterViewColumn(SqlName view, string column, SqlValue? @default = null, [CallerLineNumber] int line = 0) => Add(new AlterViewColumn(view, column, @default), line);

    /// <summary><c>ALTER VIEW … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameView(SqlName view, SqlName newName, [CallerLineNumber] int line = 0) => Add(new RenameObject("RenameView", "VIEW", view, newName), line);

    // ---- Materialized views

    /// <summary>
    /// <c>CREATE MATERIALIZED VIEW … AS definition</c>. Reversed by <c>DROP MATERIALIZED VIEW</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).
    /// The definition comes before the options, which are named, as for <c>CreateView</c>.
    /// </summary>
    /// <param name="view">The view.</param>
    /// <param name="definition">Its query.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="columns">Column names for the view.</param>
    /// <param name="tablespace"><c>TABLESPACE</c>.</param>
    /// <param name="storageParameters"><c>WITH (…)</c> storage parameters; <c>true</c> writes the bare name.</param>
    /// <param name="data">True: <c>WITH DATA</c>; false: <c>WITH NO DATA</c>; null: neither.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateMaterializedView(SqlName view, string definition, bool ifNotExists = false, IReadOnlyList<string>? columns = null, string? tablespace = null,
        IReadOnlyList<KeyValuePair<string, SqlValue>>? storageParameters = null, bool? data = null, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateMaterializedView(view, new MaterializedViewOptions
        {
            IfNotExists = ifNotExists, Columns = columns, Tablespace = tablespace, StorageParameters = storageParameters, Data = data, IfExists = ifExists,
            Cascade = cascade,
        }, definition), line);

    /// <summary><c>DROP MATERIALIZED VIEW</c>. Irreversible.</summary>
    public MigrationBuilder DropMaterializedView(SqlName view, bool ifExists = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropMaterializedView", "MATERIALIZED VIEW", view, ifExists, cascade), line);

    /// <param name="view">The view.</param>
    /// <param name="cluster">Index to <c>CLUSTER ON</c>.</param>
    /// <param name="withoutCluster"><c>SET WITHOUT CLUSTER</c>.</param>
    /// <param name="extension"><c>DEPENDS ON EXTENSION</c>.</param>
    /// <param name="storageParameters">Set; a <see cref="SqlValue.Null"/> value resets.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder AlterMaterializedView(SqlName view, string? cluster = null, bool withoutCluster = false, string? extension = null,
        IReadOnlyList<KeyValuePair<string, SqlValue>>? storageParameters = null, [CallerLineNumber] int line = 0) =>
        Add(new AlterMaterializedView(view, withoutCluster ? "" : cluster, extension, storageParameters ?? []), line);

    /// <summary><c>ALTER MATERIALIZED VIEW … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameMaterializedView(SqlName view, SqlName newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameObject("RenameMaterializedView", "MATERIALIZED VIEW", view, newName), line);

    /// <summary><c>ALTER MATERIALIZED VIEW … RENAME COLUMN</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameMaterializedViewColumn(SqlName view, string column, string newName, [CallerLineNumber] int line = 0) =>
        Add(new RenameMember("RenameMaterializedViewColumn", "MATERIALIZED VIEW", view, "COLUMN ", column, newName), line);

    /// <summary><c>REFRESH MATERIALIZED VIEW</c>; its own reverse.</summary>
    public MigrationBuilder RefreshMaterializedView(SqlName view, bool concurrently = false, bool? data = null, [CallerLineNumber] int line = 0) =>
        Add(new RefreshMaterializedView(view, concurrently, data), line);

    // ---- Grants

    /// <summary><c>GRANT roles TO roles</c>. Reversed by the matching REVOKE.</summary>
    /// <param name="roles">The roles granted.</param>
    /// <param name="to">The roles that receive them.</param>
    /// <param name="withAdminOption"><c>WITH ADMIN OPTION</c>.</param>
    /// <param name="onlyAdminOption">For the inferred down-migration: revoke only the admin option.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder GrantRoles(IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName> to, bool withAdminOption = false, bool onlyAdminOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new GrantRoles(roles, to, withAdminOption, onlyAdminOption, cascade), line);

    /// <summary><c>REVOKE [ADMIN OPTION FOR] roles FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeRoles(IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName> from, bool onlyAdminOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new RevokeRoles(roles, from, onlyAdminOption, cascade), line);

    /// <summary><c>GRANT privileges ON SCHEMA … TO roles</c> (<c>PUBLIC</c> stays unquoted). Reversed by the matching REVOKE.</summary>
    /// <param name="privileges"><c>USAGE</c>, <c>CREATE</c> or <c>ALL</c>.</param>
    /// <param name="schemas">The schemas.</param>
    /// <param name="roles">The grantees.</param>
    /// <param name="withGrantOption"><c>WITH GRANT OPTION</c>.</param>
    /// <param name="onlyGrantOption">For the inferred down-migration: revoke only the grant option.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder GrantOnSchemas(IReadOnlyList<string> privileges, IReadOnlyList<string> schemas, IReadOnlyList<SqlName> roles, bool withGrantOption = false,
        bool onlyGrantOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new GrantOn("GrantOnSchemas", privileges, SchemaTarget(schemas), roles, withGrantOption, onlyGrantOption, cascade), line);

    /// <summary><c>REVOKE [GRANT OPTION FOR] privileges ON SCHEMA … FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeOnSchemas(IReadOnlyList<string> privileges, IReadOnlyList<string> schemas, IReadOnlyList<SqlName> roles, bool onlyGrantOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new RevokeOn("RevokeOnSchemas", privileges, SchemaTarget(schemas), roles, onlyGrantOption, cascade), line);

    /// <summary>
    /// <c>GRANT privileges ON tables TO roles</c>, or <c>ON ALL TABLES IN SCHEMA</c> when
    /// <paramref name="allTablesInSchema"/> is given. Reversed by the matching REVOKE.
    /// </summary>
    /// <param name="privileges"><c>SELECT</c>, <c>INSERT</c> … or <c>ALL</c>.</param>
    /// <param name="roles">The grantees.</param>
    /// <param name="tables">The tables.</param>
    /// <param name="allTablesInSchema">Instead of <paramref name="tables"/>: every table of this schema.</param>
    /// <param name="withGrantOption"><c>WITH GRANT OPTION</c>.</param>
    /// <param name="onlyGrantOption">For the inferred down-migration: revoke only the grant option.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder GrantOnTables(IReadOnlyList<string> privileges, IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName>? tables = null, string? allTablesInSchema = null,
        bool withGrantOption = false, bool onlyGrantOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new GrantOn("GrantOnTables", privileges, TableTarget(tables, allTablesInSchema), roles, withGrantOption, onlyGrantOption, cascade), line);

    /// <summary><c>REVOKE [GRANT OPTION FOR] privileges ON tables (or ALL TABLES IN SCHEMA) FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeOnTables(IReadOnlyList<string> privileges, IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName>? tables = null, string? allTablesInSchema = null, bool onlyGrantOption = false, bool cascade = false, [CallerLineNumber] int line = 0) =>
        Add(new RevokeOn("RevokeOnTables", privileges, TableTarget(tables, allTablesInSchema), roles, onlyGrantOption, cascade), line);

    private static GrantTarget SchemaTarget(IReadOnlyList<string> schemas) => new("SCHEMA ", [.. schemas.Select(s => (SqlName)s)]);

    private static GrantTarget TableTarget(IReadOnlyList<SqlName>? tables, string? allTablesInSchema) =>
        allTablesInSchema is not null ? new("", [], allTablesInSchema)
        : tables is { Count: > 0 } ? new("", tables)
        : throw new ArgumentException("Name the tables, or the schema whose tables all get the privileges.");

    // ---- Casts

    /// <summary>
    /// <c>CREATE CAST</c>: with <paramref name="function"/> (its argument types default to the source type),
    /// <c>WITH INOUT</c>, or <c>WITHOUT FUNCTION</c>. Reversed by <c>DROP CAST</c>.
    /// </summary>
    /// <param name="source">The source type.</param>
    /// <param name="target">The target type.</param>
    /// <param name="function">The conversion function.</param>
    /// <param name="argumentTypes">The function's argument types.</param>
    /// <param name="inout">Use the types' I/O functions.</param>
    /// <param name="as"><c>ASSIGNMENT</c> or <c>IMPLICIT</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="line">Filled in by the compiler: the line of the call, which a failure names. Never passed.</param>
    public MigrationBuilder CreateCast(string source, string target, SqlName? function = null, IReadOnlyList<string>? argumentTypes = null, bool inout = false, string? @as = null,
        bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new CreateCast(source, target, function, argumentTypes, inout, @as, new DropFlags(ifExists)), line);

    /// <summary><c>DROP CAST (source AS target)</c>. Irreversible.</summary>
    public MigrationBuilder DropCast(string source, string target, bool ifExists = false, [CallerLineNumber] int line = 0) =>
        Add(new DropObject("DropCast", "CAST", [SqlName.Raw($"({source} AS {target})")], ifExists), line);
}
