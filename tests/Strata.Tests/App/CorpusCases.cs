using Strata.App;
using Strata.Sql.Operations;

namespace Strata.Tests.App;

/// <summary>
/// A hand translation of one corpus case's TypeScript <c>up()</c> body. <see cref="Sql"/> and
/// <see cref="Error"/> replace the corpus's expectation where Strata deliberately differs, and
/// <see cref="Divergence"/> says why.
/// </summary>
public sealed record CorpusCase(Action<MigrationBuilder> Up)
{
    public Columns? Shorthands { get; init; }
    public string? Sql { get; init; }
    public string? Error { get; init; }
    public string? Divergence { get; init; }
}

/// <summary>
/// The corpus cases in C#, keyed by case name, each as close to its TypeScript as C# allows.
/// Reading guide: <c>{ a: 'integer' }</c> → <c>new Columns { ["a"] = "integer" }</c>;
/// <c>{ type, notNull }</c> → <c>new Column(type) { NotNull = true }</c>; option objects →
/// named arguments or option records.
/// </summary>
public static class CorpusCases
{
    private const string Irreversible = "Impossible to automatically infer down migration for \"pgm.{0}()\"; write Down() yourself.";

    private static readonly string OpNamesDiffer =
        "node-pg-migrate 9.0.0's bundle names the operation by its minified function name (\"pgm.()\", \"pgm._drop()\"); Strata names the C# method.";

    public static IReadOnlyDictionary<string, CorpusCase> All { get; } = new Dictionary<string, CorpusCase>
    {
        ["createTable_basic"] = new(pgm => pgm.CreateTable("users", new Columns
        {
            ["id"] = "id",
            ["name"] = new Column("varchar(1000)") { NotNull = true },
            ["createdAt"] = new Column("timestamp") { NotNull = true, Default = pgm.Func("current_timestamp") },
        })),
        ["createTable_string_type_shorthand"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = "text" })),
        ["createTable_id_shorthand"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id" })),
        ["createTable_primaryKey_column"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = new Column("integer") { PrimaryKey = true } })),
        ["createTable_composite_primaryKey_columns"] = new(pgm => pgm.CreateTable("t", new Columns
        {
            ["a"] = new Column("integer") { PrimaryKey = true },
            ["b"] = new Column("integer") { PrimaryKey = true },
        })),
        ["createTable_default_string"] = new(pgm => pgm.CreateTable("t", new Columns { ["s"] = new Column("text") { Default = "abc" } })),
        ["createTable_default_string_quote"] = new(pgm => pgm.CreateTable("t", new Columns { ["s"] = new Column("text") { Default = "O'Reilly" } })),
        ["createTable_default_number"] = new(pgm => pgm.CreateTable("t", new Columns { ["n"] = new Column("integer") { Default = 42 } })),
        ["createTable_default_boolean"] = new(pgm => pgm.CreateTable("t", new Columns { ["b"] = new Column("boolean") { NotNull = true, Default = false } })),
        ["createTable_default_null"] = new(pgm => pgm.CreateTable("t", new Columns { ["n"] = new Column("integer") { Default = SqlValue.Null } })),
        ["createTable_default_array"] = new(pgm => pgm.CreateTable("t", new Columns { ["tags"] = new Column("text[]") { Default = new[] { "a", "b" } } })),
        ["createTable_default_json_literal"] = new(pgm => pgm.CreateTable("t", new Columns { ["j"] = new Column("jsonb") { NotNull = true, Default = "{}" } })),
        ["createTable_references_string"] = new(pgm => pgm.CreateTable("posts", new Columns
        {
            ["id"] = "id",
            ["userId"] = new Column("integer") { NotNull = true, References = "\"users\"", OnDelete = "CASCADE" },
            ["body"] = new Column("text") { NotNull = true },
        })),
        ["createTable_references_unquoted_name"] = new(pgm => pgm.CreateTable("posts", new Columns { ["user_id"] = new Column("integer") { References = "users" } })),
        ["createTable_references_column"] = new(pgm => pgm.CreateTable("posts", new Columns
        {
            ["user_id"] = new Column("integer") { References = "users(id)", OnDelete = "SET NULL", OnUpdate = "CASCADE" },
        })),
        ["createTable_references_constraint_name"] = new(pgm => pgm.CreateTable("posts", new Columns
        {
            ["user_id"] = new Column("integer") { References = "users", ReferencesConstraintName = "fk_posts_user", Match = "FULL" },
        })),
        ["createTable_references_deferrable"] = new(pgm => pgm.CreateTable("posts", new Columns
        {
            ["user_id"] = new Column("integer") { References = "users", Deferrable = true, Deferred = true },
        })),
        ["createTable_column_check"] = new(pgm => pgm.CreateTable("t", new Columns { ["age"] = new Column("integer") { Check = "age >= 0" } })),
        ["createTable_column_comment"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id", ["name"] = new Column("text") { Comment = "The user's name" } })),
        ["createTable_identity_always"] = new(pgm => pgm.CreateTable("t", new Columns
        {
            ["id"] = new Column("integer") { PrimaryKey = true, SequenceGenerated = Identity.Always },
        })),
        ["createTable_expressionGenerated"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = new Column("integer") { ExpressionGenerated = "a * 2" } })),
        ["createTable_array_column"] = new(pgm => pgm.CreateTable("t", new Columns { ["tags"] = new Column("text") { Array = true } })),
        ["createTable_collation"] = new(pgm => pgm.CreateTable("t", new Columns { ["name"] = new Column("text") { Collation = "C" } }))
        {
            Sql = "CREATE TABLE \"t\" (\n  \"name\" text COLLATE \"C\"\n);",
            Divergence = "node-pg-migrate writes a bare collation unquoted (COLLATE C), which PostgreSQL folds to \"c\" and rejects; Strata quotes a bare collation name.",
        },
        ["createTable_collation_quoted"] = new(pgm => pgm.CreateTable("t", new Columns { ["name"] = new Column("text") { Collation = "\"C\"" } })),
        ["createTable_camelCase_names"] = new(pgm => pgm.CreateTable("userProfiles", new Columns { ["userId"] = "integer", ["displayName"] = "text" })),
        ["createTable_ifNotExists"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id" }, new TableOptions { IfNotExists = true })),
        ["createTable_constraints_primaryKey_composite"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { PrimaryKey = ["a", "b"] } })),
        ["createTable_constraints_unique"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = "integer", ["c"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { Unique = [["a", "b"], ["c"]] } })),
        ["createTable_constraints_unique_single"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { Unique = [["a", "b"]] } })),
        ["createTable_constraints_foreignKeys"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id", ["user_id"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { ForeignKeys = [new ForeignKey { Columns = ["user_id"], References = "users(id)", OnDelete = "CASCADE" }] } })),
        ["createTable_constraints_check"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer", ["b"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { Checks = ["a > 0", "b > a"] } })),
        ["createTable_constraints_exclude"] = new(pgm => pgm.CreateTable("t", new Columns { ["r"] = "int4range" },
            new TableOptions { Constraints = new ConstraintOptions { Exclude = "USING gist (r WITH &&)" } })),
        ["createTable_constraints_deferrable"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = "integer" },
            new TableOptions { Constraints = new ConstraintOptions { Unique = [["a"]], Deferrable = true } })),
        ["createTable_like"] = new(pgm => pgm.CreateTable("users_copy", new Columns(), new TableOptions { Like = "users" })),
        ["createTable_like_options"] = new(pgm => pgm.CreateTable("users_copy", new Columns(),
            new TableOptions { Like = new Like("users") { Including = ["DEFAULTS", "CONSTRAINTS"], Excluding = ["INDEXES"] } })),
        ["createTable_temporary"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id" }, new TableOptions { Temporary = true })),
        ["createTable_unlogged"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id" }, new TableOptions { Unlogged = true })),
        ["createTable_inherits"] = new(pgm => pgm.CreateTable("admins", new Columns { ["level"] = "integer" }, new TableOptions { Inherits = "users" })),
        ["createTable_partition"] = new(pgm => pgm.CreateTable("events", new Columns { ["id"] = "integer", ["at"] = new Column("date") { NotNull = true } },
            new TableOptions { Partition = new Partition("RANGE", ["at"]) })),
        ["createTable_custom_shorthands"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id", ["created_at"] = "createdAt", ["name"] = "text" }))
        {
            Shorthands = new Columns
            {
                ["id"] = new Column("uuid") { PrimaryKey = true },
                ["createdAt"] = new Column("timestamp") { NotNull = true, Default = SqlValue.Raw("current_timestamp") },
            },
        },
        ["createTable_shorthand_in_type_override"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = new Column("id") { PrimaryKey = false } })),
        ["dropTable_basic"] = new(pgm => pgm.DropTable("users")),
        ["dropTable_ifExists_cascade"] = new(pgm => pgm.DropTable("users", ifExists: true, cascade: true)),
        ["renameTable"] = new(pgm => pgm.RenameTable("users", "people")),
        ["alterTable_levelSecurity"] = new(pgm => pgm.AlterTable("users", levelSecurity: "ENABLE")),
        ["addColumns_single"] = new(pgm => pgm.AddColumns("users", new Columns { ["lastLogin"] = new Column("timestamp") })),
        ["addColumns_multi"] = new(pgm => pgm.AddColumns("users", new Columns
        {
            ["bio"] = new Column("text") { NotNull = true, Default = "" },
            ["score"] = new Column("integer") { Check = "score >= 0", Comment = "points" },
        })),
        ["addColumn_alias_ifNotExists"] = new(pgm => pgm.AddColumn("users", new Columns { ["nickname"] = "text" }, ifNotExists: true)),
        ["addColumns_references"] = new(pgm => pgm.AddColumns("users", new Columns { ["org_id"] = new Column("integer") { References = "orgs", OnDelete = "CASCADE" } })),
        ["dropColumns_single"] = new(pgm => pgm.DropColumns("users", ["email"])),
        ["dropColumn_ifExists_cascade"] = new(pgm => pgm.DropColumn("users", "email", ifExists: true, cascade: true)),
        ["renameColumn"] = new(pgm => pgm.RenameColumn("users", "name", "full_name")),
        ["alterColumn_type_using"] = new(pgm => pgm.AlterColumn("users", "age", new AlterColumnOptions { Type = "bigint", Using = "age::bigint" })),
        ["alterColumn_type_only"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { Type = "varchar(200)" })),
        ["alterColumn_default_null"] = new(pgm => pgm.AlterColumn("users", "age", new AlterColumnOptions { Default = SqlValue.Null })),
        ["alterColumn_default_func"] = new(pgm => pgm.AlterColumn("users", "created_at", new AlterColumnOptions { Default = pgm.Func("now()") })),
        ["alterColumn_notNull_true"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { NotNull = true })),
        ["alterColumn_notNull_false"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { NotNull = false })),
        ["alterColumn_allowNull"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { AllowNull = true })),
        ["alterColumn_multi"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { Type = "text", NotNull = true, Default = "anon", Collation = "C" }))
        {
            Sql = "ALTER TABLE \"users\"\n  ALTER \"name\" SET DEFAULT $pga$anon$pga$,\n  ALTER \"name\" SET DATA TYPE text COLLATE \"C\",\n  ALTER \"name\" SET NOT NULL;",
            Divergence = "node-pg-migrate writes a bare collation unquoted (COLLATE C), which PostgreSQL folds to \"c\" and rejects; Strata quotes a bare collation name.",
        },
        ["alterColumn_comment_null"] = new(pgm => pgm.AlterColumn("users", "name", new AlterColumnOptions { Comment = SqlValue.Null })),
        ["alterColumn_sequenceGenerated"] = new(pgm => pgm.AlterColumn("t", "id", new AlterColumnOptions { SequenceGenerated = Identity.Always })),
        ["alterColumn_drop_identity"] = new(pgm => pgm.AlterColumn("t", "id", new AlterColumnOptions { DropIdentity = true })),
        ["addConstraint_string"] = new(pgm => pgm.AddConstraint("users", "users_age_check", "CHECK (age >= 0)")),
        ["addConstraint_unique"] = new(pgm => pgm.AddConstraint("users", "users_email_key", new ConstraintOptions { Unique = [["email"]] })),
        ["addConstraint_check"] = new(pgm => pgm.AddConstraint("users", "age_positive", new ConstraintOptions { Check = "age > 0" })),
        ["addConstraint_primaryKey"] = new(pgm => pgm.AddConstraint("t", "t_pkey", new ConstraintOptions { PrimaryKey = ["a", "b"] })),
        ["addConstraint_foreignKey"] = new(pgm => pgm.AddConstraint("posts", "posts_user_fk", new ConstraintOptions
        {
            ForeignKeys = [new ForeignKey { Columns = ["user_id"], References = "users(id)", OnDelete = "CASCADE" }],
        })),
        ["addConstraint_null_name"] = new(pgm => pgm.AddConstraint("users", null, new ConstraintOptions { Unique = [["email"]] })),
        ["addConstraint_comment"] = new(pgm => pgm.AddConstraint("users", "users_email_key", new ConstraintOptions { Unique = [["email"]], Comment = "unique email" })),
        ["dropConstraint_ifExists_cascade"] = new(pgm => pgm.DropConstraint("users", "users_email_key", ifExists: true, cascade: true)),
        ["renameConstraint"] = new(pgm => pgm.RenameConstraint("users", "users_email_key", "users_email_uniq")),
        ["createIndex_simple"] = new(pgm => pgm.CreateIndex("users", "email")),
        ["createIndex_multi_columns"] = new(pgm => pgm.CreateIndex("users", ["name", "email"])),
        ["createIndex_unique"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { Unique = true })),
        ["createIndex_gin"] = new(pgm => pgm.CreateIndex("docs", "data", new IndexOptions { Method = "gin" })),
        ["createIndex_gist"] = new(pgm => pgm.CreateIndex("r", "span", new IndexOptions { Method = "gist" })),
        ["createIndex_concurrently"] = new(pgm =>
        {
            pgm.NoTransaction();
            pgm.CreateIndex("users", "email", new IndexOptions { Concurrently = true });
        }),
        ["createIndex_ifNotExists"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { IfNotExists = true })),
        ["createIndex_include"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { Include = ["name", "age"] })),
        ["createIndex_sort"] = new(pgm => pgm.CreateIndex("users", [new IndexColumn("created_at") { Sort = "DESC" }, "name"])),
        ["createIndex_name"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { Name = "idx_users_email", Unique = true })),
        ["createIndex_expression"] = new(pgm => pgm.CreateIndex("users", "lower(email)")),
        ["createIndex_nulls_not_distinct"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { Unique = true, Nulls = "not distinct" })),
        ["createIndex_camelCase_column"] = new(pgm => pgm.CreateIndex("t", "userId")),
        ["dropIndex_name_ifExists_cascade"] = new(pgm => pgm.DropIndex("users", [], new IndexOptions { Name = "idx_users_email", IfExists = true, Cascade = true })),
        ["dropIndex_unique_multi"] = new(pgm => pgm.DropIndex("users", ["name", "email"], new IndexOptions { Unique = true })),
        ["renameIndex"] = new(pgm => pgm.RenameIndex("users_email_index", "users_email_idx")),
        ["createType_enum"] = new(pgm => pgm.CreateType("mood", ["sad", "ok", "happy"])),
        ["createType_composite"] = new(pgm => pgm.CreateType("address", new Columns { ["street"] = "text", ["zip"] = "varchar(10)" })),
        ["addTypeValue_before_ifNotExists"] = new(pgm => pgm.AddTypeValue("mood", "meh", before: "ok", ifNotExists: true)),
        ["addTypeValue_after"] = new(pgm => pgm.AddTypeValue("mood", "meh", after: "sad")),
        ["renameTypeValue"] = new(pgm => pgm.RenameTypeValue("mood", "ok", "fine")),
        ["renameType"] = new(pgm => pgm.RenameType("mood", "feeling")),
        ["addTypeAttribute"] = new(pgm => pgm.AddTypeAttribute("address", "city", "text")),
        ["dropType_ifExists_cascade"] = new(pgm => pgm.DropType("mood", ifExists: true, cascade: true)),
        ["createExtension"] = new(pgm => pgm.CreateExtension("pgcrypto")),
        ["createExtension_ifNotExists_schema"] = new(pgm => pgm.CreateExtension("uuid-ossp", ifNotExists: true, schema: "public")),
        ["createExtension_multiple"] = new(pgm => pgm.CreateExtension(["pgcrypto", "hstore"], ifNotExists: true)),
        ["dropExtension"] = new(pgm => pgm.DropExtension("pgcrypto", ifExists: true, cascade: true)),
        ["createSchema_ifNotExists_authorization"] = new(pgm => pgm.CreateSchema("app", ifNotExists: true, authorization: "postgres")),
        ["dropSchema"] = new(pgm => pgm.DropSchema("app", ifExists: true, cascade: true)),
        ["renameSchema"] = new(pgm => pgm.RenameSchema("app", "application")),
        ["createTable_in_schema"] = new(pgm => pgm.CreateTable(new SqlName("app", "items"), new Columns { ["id"] = "id", ["name"] = "text" })),
        ["createFunction_plpgsql_trigger"] = new(pgm => pgm.CreateFunction(
            "set_updated_at",
            [],
            new FunctionOptions { Returns = "trigger", Language = "plpgsql", Replace = true },
            """

            BEGIN
              NEW.updated_at = now();
              RETURN NEW;
            END;

            """)),
        ["createFunction_string_params"] = new(pgm => pgm.CreateFunction("f", ["integer", "text"],
            new FunctionOptions { Returns = "void", Language = "plpgsql", Security = "DEFINER", OnNull = true, Parallel = "SAFE" }, "BEGIN END;")),
        ["dropFunction"] = new(pgm => pgm.DropFunction("add", ["integer", "integer"], ifExists: true)),
        ["createTrigger_with_function"] = new(pgm => pgm.CreateTrigger("users", "users_updated_at", new TriggerOptions
        {
            When = "BEFORE",
            Operation = ["UPDATE"],
            Function = "set_updated_at",
            Level = "ROW",
        })),
        ["createTrigger_multi_ops_condition"] = new(pgm => pgm.CreateTrigger("users", "users_audit", new TriggerOptions
        {
            When = "AFTER", Operation = ["INSERT", "UPDATE"], Function = "audit", Level = "ROW", Condition = "NEW.age IS NOT NULL",
        })),
        ["createTrigger_inline_definition"] = new(pgm => pgm.CreateTrigger(
            "users",
            "users_touch",
            new TriggerOptions { When = "BEFORE", Operation = ["INSERT"], Level = "ROW", Language = "plpgsql", Replace = true },
            "BEGIN RETURN NEW; END;")),
        ["createView"] = new(pgm => pgm.CreateView("adults", new ViewOptions(), "SELECT * FROM users WHERE age >= 18")),
        ["createView_replace_columns"] = new(pgm => pgm.CreateView("user_names", new ViewOptions { Replace = true, Columns = ["uid", "uname"] }, "SELECT id, name FROM users")),
        ["dropView"] = new(pgm => pgm.DropView("adults", ifExists: true, cascade: true)),
        ["createMaterializedView"] = new(pgm => pgm.CreateMaterializedView("user_counts", new MaterializedViewOptions(), "SELECT count(*) AS n FROM users")),
        ["createMaterializedView_options"] = new(pgm => pgm.CreateMaterializedView("user_counts",
            new MaterializedViewOptions { IfNotExists = true, Columns = ["n"], Data = false }, "SELECT count(*) FROM users")),
        ["dropMaterializedView"] = new(pgm => pgm.DropMaterializedView("user_counts", ifExists: true)),
        ["sql_plain"] = new(pgm => pgm.Sql("SELECT 1")),
        ["sql_with_semicolon"] = new(pgm => pgm.Sql("SELECT 1;")),
        ["sql_multiline"] = new(pgm => pgm.Sql("""

                INSERT INTO users (name) VALUES ('alice');
                UPDATE users SET age = 30 WHERE name = 'alice'

            """ + "  ")),
        // PostgreSQL rejects this SQL ("bob" is a column name) but that is what the migration asks for:
        // string template arguments are identifiers, by node-pg-migrate's design; matched, not a divergence.
        ["sql_template_args"] = new(pgm => pgm.Sql("UPDATE {table} SET age = {age} WHERE name = {name}",
            new Dictionary<string, SqlValue> { ["table"] = "users", ["age"] = 5, ["name"] = "bob" })),
        ["createSequence_options"] = new(pgm => pgm.CreateSequence("order_seq", new CreateSequenceOptions
        {
            Type = "bigint", Increment = 10, MinValue = 1, MaxValue = 1000000, Start = 100, Cache = 5, Cycle = true, IfNotExists = true,
        })),
        ["alterSequence"] = new(pgm => pgm.AlterSequence("order_seq", new AlterSequenceOptions { RestartWith = 500, Increment = 2 })),
        ["renameSequence"] = new(pgm => pgm.RenameSequence("order_seq", "orders_seq")),
        ["dropSequence"] = new(pgm => pgm.DropSequence("order_seq", ifExists: true)),
        ["createDomain"] = new(pgm => pgm.CreateDomain("positive_int", "integer", new DomainOptions { Check = "VALUE > 0", NotNull = true })),
        ["createDomain_notNull"] = new(pgm => pgm.CreateDomain("nonnull_text", "text", new DomainOptions { NotNull = true, Collation = "\"C\"" })),
        ["sql_template_func_arg"] = new(pgm => pgm.Sql("UPDATE {table} SET age = {age} WHERE name = {name}",
            new Dictionary<string, SqlValue> { ["table"] = "users", ["age"] = 5, ["name"] = pgm.Func("'bob'") })),
        ["dropColumns_object"] = new(pgm => pgm.DropColumns("users", new Columns { ["email"] = "text", ["age"] = "integer" })),
        ["addIndex_alias"] = new(pgm => pgm.AddIndex("users", ["email", "name"], new IndexOptions { Unique = true, Where = "email IS NOT NULL", Method = "btree" })),
        ["addConstraint_deferrable_fk"] = new(pgm => pgm.AddConstraint("posts", "posts_user_fk", new ConstraintOptions
        {
            ForeignKeys = [new ForeignKey { Columns = ["user_id"], References = "users" }], Deferrable = true, Deferred = true,
        })),
        ["createTable_comment_null_column"] = new(pgm => pgm.CreateTable("t", new Columns { ["a"] = new Column("integer") { Comment = SqlValue.Null } })),
        ["createRole"] = new(pgm => pgm.CreateRole("app_user", new RoleOptions { Login = true, Password = "secret" })),
        ["grantOnTables"] = new(pgm => pgm.GrantOnTables(tables: ["users"], privileges: ["SELECT"], roles: ["reader"])),
        ["createPolicy"] = new(pgm => pgm.CreatePolicy("users", "own_rows", new PolicyOptions { Command = "SELECT", Using = "true" })),
        ["multiple_operations"] = new(pgm =>
        {
            pgm.CreateTable("a", new Columns { ["id"] = "id" });
            pgm.CreateTable("b", new Columns { ["id"] = "id", ["a_id"] = new Column("integer") { References = "a" } });
            pgm.CreateIndex("b", "a_id");
        }),
        ["reverse_addColumns"] = new(pgm => pgm.AddColumns("users", new Columns { ["bio"] = "text", ["score"] = "integer" })),
        ["reverse_renameColumn"] = new(pgm => pgm.RenameColumn("users", "name", "full_name")),
        ["reverse_renameTable"] = new(pgm => pgm.RenameTable("users", "people")),
        ["reverse_createIndex"] = new(pgm => pgm.CreateIndex("users", "email")),
        ["reverse_createIndex_named"] = new(pgm => pgm.CreateIndex("users", "email", new IndexOptions { Name = "idx_u", Unique = true })),
        ["reverse_createType"] = new(pgm => pgm.CreateType("mood", ["a", "b"])),
        ["reverse_createExtension"] = new(pgm => pgm.CreateExtension("pgcrypto", ifNotExists: true)),
        ["reverse_createSchema"] = new(pgm => pgm.CreateSchema("app")),
        ["reverse_createView"] = new(pgm => pgm.CreateView("adults", new ViewOptions(), "SELECT * FROM users")),
        ["reverse_createSequence"] = new(pgm => pgm.CreateSequence("s")),
        ["reverse_multiple_ops_order"] = new(pgm =>
        {
            pgm.CreateTable("a", new Columns { ["id"] = "id" });
            pgm.CreateTable("b", new Columns { ["id"] = "id", ["a_id"] = "integer" });
            pgm.CreateIndex("b", "a_id");
        }),
        ["reverse_createTrigger_inline"] = new(pgm => pgm.CreateTrigger("users", "users_touch",
            new TriggerOptions { When = "BEFORE", Operation = ["INSERT"], Level = "ROW", Language = "plpgsql" }, "BEGIN RETURN NEW; END;")),
        ["reverse_createTable_with_comment"] = new(pgm => pgm.CreateTable("t", new Columns { ["id"] = "id" }, new TableOptions { Comment = "x" })),
        ["reverse_addColumns_options"] = new(pgm => pgm.AddColumns("users", new Columns { ["bio"] = "text" }, ifNotExists: true)),
        ["reverse_addTypeAttribute"] = new(pgm => pgm.AddTypeAttribute("address", "city", "text")),
        ["reverse_sql_error"] = new(pgm => pgm.Sql("SELECT 1"))
        {
            Error = string.Format(Irreversible, "Sql"),
            Divergence = OpNamesDiffer,
        },
        ["reverse_dropTable_error"] = new(pgm => pgm.DropTable("users"))
        {
            Error = string.Format(Irreversible, "DropTable"),
            Divergence = OpNamesDiffer,
        },
        ["reverse_addTypeValue_error"] = new(pgm => pgm.AddTypeValue("mood", "x"))
        {
            Error = string.Format(Irreversible, "AddTypeValue"),
            Divergence = OpNamesDiffer,
        },
        ["reverse_db_query_error"] = new(pgm => pgm.Db.QueryAsync("SELECT 1").GetAwaiter().GetResult())
        {
            Error = "Impossible to automatically infer down migration: the migration queries pgm.Db.",
            Divergence = "Same failure; Strata's message says why (node-pg-migrate's has no reason).",
        },
    };
}
