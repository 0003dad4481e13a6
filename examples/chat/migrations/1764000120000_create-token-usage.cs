// What each model call cost. The user owns the row (deleting the user deletes it); the chat and the
// message may be deleted while the accounting stays, so those references become NULL.
public sealed class CreateTokenUsage : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateTable("token_usage", new Columns
        {
            ["id"] = new Column("bigint") { PrimaryKey = true, SequenceGenerated = new Identity { Precedence = "ALWAYS" } },
            ["user_id"] = new Column("text") { NotNull = true, References = "user", OnDelete = "CASCADE" },
            ["chat_id"] = new Column("uuid") { References = "chat", OnDelete = "SET NULL" },
            ["message_id"] = new Column("uuid") { References = "message", OnDelete = "SET NULL" },
            ["model"] = new Column("text") { NotNull = true },
            ["prompt_tokens"] = new Column("integer") { NotNull = true, Default = 0, Check = "prompt_tokens >= 0" },
            ["completion_tokens"] = new Column("integer") { NotNull = true, Default = 0, Check = "completion_tokens >= 0" },
            ["total_tokens"] = new Column("integer") { ExpressionGenerated = "prompt_tokens + completion_tokens" },
            ["cost"] = new Column("numeric(12,6)") { NotNull = true, Default = 0 },
            ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
        });
        // "Usage of a user over time".
        pgm.CreateIndex("token_usage", ["user_id", "created_at"]);
    }
}
