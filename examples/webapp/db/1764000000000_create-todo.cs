using Strata.App;
using Strata.Sql.Operations;

namespace WebApp.Db;

[Migration]
public sealed class CreateTodo : Migration
{
    public override void Up(MigrationBuilder pgm) =>
        pgm.CreateTable("todo", new Columns
        {
            ["id"] = "id",
            ["title"] = new Column("text") { NotNull = true },
            ["done"] = new Column("boolean") { NotNull = true, Default = false },
        });
}
