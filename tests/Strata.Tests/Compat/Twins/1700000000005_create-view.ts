import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createView(
    'published_posts',
    { columns: ['post_id', 'author', 'title'] },
    'SELECT p.id, u.email, p.title FROM posts p JOIN users u ON u.id = p.user_id WHERE p.published',
  );
}
