// node-pg-migrate twin of examples/chat/migrations/1764000060000_create-message.cs (bench scenario 4).
import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createTable("message", {
    id: { type: "uuid", primaryKey: true, default: pgm.func("gen_random_uuid()") },
    chat_id: { type: "uuid", notNull: true, references: "chat", onDelete: "CASCADE" },
    role: { type: "text", notNull: true, check: "role IN ('system', 'user', 'assistant', 'tool')" },
    content: { type: "text", notNull: true, default: "" },
    parts: { type: "jsonb", notNull: true, default: pgm.func("'[]'::jsonb") },
    created_at: { type: "timestamptz", notNull: true, default: pgm.func("now()") },
  });
  pgm.createIndex("message", ["chat_id", "created_at"]);
}
