public sealed class RenameAndAlter : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.RenameColumn("posts", "body", "content");
        pgm.AlterColumn("posts", "title", type: "text");
        pgm.AlterColumn("users", "age", type: "smallint", @using: "age::smallint");
        pgm.AlterColumn("users", "display_name", notNull: true, @default: "anonymous");
    }
}
