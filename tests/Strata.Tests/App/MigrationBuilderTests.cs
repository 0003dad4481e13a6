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

        Assert.Equal(2, pgm.Operations.Count);
        Assert.Equal(
            "CREATE TABLE \"chat\" (\n  \"id\" serial PRIMARY KEY,\n  \"title\" text NOT NULL\n);\nCREATE INDEX \"chat_title_index\" ON \"chat\" (\"title\");\n",
            pgm.GetSql());
    }

    [Fact]
    public void A_bad_argument_fails_at_the_call_that_made_it()
    {
        var pgm = new MigrationBuilder();
        var error = Assert.Throws<ArgumentException>(() => pgm.CreateIndex("t", "a", new IndexOptions { Nulls = "not distinct" }));
        Assert.Equal("The \"nulls\" option can only be used with unique indexes.", error.Message);
        Assert.Empty(pgm.Operations);
    }

    [Fact]
    public void Reverse_undoes_operations_last_first()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("a", new Columns { ["id"] = "id" });
        pgm.RenameTable("a", "b");

        Assert.Equal(["ALTER TABLE \"b\" RENAME TO \"a\";", "DROP TABLE \"a\";"], pgm.Reverse().GetSqlSteps());
    }

    [Fact]
    public void Renames_reversed_twice_give_back_the_up_migration()
    {
        var pgm = new MigrationBuilder();
        pgm.RenameTable("a", "b");
        pgm.RenameColumn("b", "x", "y");

        Assert.Equal(pgm.GetSqlSteps(), pgm.Reverse().Reverse().GetSqlSteps());
    }

    [Fact]
    public void Steps_of_one_operation_are_undone_last_first_too()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateExtension(["a", "b"]);

        Assert.Equal(["DROP EXTENSION \"b\";", "DROP EXTENSION \"a\";"], pgm.Reverse().GetSqlSteps());
    }

    [Fact]
    public void An_irreversible_operation_is_named_when_down_is_inferred()
    {
        var pgm = new MigrationBuilder();
        pgm.CreateTable("t", new Columns { ["id"] = "id" });
        pgm.AlterColumn("t", "id", new AlterColumnOptions { NotNull = true });

        var error = Assert.Throws<IrreversibleOperationException>(() => pgm.Reverse());
        Assert.Equal("AlterColumn", error.Method);
        Assert.Contains("\"pgm.AlterColumn()\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(FailureKind.Database, error.Kind);
    }

    [Fact]
    public async Task A_migration_that_queries_the_database_has_no_inferred_down()
    {
        var pgm = new MigrationBuilder(database: new RecordingDatabase());
        await pgm.Db.QueryAsync("UPDATE t SET a = 1");

        var error = Assert.Throws<IrreversibleOperationException>(() => pgm.Reverse());
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
        pgm.CreateIndex("t", "a", new IndexOptions { Concurrently = true });

        Assert.False(pgm.UsesTransaction);
        Assert.False(pgm.Reverse().UsesTransaction);
    }

    [Fact]
    public void Shorthands_defined_in_a_migration_apply_to_later_operations_only()
    {
        var pgm = new MigrationBuilder(new Columns { ["money"] = "numeric(12,2)" });
        pgm.AddColumns("t", new Columns { ["price"] = "money" });
        pgm.DefineShorthands(new Columns { ["money"] = "bigint" });
        pgm.AddColumns("t", new Columns { ["cents"] = "money" });

        Assert.Equal(["ALTER TABLE \"t\"\n  ADD \"price\" numeric(12,2);", "ALTER TABLE \"t\"\n  ADD \"cents\" bigint;"], pgm.GetSqlSteps());
    }

    [Fact]
    public void Operation_records_are_values()
    {
        var a = new MigrationBuilder();
        a.DropTable(new SqlName("app", "t"), ifExists: true);
        var b = new MigrationBuilder();
        b.DropTable(new SqlName("app", "t"), ifExists: true);

        Assert.Equal(a.Operations[0].ToSql(SqlNaming.AsWritten), b.Operations[0].ToSql(SqlNaming.AsWritten));
        Assert.Equal("DROP TABLE IF EXISTS \"app\".\"t\";", a.Operations[0].ToSql(SqlNaming.AsWritten)[0]);
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
