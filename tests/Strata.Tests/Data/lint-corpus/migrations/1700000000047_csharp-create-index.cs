// expect: risky
// A C# migration: squawk reads SQL files only; Strata builds the SQL and observes it.
public sealed class CSharpCreateIndex : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateIndex("c47", ["a"]);
    }
}
