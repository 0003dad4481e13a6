// node-pg-migrate twin of examples/chat/migrations/1764000240000_chat-archive-and-pin.cs (bench scenario 4).
import type { MigrationBuilder } from "node-pg-migrate";

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumns("chat", {
    archived_at: { type: "timestamptz" },
    pinned: { type: "boolean", notNull: true, default: false },
  });
  pgm.createIndex("chat", ["user_id", "pinned"], { where: "archived_at IS NULL" });
}
