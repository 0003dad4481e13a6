public sealed class CreatePublishedPosts : Migration
{
    public override void Up(MigrationBuilder pgm) =>
        pgm.CreateView(
            "published_posts",
            "SELECT p.id, u.email, p.title FROM posts p JOIN users u ON u.id = p.user_id WHERE p.published",
            columns: ["post_id", "author", "title"]);
}
