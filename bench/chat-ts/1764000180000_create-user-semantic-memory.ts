// node-pg-migrate twin of examples/chat/migrations/1764000180000_create-user-semantic-memory.cs
// (bench scenario 4): reads pg_available_extensions, like the C# one, to pick vector(1536) or real[].
import type { MigrationBuilder } from "node-pg-migrate";

const dimensions = 1536;

export async function up(pgm: MigrationBuilder): Promise<void> {
  const rows = await pgm.db.select("select count(*)::int as n from pg_available_extensions where name = 'vector'");
  const pgvector = rows[0].n > 0;
  if (pgvector) pgm.createExtension("vector", { ifNotExists: true });

  pgm.createTable("user_semantic_memory", {
    id: { type: "uuid", primaryKey: true, default: pgm.func("gen_random_uuid()") },
    user_id: { type: "text", notNull: true, references: "user", onDelete: "CASCADE" },
    content: { type: "text", notNull: true },
    embedding: pgvector
      ? { type: `vector(${dimensions})` }
      : { type: "real[]", check: `embedding IS NULL OR cardinality(embedding) = ${dimensions}` },
    content_tsv: { type: "tsvector", expressionGenerated: "to_tsvector('english', content)" },
    metadata: { type: "jsonb", notNull: true, default: pgm.func("'{}'::jsonb") },
    created_at: { type: "timestamptz", notNull: true, default: pgm.func("now()") },
    updated_at: { type: "timestamptz", notNull: true, default: pgm.func("now()") },
  });
  pgm.createIndex("user_semantic_memory", "user_id");
  pgm.createIndex("user_semantic_memory", "content_tsv", { method: "gin" });
  if (pgvector)
    pgm.createIndex("user_semantic_memory", [{ name: "embedding", opclass: "vector_cosine_ops" }], { method: "hnsw" });
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropTable("user_semantic_memory");
}
