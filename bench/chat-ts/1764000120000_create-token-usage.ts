// node-pg-migrate twin of examples/chat/migrations/1764000120000_create-token-usage.cs (bench scenario 4).
import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createTable("token_usage", {
    id: { type: "bigint", primaryKey: true, sequenceGenerated: { precedence: "ALWAYS" } },
    user_id: { type: "text", notNull: true, references: "user", onDelete: "CASCADE" },
    chat_id: { type: "uuid", references: "chat", onDelete: "SET NULL" },
    message_id: { type: "uuid", references: "message", onDelete: "SET NULL" },
    model: { type: "text", notNull: true },
    prompt_tokens: { type: "integer", notNull: true, default: 0, check: "prompt_tokens >= 0" },
    completion_tokens: { type: "integer", notNull: true, default: 0, check: "completion_tokens >= 0" },
    total_tokens: { type: "integer", expressionGenerated: "prompt_tokens + completion_tokens" },
    cost: { type: "numeric(12,6)", notNull: true, default: 0 },
    created_at: { type: "timestamptz", notNull: true, default: pgm.func("now()") },
  });
  pgm.createIndex("token_usage", ["user_id", "created_at"]);
}
