// A conversation, owned by a better-auth user. Deleting the user deletes their chats.
public sealed class CreateChat : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateExtension("pgcrypto", ifNotExists: true); // gen_random_uuid() before PostgreSQL 13
        pgm.CreateTable("chat", new Columns
        {
            ["id"] = new Column("uuid") { PrimaryKey = true, Default = pgm.Func("gen_random_uuid()") },
            ["user_id"] = new Column("text") { NotNull = true, References = "user", OnDelete = "CASCADE" },
            ["title"] = new Column("text") { NotNull = true, Default = "New chat" },
            ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
            ["updated_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
        });
        // "My chats, most recent first".
        pgm.CreateIndex("chat", [new IndexColumn("user_id"), new IndexColumn("updated_at") { Sort = "DESC" }]);
    }

    public override void Down(MigrationBuilder pgm) => pgm.DropTable("chat");
}
