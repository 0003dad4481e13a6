using Strata.Sql.Operations;

namespace Strata.App;

/// <summary>
/// The <c>pgm</c> of a C# migration: node-pg-migrate 9's MigrationBuilder, operation for operation and
/// with the same SQL. Each call records an immutable operation (and checks its arguments at once, as
/// node-pg-migrate does); <see cref="GetSqlSteps"/> gives the SQL and <see cref="Reverse"/> the inferred
/// down-migration.
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
/// Simple options are named arguments (<c>pgm.DropTable("chat", ifExists: true)</c>); structured ones are
/// records with init-only properties (<see cref="TableOptions"/>, <see cref="IndexOptions"/> …).
/// Values are <see cref="SqlValue"/>s: strings are dollar-quoted, <see cref="Func"/> text is raw, and
/// <see cref="SqlValue.Null"/> is SQL NULL, because a C# <c>null</c> means "not given".
/// </para>
/// <para>Everything is plain data: no reflection, so it is trim- and AOT-safe.</para>
/// </remarks>
public sealed class MigrationBuilder
{
    private readonly List<IMigrationOperation> _operations;
    private readonly bool _reversed;
    private readonly IMigrationDatabase? _database;
    private readonly SqlNaming _naming;
    private TypeShorthands _shorthands;
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
        _operations = [];
        _shorthands = new TypeShorthands(shorthands);
        _database = database;
        _naming = decamelize ? SqlNaming.Decamelized : SqlNaming.AsWritten;
    }

    private MigrationBuilder(List<IMigrationOperation> operations, bool reversed, bool useTransaction, TypeShorthands shorthands, SqlNaming naming)
    {
        _operations = operations;
        _reversed = reversed;
        _shorthands = shorthands;
        _naming = naming;
        UsesTransaction = useTransaction;
    }

    /// <summary>False once <see cref="NoTransaction"/> was called: the migration runs outside a transaction.</summary>
    public bool UsesTransaction { get; private set; } = true;

    internal IReadOnlyList<IMigrationOperation> Operations => _operations;

    /// <summary>How this migration writes names (decamelized or as written); operations' SQL needs it.</summary>
    internal SqlNaming Naming => _naming;

    /// <summary>The SQL steps, in order: one per operation (an operation's COMMENTs travel with it), or one per extension.</summary>
    public IReadOnlyList<string> GetSqlSteps() =>
        // Reversed, node-pg-migrate reverses the list of steps: an operation with several steps has them undone last-first too.
        [.. _operations.SelectMany(o => _reversed ? o.ToSql(_naming).Reverse() : o.ToSql(_naming))];

    /// <summary>All steps as one script, each on its own lines.</summary>
    public string GetSql() => string.Join("\n", GetSqlSteps()) + "\n";

    /// <summary>
    /// The down-migration inferred from what was recorded: each operation's reverse, last first.
    /// </summary>
    /// <exception cref="IrreversibleOperationException">An operation cannot be reversed (<c>Sql</c>, a drop, <c>AddTypeValue</c> …), or the migration queried <see cref="Db"/>.</exception>
    public MigrationBuilder Reverse()
    {
        if (_usedDatabase)
            throw new IrreversibleOperationException("Db", "Impossible to automatically infer down migration: the migration queries pgm.Db.");
        var reversed = new List<IMigrationOperation>(_operations.Count);
        for (var i = _operations.Count - 1; i >= 0; i--)
            reversed.Add(_operations[i].Reverse() ?? throw new IrreversibleOperationException(_operations[i].Method));
        return new MigrationBuilder(reversed, !_reversed, UsesTransaction, _shorthands, _naming);
    }

    /// <summary>Run this migration outside a transaction (needed by <c>CREATE INDEX CONCURRENTLY</c>, <c>ALTER TYPE … ADD VALUE</c> on old servers).</summary>
    public MigrationBuilder NoTransaction()
    {
        UsesTransaction = false;
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

    /// <summary>Told of each operation as it is recorded; the runner notes the migration file's line that made it.</summary>
    internal Action<IMigrationOperation>? Recorded { get; set; }

    private MigrationBuilder Add(IMigrationOperation operation)
    {
        // Writing the SQL now reports a bad argument at the line that made it, as node-pg-migrate does.
        _ = operation.ToSql(_naming);
        _operations.Add(operation);
        Recorded?.Invoke(operation);
        return this;
    }

    // ---- Raw SQL

    /// <summary>
    /// Raw SQL; a final semicolon is added when missing. Each <c>{key}</c> is replaced by its argument: a
    /// string as a quoted identifier (for <c>{table}</c>), any other value as SQL (a number, <see cref="Func"/> text …).
    /// Irreversible.
    /// </summary>
    public MigrationBuilder Sql(string sql, IReadOnlyDictionary<string, SqlValue>? args = null) =>
        Add(new RawSql(sql, [.. args ?? new Dictionary<string, SqlValue>()]));

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
    public MigrationBuilder CreateExtension(string extension, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false) =>
        CreateExtension([extension], ifNotExists, schema, ifExists, cascade);

    /// <summary><c>CREATE EXTENSION</c> for each, one statement each.</summary>
    public MigrationBuilder CreateExtension(IReadOnlyList<string> extensions, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false) =>
        Add(new CreateExtension(extensions, ifNotExists, schema, new DropFlags(ifExists, cascade)));

    /// <summary>Alias of <see cref="CreateExtension(string, bool, string?, bool, bool)"/>.</summary>
    public MigrationBuilder AddExtension(string extension, bool ifNotExists = false, string? schema = null, bool ifExists = false, bool cascade = false) =>
        CreateExtension(extension, ifNotExists, schema, ifExists, cascade);

    /// <summary><c>DROP EXTENSION</c>. Irreversible, as every drop.</summary>
    public MigrationBuilder DropExtension(string extension, bool ifExists = false, bool cascade = false) => DropExtension([extension], ifExists, cascade);

    /// <summary><c>DROP EXTENSION</c> for each, one statement each.</summary>
    public MigrationBuilder DropExtension(IReadOnlyList<string> extensions, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropExtension", "EXTENSION", [.. extensions.Select(e => (SqlName)e)], ifExists, cascade));

    // ---- Tables

    /// <summary><c>CREATE TABLE</c> with its column and table comments. Reversed by <c>DROP TABLE</c>.</summary>
    public MigrationBuilder CreateTable(SqlName table, Columns columns, TableOptions? options = null) =>
        Add(new CreateTable(table, columns, options ?? new TableOptions(), _shorthands));

    /// <summary><c>DROP TABLE</c>. Irreversible, as every drop.</summary>
    public MigrationBuilder DropTable(SqlName table, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropTable", "TABLE", table, ifExists, cascade));

    /// <summary><c>ALTER TABLE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTable(SqlName table, SqlName newName) => Add(new RenameObject("RenameTable", "TABLE", table, newName));

    /// <summary><c>ALTER TABLE</c> row level security or logging. Irreversible.</summary>
    /// <param name="table">The table.</param>
    /// <param name="levelSecurity"><c>ENABLE</c>, <c>DISABLE</c>, <c>FORCE</c> or <c>NO FORCE</c> row level security.</param>
    /// <param name="unlogged">True: <c>SET UNLOGGED</c>; false: <c>SET LOGGED</c>.</param>
    public MigrationBuilder AlterTable(SqlName table, string? levelSecurity = null, bool? unlogged = null) =>
        Add(new AlterTable(table, levelSecurity, unlogged));

    // ---- Columns

    /// <summary><c>ALTER TABLE … ADD</c> columns. Reversed by dropping them (with <paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="table">The table.</param>
    /// <param name="columns">The new columns.</param>
    /// <param name="ifNotExists"><c>ADD IF NOT EXISTS</c>.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>DROP IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder AddColumns(SqlName table, Columns columns, bool ifNotExists = false, bool ifExists = false, bool cascade = false) =>
        Add(new AddColumns(table, columns, ifNotExists, _shorthands, new DropFlags(ifExists, cascade)));

    /// <summary>Alias of <see cref="AddColumns"/>.</summary>
    public MigrationBuilder AddColumn(SqlName table, Columns columns, bool ifNotExists = false, bool ifExists = false, bool cascade = false) =>
        AddColumns(table, columns, ifNotExists, ifExists, cascade);

    /// <summary><c>ALTER TABLE … DROP</c> columns. Irreversible.</summary>
    public MigrationBuilder DropColumns(SqlName table, IReadOnlyList<string> columns, bool ifExists = false, bool cascade = false) =>
        Add(new DropColumns(table, columns, ifExists, cascade));

    /// <summary>Drops the columns named in a column list (its definitions are ignored).</summary>
    public MigrationBuilder DropColumns(SqlName table, Columns columns, bool ifExists = false, bool cascade = false) =>
        DropColumns(table, [.. columns.Select(c => c.Key)], ifExists, cascade);

    /// <summary><c>ALTER TABLE … DROP</c> one column. Irreversible.</summary>
    public MigrationBuilder DropColumn(SqlName table, string column, bool ifExists = false, bool cascade = false) =>
        DropColumns(table, [column], ifExists, cascade);

    /// <summary><c>ALTER TABLE … RENAME column TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameColumn(SqlName table, string column, string newName) =>
        Add(new RenameMember("RenameColumn", "TABLE", table, "", column, newName));

    /// <summary><c>ALTER TABLE … ALTER column …</c> and/or <c>COMMENT ON COLUMN</c>. Irreversible.</summary>
    public MigrationBuilder AlterColumn(SqlName table, string column, AlterColumnOptions options) =>
        Add(new AlterColumn(table, column, options, _shorthands));

    // ---- Constraints

    /// <summary>Adds the constraints described by <paramref name="options"/>; reversible when named.</summary>
    /// <param name="table">The table.</param>
    /// <param name="name">The constraint's name; null for node-pg-migrate's generated names (then irreversible).</param>
    /// <param name="options">The constraints.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>DROP CONSTRAINT IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder AddConstraint(SqlName table, string? name, ConstraintOptions options, bool ifExists = false, bool cascade = false) =>
        Add(new AddConstraint(table, name, options, null, ifExists, cascade));

    /// <summary>Adds a constraint written in SQL (<c>CHECK (age &gt;= 0)</c>). Irreversible.</summary>
    public MigrationBuilder AddConstraint(SqlName table, string? name, string expression) =>
        Add(new AddConstraint(table, name, null, expression));

    /// <summary>Alias of <see cref="AddConstraint(SqlName, string?, ConstraintOptions, bool, bool)"/>.</summary>
    public MigrationBuilder CreateConstraint(SqlName table, string? name, ConstraintOptions options, bool ifExists = false, bool cascade = false) =>
        AddConstraint(table, name, options, ifExists, cascade);

    /// <summary>Alias of <see cref="AddConstraint(SqlName, string?, string)"/>.</summary>
    public MigrationBuilder CreateConstraint(SqlName table, string? name, string expression) => AddConstraint(table, name, expression);

    /// <summary><c>ALTER TABLE [IF EXISTS] … DROP CONSTRAINT</c>. Irreversible.</summary>
    public MigrationBuilder DropConstraint(SqlName table, string name, bool ifExists = false, bool cascade = false, bool ifTableExists = false) =>
        Add(new DropConstraint(table, name, ifExists, cascade, ifTableExists));

    /// <summary><c>ALTER TABLE … RENAME CONSTRAINT</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameConstraint(SqlName table, string name, string newName) =>
        Add(new RenameMember("RenameConstraint", "TABLE", table, "CONSTRAINT ", name, newName));

    // ---- Indexes

    /// <summary><c>CREATE INDEX</c>, named <c>{table}_{columns}[_unique]_index</c> unless named. Reversed by <c>DROP INDEX</c>.</summary>
    public MigrationBuilder CreateIndex(SqlName table, IReadOnlyList<IndexColumn> columns, IndexOptions? options = null) =>
        Add(new CreateIndex(table, columns, options ?? new IndexOptions()));

    /// <summary><c>CREATE INDEX</c> on one column or expression.</summary>
    public MigrationBuilder CreateIndex(SqlName table, string column, IndexOptions? options = null) => CreateIndex(table, [column], options);

    /// <summary>Alias of <see cref="CreateIndex(SqlName, IReadOnlyList{IndexColumn}, IndexOptions?)"/>.</summary>
    public MigrationBuilder AddIndex(SqlName table, IReadOnlyList<IndexColumn> columns, IndexOptions? options = null) => CreateIndex(table, columns, options);

    /// <summary>Alias of <see cref="CreateIndex(SqlName, string, IndexOptions?)"/>.</summary>
    public MigrationBuilder AddIndex(SqlName table, string column, IndexOptions? options = null) => CreateIndex(table, column, options);

    /// <summary><c>DROP INDEX</c> of the index <see cref="CreateIndex(SqlName, IReadOnlyList{IndexColumn}, IndexOptions?)"/> would name so.</summary>
    public MigrationBuilder DropIndex(SqlName table, IReadOnlyList<IndexColumn> columns, IndexOptions? options = null) =>
        Add(new DropIndex(table, columns, options ?? new IndexOptions()));

    /// <summary><c>DROP INDEX</c> of the index on one column or expression.</summary>
    public MigrationBuilder DropIndex(SqlName table, string column, IndexOptions? options = null) => DropIndex(table, [column], options);

    /// <summary><c>ALTER INDEX … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameIndex(SqlName index, SqlName newName) => Add(new RenameObject("RenameIndex", "INDEX", index, newName));

    // ---- Types

    /// <summary><c>CREATE TYPE … AS ENUM (values)</c>. Reversed by <c>DROP TYPE</c>.</summary>
    public MigrationBuilder CreateType(SqlName type, IReadOnlyList<SqlValue> values) =>
        Add(new CreateType(type, values, null, _shorthands));

    /// <summary><c>CREATE TYPE … AS (attributes)</c>, a composite type; each attribute's <see cref="Column.Type"/> is used.</summary>
    public MigrationBuilder CreateType(SqlName type, Columns attributes) =>
        Add(new CreateType(type, null, [.. attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value.Type ?? throw new ArgumentException($"Attribute {a.Key} has no type.")))], _shorthands));

    /// <summary>Alias of <see cref="CreateType(SqlName, IReadOnlyList{SqlValue})"/>.</summary>
    public MigrationBuilder AddType(SqlName type, IReadOnlyList<SqlValue> values) => CreateType(type, values);

    /// <summary>Alias of <see cref="CreateType(SqlName, Columns)"/>.</summary>
    public MigrationBuilder AddType(SqlName type, Columns attributes) => CreateType(type, attributes);

    /// <summary><c>DROP TYPE</c>. Irreversible.</summary>
    public MigrationBuilder DropType(SqlName type, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropType", "TYPE", type, ifExists, cascade));

    /// <summary><c>ALTER TYPE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameType(SqlName type, SqlName newName) => Add(new RenameObject("RenameType", "TYPE", type, newName));

    /// <summary><c>ALTER TYPE … ADD ATTRIBUTE</c>. Reversed by dropping it.</summary>
    public MigrationBuilder AddTypeAttribute(SqlName type, string attribute, string attributeType) =>
        Add(new AddTypeAttribute(type, attribute, attributeType, _shorthands));

    /// <summary><c>ALTER TYPE … DROP ATTRIBUTE</c>. Irreversible.</summary>
    public MigrationBuilder DropTypeAttribute(SqlName type, string attribute, bool ifExists = false) =>
        Add(new DropTypeAttribute(type, attribute, ifExists));

    /// <summary><c>ALTER TYPE … ALTER ATTRIBUTE … SET DATA TYPE</c>; shorthands apply. Irreversible.</summary>
    public MigrationBuilder SetTypeAttribute(SqlName type, string attribute, string attributeType) =>
        Add(new SetTypeAttribute(type, attribute, attributeType, _shorthands));

    /// <summary><c>ALTER TYPE … RENAME ATTRIBUTE</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTypeAttribute(SqlName type, string attribute, string newName) =>
        Add(new RenameMember("RenameTypeAttribute", "TYPE", type, "ATTRIBUTE ", attribute, newName));

    /// <summary><c>ALTER TYPE … ADD VALUE</c>. Irreversible: PostgreSQL cannot drop an enum value.</summary>
    public MigrationBuilder AddTypeValue(SqlName type, SqlValue value, string? before = null, string? after = null, bool ifNotExists = false) =>
        Add(new AddTypeValue(type, value, before, after, ifNotExists));

    /// <summary><c>ALTER TYPE … RENAME VALUE</c> of an enum. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTypeValue(SqlName type, string value, string newValue) =>
        Add(new RenameMember("RenameTypeValue", "TYPE", type, "VALUE ", value, newValue, AsLiteral: true));

    // ---- Roles

    /// <summary><c>CREATE ROLE</c>, every unset flag written with PostgreSQL's default. Reversed by <c>DROP ROLE</c> (<paramref name="ifExists"/>).</summary>
    /// <param name="role">The role.</param>
    /// <param name="options">Its attributes.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    public MigrationBuilder CreateRole(SqlName role, RoleOptions? options = null, bool ifExists = false) =>
        Add(new CreateRole(role, options ?? new RoleOptions(), new DropFlags(ifExists)));

    /// <summary><c>DROP ROLE</c>. Irreversible.</summary>
    public MigrationBuilder DropRole(SqlName role, bool ifExists = false) => Add(new DropObject("DropRole", "ROLE", role, ifExists));

    /// <summary><c>ALTER ROLE … WITH</c> the attributes set in <paramref name="options"/>. Irreversible.</summary>
    public MigrationBuilder AlterRole(SqlName role, RoleOptions options) => Add(new AlterRole(role, options));

    /// <summary><c>ALTER ROLE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameRole(SqlName role, SqlName newName) => Add(new RenameObject("RenameRole", "ROLE", role, newName));

    // ---- Functions

    /// <summary><c>CREATE FUNCTION</c>; the definition is dollar-quoted. Reversed by <c>DROP FUNCTION</c>.</summary>
    public MigrationBuilder CreateFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, FunctionOptions options, SqlValue definition) =>
        Add(new CreateFunction(function, parameters, options, definition, _shorthands));

    /// <summary><c>DROP FUNCTION name(parameters)</c> (defaults left out). Irreversible.</summary>
    public MigrationBuilder DropFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, bool ifExists = false, bool cascade = false) =>
        Add(new DropFunction(function, parameters, ifExists, cascade, _shorthands));

    /// <summary><c>ALTER FUNCTION name(parameters) RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameFunction(SqlName function, IReadOnlyList<FunctionParam> parameters, SqlName newName) =>
        Add(new RenameFunction(function, parameters, newName, _shorthands));

    // ---- Triggers

    /// <summary>
    /// <c>CREATE TRIGGER</c>; with a <paramref name="definition"/>, first the trigger function
    /// (<c>RETURNS trigger</c>, named like the trigger unless <see cref="TriggerOptions.Function"/> says otherwise).
    /// Reversed by dropping the trigger (and that function).
    /// </summary>
    public MigrationBuilder CreateTrigger(SqlName table, string trigger, TriggerOptions options, SqlValue? definition = null) =>
        Add(new CreateTrigger(table, trigger, options, definition, _shorthands));

    /// <summary><c>DROP TRIGGER … ON table</c>. Irreversible.</summary>
    public MigrationBuilder DropTrigger(SqlName table, string trigger, bool ifExists = false, bool cascade = false) =>
        Add(new DropTrigger(table, trigger, ifExists, cascade));

    /// <summary><c>ALTER TRIGGER … ON table RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameTrigger(SqlName table, string trigger, string newName) =>
        Add(new RenameOn("RenameTrigger", "TRIGGER", table, trigger, newName));

    // ---- Schemas

    /// <summary><c>CREATE SCHEMA</c>; <paramref name="authorization"/> is written as is. Reversed by <c>DROP SCHEMA</c>.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="ifNotExists"><c>IF NOT EXISTS</c>.</param>
    /// <param name="authorization">The owner, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder CreateSchema(string schema, bool ifNotExists = false, string? authorization = null, bool ifExists = false, bool cascade = false) =>
        Add(new CreateSchema(schema, ifNotExists, authorization, new DropFlags(ifExists, cascade)));

    /// <summary><c>DROP SCHEMA</c>. Irreversible.</summary>
    public MigrationBuilder DropSchema(string schema, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropSchema", "SCHEMA", schema, ifExists, cascade));

    /// <summary><c>ALTER SCHEMA … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameSchema(string schema, string newName) => Add(new RenameObject("RenameSchema", "SCHEMA", schema, newName));

    // ---- Domains

    /// <summary><c>CREATE DOMAIN</c> (NOT NULL or one CHECK, not both). Reversed by <c>DROP DOMAIN</c>.</summary>
    public MigrationBuilder CreateDomain(SqlName domain, string type, DomainOptions? options = null) =>
        Add(new CreateDomain(domain, type, options ?? new DomainOptions(), _shorthands));

    /// <summary><c>DROP DOMAIN</c>. Irreversible.</summary>
    public MigrationBuilder DropDomain(SqlName domain, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropDomain", "DOMAIN", domain, ifExists, cascade));

    /// <summary><c>ALTER DOMAIN</c>, one statement per change (default, NOT NULL, <c>ADD [CONSTRAINT …] CHECK</c>). Irreversible.</summary>
    public MigrationBuilder AlterDomain(SqlName domain, DomainOptions options) => Add(new AlterDomain(domain, options));

    /// <summary><c>ALTER DOMAIN … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameDomain(SqlName domain, SqlName newName) => Add(new RenameObject("RenameDomain", "DOMAIN", domain, newName));

    // ---- Sequences

    /// <summary><c>CREATE SEQUENCE</c>. Reversed by <c>DROP SEQUENCE</c>.</summary>
    public MigrationBuilder CreateSequence(SqlName sequence, CreateSequenceOptions? options = null) =>
        Add(new CreateSequence(sequence, options ?? new CreateSequenceOptions(), _shorthands));

    /// <summary><c>DROP SEQUENCE</c>. Irreversible.</summary>
    public MigrationBuilder DropSequence(SqlName sequence, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropSequence", "SEQUENCE", sequence, ifExists, cascade));

    /// <summary><c>ALTER SEQUENCE</c>; at least one option. Irreversible.</summary>
    public MigrationBuilder AlterSequence(SqlName sequence, AlterSequenceOptions options) => Add(new AlterSequence(sequence, options, _shorthands));

    /// <summary><c>ALTER SEQUENCE … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameSequence(SqlName sequence, SqlName newName) => Add(new RenameObject("RenameSequence", "SEQUENCE", sequence, newName));

    // ---- Operators

    /// <summary><c>CREATE OPERATOR</c>. Reversed by <c>DROP OPERATOR</c> with the same argument types.</summary>
    public MigrationBuilder CreateOperator(SqlName op, OperatorOptions options) => Add(new CreateOperator(op, options));

    /// <summary><c>DROP OPERATOR op(left, right)</c>; a missing side is <c>none</c>.</summary>
    public MigrationBuilder DropOperator(SqlName op, SqlName? left = null, SqlName? right = null, bool ifExists = false, bool cascade = false) =>
        Add(new DropOperator(op, left, right, ifExists, cascade));

    /// <summary><c>CREATE OPERATOR CLASS</c>. Reversed by <c>DROP OPERATOR CLASS</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="operatorClass">The class.</param>
    /// <param name="type">The indexed type, written as a type name.</param>
    /// <param name="indexMethod"><c>btree</c>, <c>gist</c> ….</param>
    /// <param name="operators">Its operators and support functions.</param>
    /// <param name="isDefault"><c>DEFAULT</c> for the type.</param>
    /// <param name="family">The operator family, written as is.</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder CreateOperatorClass(SqlName operatorClass, string type, string indexMethod, IReadOnlyList<OperatorListItem> operators, bool isDefault = false, string? family = null,
        bool ifExists = false, bool cascade = false) =>
        Add(new CreateOperatorClass(operatorClass, type, indexMethod, operators, isDefault, family, _shorthands, new DropFlags(ifExists, cascade)));

    /// <summary><c>DROP OPERATOR CLASS … USING method</c>. Irreversible.</summary>
    public MigrationBuilder DropOperatorClass(SqlName operatorClass, string indexMethod, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropOperatorClass", "OPERATOR CLASS", operatorClass, ifExists, cascade, $" USING {indexMethod}"));

    /// <summary><c>ALTER OPERATOR CLASS … USING method RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameOperatorClass(SqlName operatorClass, string indexMethod, SqlName newName) =>
        Add(new RenameObject("RenameOperatorClass", "OPERATOR CLASS", operatorClass, newName, $" USING {indexMethod}"));

    /// <summary><c>CREATE OPERATOR FAMILY</c>. Reversed by <c>DROP OPERATOR FAMILY</c> (<paramref name="ifExists"/>, <paramref name="cascade"/>).</summary>
    /// <param name="operatorFamily">The family.</param>
    /// <param name="indexMethod"><c>btree</c>, <c>gist</c> ….</param>
    /// <param name="ifExists">For the inferred down-migration: <c>IF EXISTS</c>.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder CreateOperatorFamily(SqlName operatorFamily, string indexMethod, bool ifExists = false, bool cascade = false) =>
        Add(new CreateOperatorFamily(operatorFamily, indexMethod, new DropFlags(ifExists, cascade)));

    /// <summary><c>DROP OPERATOR FAMILY … USING method</c>. Irreversible.</summary>
    public MigrationBuilder DropOperatorFamily(SqlName operatorFamily, string indexMethod, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropOperatorFamily", "OPERATOR FAMILY", operatorFamily, ifExists, cascade, $" USING {indexMethod}"));

    /// <summary><c>ALTER OPERATOR FAMILY … USING method RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameOperatorFamily(SqlName operatorFamily, string indexMethod, SqlName newName) =>
        Add(new RenameObject("RenameOperatorFamily", "OPERATOR FAMILY", operatorFamily, newName, $" USING {indexMethod}"));

    /// <summary><c>ALTER OPERATOR FAMILY … ADD</c>. Reversed by the matching DROP.</summary>
    public MigrationBuilder AddToOperatorFamily(SqlName operatorFamily, string indexMethod, IReadOnlyList<OperatorListItem> operators) =>
        Add(new AlterOperatorFamily("AddToOperatorFamily", operatorFamily, indexMethod, operators, true, _shorthands));

    /// <summary><c>ALTER OPERATOR FAMILY … DROP</c> entries, named by number and operand types. Irreversible.</summary>
    public MigrationBuilder RemoveFromOperatorFamily(SqlName operatorFamily, string indexMethod, IReadOnlyList<OperatorListItem> operators) =>
        Add(new AlterOperatorFamily("RemoveFromOperatorFamily", operatorFamily, indexMethod, operators, false, _shorthands));

    // ---- Policies

    /// <summary><c>CREATE POLICY</c>, for ALL commands and PUBLIC unless told. Reversed by <c>DROP POLICY</c>.</summary>
    public MigrationBuilder CreatePolicy(SqlName table, string policy, PolicyOptions? options = null) =>
        Add(new CreatePolicy(table, policy, options ?? new PolicyOptions()));

    /// <summary><c>DROP POLICY … ON table</c>. Irreversible.</summary>
    public MigrationBuilder DropPolicy(SqlName table, string policy, bool ifExists = false) => Add(new DropPolicy(table, policy, ifExists));

    /// <summary><c>ALTER POLICY … ON table</c> roles, USING and WITH CHECK. Irreversible.</summary>
    public MigrationBuilder AlterPolicy(SqlName table, string policy, PolicyOptions options) => Add(new AlterPolicy(table, policy, options));

    /// <summary><c>ALTER POLICY … ON table RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenamePolicy(SqlName table, string policy, string newName) =>
        Add(new RenameOn("RenamePolicy", "POLICY", table, policy, newName));

    // ---- Views

    /// <summary><c>CREATE VIEW … AS definition</c>. Reversed by <c>DROP VIEW</c>.</summary>
    public MigrationBuilder CreateView(SqlName view, ViewOptions? options, string definition) =>
        Add(new CreateView(view, options ?? new ViewOptions(), definition));

    /// <summary><c>DROP VIEW</c>. Irreversible.</summary>
    public MigrationBuilder DropView(SqlName view, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropView", "VIEW", view, ifExists, cascade));

    /// <summary><c>ALTER VIEW … SET (…)</c> and <c>RESET (…)</c>: a <see cref="SqlValue.Null"/> value resets; <paramref name="checkOption"/> sets <c>check_option</c>.</summary>
    public MigrationBuilder AlterView(SqlName view, IReadOnlyList<KeyValuePair<string, SqlValue>>? options = null, SqlValue? checkOption = null)
    {
        var all = (options ?? []).ToList();
        if (checkOption is not null)
        {
            if (all.Any(o => o.Key == "check_option"))
                throw new ArgumentException("\"options.check_option\" and \"checkOption\" can't be specified together");
            all.Add(new("check_option", checkOption.IsString ? SqlValue.Raw(checkOption.Text) : checkOption));
        }
        return Add(new AlterView(view, all));
    }

    /// <summary><c>ALTER VIEW … ALTER COLUMN … SET DEFAULT</c>, or <c>DROP DEFAULT</c> for <see cref="SqlValue.Null"/>.</summary>
    public MigrationBuilder AlterViewColumn(SqlName view, string column, SqlValue? @default) => Add(new AlterViewColumn(view, column, @default));

    /// <summary><c>ALTER VIEW … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameView(SqlName view, SqlName newName) => Add(new RenameObject("RenameView", "VIEW", view, newName));

    // ---- Materialized views

    /// <summary><c>CREATE MATERIALIZED VIEW … AS definition</c>. Reversed by <c>DROP MATERIALIZED VIEW</c>.</summary>
    public MigrationBuilder CreateMaterializedView(SqlName view, MaterializedViewOptions? options, string definition) =>
        Add(new CreateMaterializedView(view, options ?? new MaterializedViewOptions(), definition));

    /// <summary><c>DROP MATERIALIZED VIEW</c>. Irreversible.</summary>
    public MigrationBuilder DropMaterializedView(SqlName view, bool ifExists = false, bool cascade = false) =>
        Add(new DropObject("DropMaterializedView", "MATERIALIZED VIEW", view, ifExists, cascade));

    /// <param name="view">The view.</param>
    /// <param name="cluster">Index to <c>CLUSTER ON</c>.</param>
    /// <param name="withoutCluster"><c>SET WITHOUT CLUSTER</c>.</param>
    /// <param name="extension"><c>DEPENDS ON EXTENSION</c>.</param>
    /// <param name="storageParameters">Set; a <see cref="SqlValue.Null"/> value resets.</param>
    public MigrationBuilder AlterMaterializedView(SqlName view, string? cluster = null, bool withoutCluster = false, string? extension = null,
        IReadOnlyList<KeyValuePair<string, SqlValue>>? storageParameters = null) =>
        Add(new AlterMaterializedView(view, withoutCluster ? "" : cluster, extension, storageParameters ?? []));

    /// <summary><c>ALTER MATERIALIZED VIEW … RENAME TO</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameMaterializedView(SqlName view, SqlName newName) =>
        Add(new RenameObject("RenameMaterializedView", "MATERIALIZED VIEW", view, newName));

    /// <summary><c>ALTER MATERIALIZED VIEW … RENAME COLUMN</c>. Reversed by renaming back.</summary>
    public MigrationBuilder RenameMaterializedViewColumn(SqlName view, string column, string newName) =>
        Add(new RenameMember("RenameMaterializedViewColumn", "MATERIALIZED VIEW", view, "COLUMN ", column, newName));

    /// <summary><c>REFRESH MATERIALIZED VIEW</c>; its own reverse.</summary>
    public MigrationBuilder RefreshMaterializedView(SqlName view, bool concurrently = false, bool? data = null) =>
        Add(new RefreshMaterializedView(view, concurrently, data));

    // ---- Grants

    /// <summary><c>GRANT roles TO roles</c>. Reversed by the matching REVOKE.</summary>
    /// <param name="roles">The roles granted.</param>
    /// <param name="to">The roles that receive them.</param>
    /// <param name="withAdminOption"><c>WITH ADMIN OPTION</c>.</param>
    /// <param name="onlyAdminOption">For the inferred down-migration: revoke only the admin option.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder GrantRoles(IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName> to, bool withAdminOption = false, bool onlyAdminOption = false, bool cascade = false) =>
        Add(new GrantRoles(roles, to, withAdminOption, onlyAdminOption, cascade));

    /// <summary><c>REVOKE [ADMIN OPTION FOR] roles FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeRoles(IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName> from, bool onlyAdminOption = false, bool cascade = false) =>
        Add(new RevokeRoles(roles, from, onlyAdminOption, cascade));

    /// <summary><c>GRANT privileges ON SCHEMA … TO roles</c> (<c>PUBLIC</c> stays unquoted). Reversed by the matching REVOKE.</summary>
    /// <param name="privileges"><c>USAGE</c>, <c>CREATE</c> or <c>ALL</c>.</param>
    /// <param name="schemas">The schemas.</param>
    /// <param name="roles">The grantees.</param>
    /// <param name="withGrantOption"><c>WITH GRANT OPTION</c>.</param>
    /// <param name="onlyGrantOption">For the inferred down-migration: revoke only the grant option.</param>
    /// <param name="cascade">For the inferred down-migration: <c>CASCADE</c>.</param>
    public MigrationBuilder GrantOnSchemas(IReadOnlyList<string> privileges, IReadOnlyList<string> schemas, IReadOnlyList<SqlName> roles, bool withGrantOption = false,
        bool onlyGrantOption = false, bool cascade = false) =>
        Add(new GrantOn("GrantOnSchemas", privileges, SchemaTarget(schemas), roles, withGrantOption, onlyGrantOption, cascade));

    /// <summary><c>REVOKE [GRANT OPTION FOR] privileges ON SCHEMA … FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeOnSchemas(IReadOnlyList<string> privileges, IReadOnlyList<string> schemas, IReadOnlyList<SqlName> roles, bool onlyGrantOption = false, bool cascade = false) =>
        Add(new RevokeOn("RevokeOnSchemas", privileges, SchemaTarget(schemas), roles, onlyGrantOption, cascade));

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
    public MigrationBuilder GrantOnTables(IReadOnlyList<string> privileges, IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName>? tables = null, string? allTablesInSchema = null,
        bool withGrantOption = false, bool onlyGrantOption = false, bool cascade = false) =>
        Add(new GrantOn("GrantOnTables", privileges, TableTarget(tables, allTablesInSchema), roles, withGrantOption, onlyGrantOption, cascade));

    /// <summary><c>REVOKE [GRANT OPTION FOR] privileges ON tables (or ALL TABLES IN SCHEMA) FROM roles</c>. Irreversible.</summary>
    public MigrationBuilder RevokeOnTables(IReadOnlyList<string> privileges, IReadOnlyList<SqlName> roles, IReadOnlyList<SqlName>? tables = null, string? allTablesInSchema = null, bool onlyGrantOption = false, bool cascade = false) =>
        Add(new RevokeOn("RevokeOnTables", privileges, TableTarget(tables, allTablesInSchema), roles, onlyGrantOption, cascade));

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
    public MigrationBuilder CreateCast(string source, string target, SqlName? function = null, IReadOnlyList<string>? argumentTypes = null, bool inout = false, string? @as = null,
        bool ifExists = false) =>
        Add(new CreateCast(source, target, function, argumentTypes, inout, @as, new DropFlags(ifExists)));

    /// <summary><c>DROP CAST (source AS target)</c>. Irreversible.</summary>
    public MigrationBuilder DropCast(string source, string target, bool ifExists = false) =>
        Add(new DropObject("DropCast", "CAST", [SqlName.Raw($"({source} AS {target})")], ifExists));
}
