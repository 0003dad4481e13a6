public sealed class CreatePosts : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.CreateTable(
            "posts",
            new Columns
            {
                ["id"] = "id",
                ["user_id"] = new Column("integer") { NotNull = true, References = "users", OnDelete = "CASCADE" },
                ["title"] = new Column("varchar(200)") { NotNull = true },
                ["body"] = new Column("text") { Comment = "Markdown" },
                ["published"] = new Column("boolean") { NotNull = true, Default = false },
            },
            constraints: new ConstraintOptions { Unique = ["user_id", "title"] });
        pgm.CreateIndex("posts", "user_id");
    }
}
