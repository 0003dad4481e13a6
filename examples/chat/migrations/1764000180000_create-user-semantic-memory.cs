// What the assistant remembers about a user: the text, its embedding, and a full-text vector.
// The embedding is pgvector's vector(1536) with an HNSW index when the server has pgvector, and a
// real[] of the same fixed length otherwise, so the schema deploys on any PostgreSQL.
public sealed class CreateUserSemanticMemory : Migration
{
    const int Dimensions = 1536;

    public override async Task UpAsync(MigrationBuilder pgm)
    {
        var rows = await pgm.Db.SelectAsync("select count(*)::int as n from pg_available_extensions where name = 'vector'");
        bool pgvector = (int)rows[0]["n"]! > 0;
        if (pgvector) pgm.CreateExtension("vector", ifNotExists: true);

        pgm.CreateTable("user_semantic_memory", new Columns
        {
            ["id"] = new Column("uuid") { PrimaryKey = true, Default = pgm.Func("gen_random_uuid()") },
            ["user_id"] = new Column("text") { NotNull = true, References = "user", OnDelete = "CASCADE" },
            ["content"] = new Column("text") { NotNull = true },
            ["embedding"] = pgvector
                ? new Column($"vector({Dimensions})")
                : new Column("real[]") { Check = $"embedding IS NULL OR cardinality(embedding) = {Dimensions}" },
            ["content_tsv"] = new Column("tsvector") { ExpressionGenerated = "to_tsvector('english', content)" },
            ["metadata"] = new Column("jsonb") { NotNull = true, Default = pgm.Func("'{}'::jsonb") },
            ["created_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
            ["updated_at"] = new Column("timestamptz") { NotNull = true, Default = pgm.Func("now()") },
        });
        pgm.CreateIndex("user_semantic_memory", "user_id");
        pgm.CreateIndex("user_semantic_memory", "content_tsv", method: "gin");
        if (pgvector)
            pgm.CreateIndex("user_semantic_memory", [new IndexColumn("embedding") { Opclass = "vector_cosine_ops" }], method: "hnsw");
    }

    // Written out because Up reads the database; the vector extension stays (other schemas may use it).
    public override void Down(MigrationBuilder pgm) => pgm.DropTable("user_semantic_memory");
}
