public sealed class AddProfileColumns : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.AddColumns("users", new Columns
        {
            ["display_name"] = new Column("text"),
            ["score"] = new Column("numeric(10,2)") { NotNull = true, Default = 0 },
        });
        pgm.AddColumns("posts", new Columns { ["editor_id"] = "integer" });
        pgm.CreateIndex("users", "display_name", where: "display_name IS NOT NULL");
        pgm.CreateIndex("posts", ["published", new IndexColumn("id") { Sort = "DESC" }], name: "posts_recent_index");
    }
}
