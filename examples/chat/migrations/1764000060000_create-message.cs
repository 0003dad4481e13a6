// A message of a chat: the roles of a chat model's conversation, the text, and the structured parts
// (tool calls, attachments) as the AI SDK stores them.
public sealed class CreateMessage : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateTable("message", new Columns
        {
            ["id"] = new Column("uuid") { PrimaryKey = true, Default = pgm.Func("gen_random_uuid()") },
            ["chat_id"] = new Column("uuid") { NotNull = true, References = "chat", OnDelete = "CASCADE" },
            ["role"] = new Column("text") { NotNull = true, Check = "role IN ('system', 'user', 'assistant', 'tool')" },
            ["content"] = new Column("text") { NotNull = true, Default = "" },
            ["parts"] = new Column("jsonb") { NotNull = true, Default = pgm.Func("'[]'::jsonb") },
            ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
        });
        // "The messages of a chat, in order".
        pgm.CreateIndex("message", ["chat_id", "created_at"]);
    }
}
