public sealed class AddPostConstraints : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.AddConstraint("posts", "posts_title_not_blank", check: "title <> ''");
        pgm.AddConstraint("users", null, unique: ["display_name"]);
        pgm.AddConstraint("posts", "posts_editor_fk",
            foreignKey: new ForeignKey { Columns = "editor_id", References = "users", OnDelete = "SET NULL" });
        pgm.AddTypeValue("user_role", "owner", before: "admin");
    }
}
