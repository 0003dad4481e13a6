using Strata.App;
using Strata.Sql.Operations;

namespace Strata.Tests.App;

public sealed class MigrationBuilderTests
{
    [Fact]
    public void Operations_are_recorded_in_order_one_step_each()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("chat", new Columns { ["id"] = "id", ["title"] = new Column("text") { NotNull = true } });
        pgm.CreateIndex("chat", "title");

        var recorded = pgm.Build();
        Assert.Equal(2, recorded.Operations.Count);
        Assert.Equal(
            "CREATE TABLE \"chat\" (\n  \"id\" serial PRIMARY KEY,\n  \"title\" text NOT NULL\n);\nCREATE INDEX \"chat_title_index\" ON \"chat\" (\"title\");\n",
            recorded.GetSql());
    }

    [Fact]
    public void A_bad_argument_fails_at_the_call_that_made_it()
    {
        var pgm = new MigrationBuilder();
        var error = Assert.Throws<ArgumentException>(() => pgm.CreateIndex("t", "a", nulls: "not distinct"));
        Assert.Equal("The \"nulls\" option can only be used with unique indexes.", error.Message);
        Assert.Empty(pgm.Build().Operations);
    }

    [Fact]
    public void Reverse_undoes_operations_last_first()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("a", new Columns { ["id"] = "id" });
        pgm.RenameTable("a", "b");

        Assert.Equal(["ALTER TABLE \"b\" RENAME TO \"a\";", "DROP TABLE \"a\";"], pgm.Build().Reverse().GetSqlSteps());
    }

    [Fact]
    public void Renames_reversed_twice_give_back_the_up_migration()
    {
        var pgm = new MigrationBuilder();
        pgm.RenameTable("a", "b");
        pgm.RenameColumn("b", "x", "y");

        Assert.Equal(pgm.Build().GetSqlSteps(), pgm.Build().Reverse().Reverse().GetSqlSteps());
    }

    [Fact]
    public void Steps_of_one_operation_are_undone_last_first_too()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateExtension(["a", "b"]);

        Assert.Equal(["DROP EXTENSION \"b\";", "DROP EXTENSION \"a\";"], pgm.Build().Reverse().GetSqlSteps());
    }

    [Fact]
    public void An_irreversible_operation_is_named_when_down_is_inferred()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("t", new Columns { ["id"] = "id" });
        pgm.AlterColumn("t", "id", notNull: true);

        var error = Assert.Throws<IrreversibleOperationException>(() => pgm.Build().Reverse());
        Assert.Equal("AlterColumn", error.Method);
        Assert.Contains("\"pgm.AlterColumn()\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(FailureKind.Database, error.Kind);
    }

    [Fact]
    public async Task A_migration_that_queries_the_database_has_no_inferred_down()
    {
        var pgm = new MigrationBuilder(database: new RecordingDatabase());
        await pgm.Db.QueryAsync("UPDATE t SET a = 1");

        var error = Assert.Throws<IrreversibleOperationException>(() => pgm.Build().Reverse());
        Assert.StartsWith("Impossible to automatically infer down migration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Db_without_a_connection_says_so()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new MigrationBuilder().Db);
        Assert.Contains("no database connection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTransaction_marks_the_migration_and_survives_reversal()
    {
        var pgm = new MigrationBuilder().NoTransaction();
        pgm.CreateIndex("t", "a", concurrently: true);

        Assert.True(pgm.Build().NoTransaction);
        Assert.True(pgm.Build().Reverse().NoTransaction);
    }

    [Fact]
    public void Shorthands_defined_in_a_migration_apply_to_later_operations_only()
    {
        var pgm = new MigrationBuilder(new Columns { ["money"] = "numeric(12,2)" });
        pgm.AddColumns("t", new Columns { ["price"] = "money" });
        pgm.DefineShorthands(new Columns { ["money"] = "bigint" });
        pgm.AddColumns("t", new Columns { ["cents"] = "money" });

        Assert.Equal(["ALTER TABLE \"t\"\n  ADD \"price\" numeric(12,2);", "ALTER TABLE \"t\"\n  ADD \"cents\" bigint;"], pgm.Build().GetSqlSteps());
    }

    [Fact]
    public void Operation_records_are_values()
    {
        var a = new MigrationBuilder();
        a.DropTable(new SqlName("app", "t"), ifExists: true);
        var b = new MigrationBuilder();
        b.DropTable(new SqlName("app", "t"), ifExists: true);

        Assert.Equal(a.Build().Operations[0].Operation.ToSql(SqlNaming.AsWritten), b.Build().Operations[0].Operation.ToSql(SqlNaming.AsWritten));
        Assert.Equal("DROP TABLE IF EXISTS \"app\".\"t\";", a.Build().GetSqlSteps()[0]);
    }

    [Fact]
    public void A_call_options_object_is_its_trailing_named_arguments()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("t", new Columns { ["a"] = "integer" }, comment: "x");
        pgm.CreateIndex("t", ["a"], where: "a > 0", unique: true, name: "t_a");
        pgm.AddConstraint("t", "c", check: "a > 0");

        Assert.Equal(
            [
                "CREATE TABLE \"t\" (\n  \"a\" integer\n);\nCOMMENT ON TABLE \"t\" IS $pga$x$pga$;",
                "CREATE UNIQUE INDEX \"t_a\" ON \"t\" (\"a\") WHERE a > 0;",
                "ALTER TABLE \"t\"\n  ADD CONSTRAINT \"c\" CHECK (a > 0);",
            ],
            pgm.Build().GetSqlSteps());
    }

    [Fact]
    public void Unique_is_one_constraint_and_Uniques_several()
    {
        var pgm = new MigrationBuilder();
        pgm.AddConstraint("t", null, unique: ["a", "b"]);
        pgm.AddConstraint("t", null, unique: "a");
        pgm.AddConstraint("t", null, uniques: [["a", "b"], "c"]);

        Assert.Equal(
            [
                "ALTER TABLE \"t\"\n  ADD CONSTRAINT \"t_uniq_a_b\" UNIQUE (\"a\", \"b\");",
                "ALTER TABLE \"t\"\n  ADD CONSTRAINT \"t_uniq_a\" UNIQUE (\"a\");",
                "ALTER TABLE \"t\"\n  ADD CONSTRAINT \"t_uniq_a_b\" UNIQUE (\"a\", \"b\"),\n  ADD CONSTRAINT \"t_uniq_c\" UNIQUE (\"c\");",
            ],
            pgm.Build().GetSqlSteps());
    }

    [Fact]
    public void The_drop_flags_of_every_create_reach_its_inferred_down()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("t", new Columns { ["id"] = "id" }, ifExists: true, cascade: true);
        pgm.CreateIndex("t", "id", ifExists: true, cascade: true);
        pgm.CreateView("v", "SELECT 1", ifExists: true, cascade: true);

        Assert.Equal(
            ["DROP VIEW IF EXISTS \"v\" CASCADE;", "DROP INDEX IF EXISTS \"t_id_index\" CASCADE;", "DROP TABLE IF EXISTS \"t\" CASCADE;"],
            pgm.Build().Reverse().GetSqlSteps());
    }

    [Fact]
    public void A_recorded_migration_does_not_change_with_later_calls()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("a", new Columns { ["id"] = "id" });
        var recorded = pgm.Build();
        pgm.DropTable("a");
        pgm.NoTransaction();

        Assert.Single(recorded.Operations);
        Assert.False(recorded.NoTransaction);
        Assert.Equal(2, pgm.Build().Operations.Count);
    }

    [Fact]
    public void Each_reversed_operation_keeps_the_line_of_the_call_it_undoes()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("a", new Columns { ["id"] = "id" }, line: 10);
        pgm.RenameTable("a", "b", line: 11);

        var reversed = pgm.Build().Reverse();
        Assert.Equal([11, 10], reversed.Operations.Select(o => o.Line));
        Assert.Equal(["ALTER TABLE \"b\" RENAME TO \"a\";"], reversed.StepsOf(reversed.Operations[0]));
    }

    [Fact]
    public void Each_call_records_the_line_it_is_written_on_and_an_alias_passes_it_through()
    {
        var pgm = new MigrationBuilder();
        int first = Line(); pgm.CreateTable("a", new Columns { ["id"] = "id" });
        int second = Line(); pgm.AddIndex("a", "id", unique: true);

        Assert.Equal([first, second], pgm.Build().Operations.Select(o => o.Line));
    }

    static int Line([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;

    [Fact]
    public void The_drop_options_node_pg_migrate_passes_to_the_inferred_down_are_named_arguments_of_the_create()
    {
        var pgm = new MigrationBuilder();
        pgm.AddConstraint("t", "t_a", check: "a > 0", ifExists: true, ifTableExists: true);
        pgm.CreateType("mood", ["happy"], ifExists: true, cascade: true);

        Assert.Equal(["DROP TYPE IF EXISTS \"mood\" CASCADE;", "ALTER TABLE IF EXISTS \"t\" DROP CONSTRAINT IF EXISTS \"t_a\";"],
            pgm.Build().Reverse().GetSqlSteps());
    }

    private sealed class RecordingDatabase : IMigrationDatabase
    {
        public List<string> Statements { get; } = [];

        public Task QueryAsync(string sql, CancellationToken cancellationToken = default)
        {
            Statements.Add(sql);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> SelectAsync(string sql, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<IReadOnlyDictionary<string, object?>>>([]);
    }
}
