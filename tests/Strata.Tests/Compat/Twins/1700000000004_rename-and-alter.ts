import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.renameColumn('posts', 'body', 'content');
  pgm.alterColumn('posts', 'title', { type: 'text' });
  pgm.alterColumn('users', 'age', { type: 'smallint', using: 'age::smallint' });
  pgm.alterColumn('users', 'display_name', { notNull: true, default: 'anonymous' });
}
