public sealed class RenameAndAlter : Migration
{
    public override void Up(MigrationBuilder pgm)
    {
        pgm.RenameColumn("posts", "body", "content");
        pgm.AlterColumn("posts", "title", new AlterColumnOptions { Type = "text" });
        pgm.AlterColumn("users", "age", new AlterColumnOptions { Type = "smallint", Using = "age::smallint" });
        pgm.AlterColumn("users", "display_name", new AlterColumnOptions { NotNull = true, Default = "anonymous" });
    }
}
