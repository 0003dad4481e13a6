// Chats can be archived and pinned; the list of a user's chats shows pinned ones first.
public sealed class ChatArchiveAndPin : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.AddColumns("chat", new Columns
        {
            ["archived_at"] = new Column("timestamptz"),
            ["pinned"] = new Column("boolean") { NotNull = true, Default = false },
        });
        pgm.CreateIndex("chat", ["user_id", "pinned"], where: "archived_at IS NULL");
    }
}
