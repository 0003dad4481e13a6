public sealed class CreateUsers : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateType("user_role", ["admin", "member", "guest"]);
        pgm.CreateTable(
            "users",
            new Columns
            {
                ["id"] = "id",
                ["email"] = new Column("text") { NotNull = true, Unique = true },
                ["role"] = new Column("user_role") { NotNull = true, Default = "member" },
                ["age"] = new Column("integer") { Check = "age >= 0" },
                ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("current_timestamp") },
            },
            comment: "People who sign in");
    }
}
