using Strata.App;
using Strata.Sql.Operations;

[Migration]
public sealed class CreateUsers : Migration
{
    public override void Up(MigrationBuilder pgm) =>
        pgm.CreateTable("users", new Columns { ["id"] = "id", ["email"] = new Column("text") { NotNull = true } });
}
