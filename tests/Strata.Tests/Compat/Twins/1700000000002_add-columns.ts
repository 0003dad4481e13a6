import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumns('users', {
    display_name: { type: 'text' },
    score: { type: 'numeric(10,2)', notNull: true, default: 0 },
  });
  pgm.addColumns('posts', { editor_id: { type: 'integer' } });
  pgm.createIndex('users', 'display_name', { where: 'display_name IS NOT NULL' });
  pgm.createIndex('posts', ['published', { name: 'id', sort: 'DESC' }], { name: 'posts_recent_index' });
}
