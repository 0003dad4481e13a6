import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createTable(
    'posts',
    {
      id: 'id',
      user_id: { type: 'integer', notNull: true, references: 'users', onDelete: 'CASCADE' },
      title: { type: 'varchar(200)', notNull: true },
      body: { type: 'text', comment: 'Markdown' },
      published: { type: 'boolean', notNull: true, default: false },
    },
    { constraints: { unique: [['user_id', 'title']] } },
  );
  pgm.createIndex('posts', 'user_id');
}
