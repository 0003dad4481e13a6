import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createType('user_role', ['admin', 'member', 'guest']);
  pgm.createTable(
    'users',
    {
      id: 'id',
      email: { type: 'text', notNull: true, unique: true },
      role: { type: 'user_role', notNull: true, default: 'member' },
      age: { type: 'integer', check: 'age >= 0' },
      created_at: { type: 'timestamptz', notNull: true, default: pgm.func('current_timestamp') },
    },
    { comment: 'People who sign in' },
  );
}
