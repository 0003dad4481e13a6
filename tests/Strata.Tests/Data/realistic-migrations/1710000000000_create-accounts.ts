import type { ColumnDefinitions, MigrationBuilder } from 'node-pg-migrate';

export const shorthands: ColumnDefinitions = {
  uuidPk: { type: 'uuid', primaryKey: true, default: new PgLiteral('gen_random_uuid()') },
  createdAt: { type: 'timestamptz', notNull: true, default: new PgLiteral('now()') },
};

import { PgLiteral } from 'node-pg-migrate';

const TABLE = 'accounts';

/** The accounts a user belongs to. */
export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createTable(TABLE, {
    id: 'uuidPk',
    name: { type: 'text', notNull: true }, // shown in the UI
    plan: { type: 'text', notNull: true, default: 'free', check: "plan in ('free', 'pro')" },
    created_at: 'createdAt',
  });
  pgm.createIndex(TABLE, 'name', { unique: true });
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropTable(TABLE);
}
