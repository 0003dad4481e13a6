using Strata.App;
using Strata.Sql.Operations;

[Migration("1700000000002_index-notes")]
public sealed class IndexNotes : Migration
{
    public override void Up(MigrationBuilder pgm) => pgm.CreateIndex("notes", ["user_id"]);
}
