import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addConstraint('posts', 'posts_title_not_blank', { check: "title <> ''" });
  pgm.addConstraint('users', null, { unique: ['display_name'] });
  pgm.addConstraint('posts', 'posts_editor_fk', {
    foreignKeys: { columns: 'editor_id', references: 'users', onDelete: 'SET NULL' },
  });
  pgm.addTypeValue('user_role', 'owner', { before: 'admin' });
}
