// expect: risky
public sealed class CSharpAddColumnVolatileDefault : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.AddColumns("c48", new Columns
        {
            ["token"] = new Column("uuid") { Default = pgm.Func("gen_random_uuid()") },
        });
    }
}
