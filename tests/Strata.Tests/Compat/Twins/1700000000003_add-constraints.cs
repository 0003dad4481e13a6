public sealed class AddPostConstraints : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.AddConstraint("posts", "posts_title_not_blank", new ConstraintOptions { Check = "title <> ''" });
        pgm.AddConstraint("users", null, new ConstraintOptions { Unique = [["display_name"]] });
        pgm.AddConstraint("posts", "posts_editor_fk", new ConstraintOptions
        {
            ForeignKeys = [new ForeignKey { Columns = ["editor_id"], References = "users", OnDelete = "SET NULL" }],
        });
        pgm.AddTypeValue("user_role", "owner", before: "admin");
    }
}
