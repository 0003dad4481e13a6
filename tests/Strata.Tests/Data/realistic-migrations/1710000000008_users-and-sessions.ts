import { MigrationBuilder, ColumnDefinitions, PgLiteral } from 'node-pg-migrate';

/** Columns every table of this file shares. */
export const shorthands: ColumnDefinitions = {
  id: { type: 'uuid', primaryKey: true, default: new PgLiteral('gen_random_uuid()') },
  created_at: { type: 'timestamptz', notNull: true, default: PgLiteral.create('now()') },
};

interface SessionOptions {
  ttlDays: number;
}

const USERS = 'users';
const SESSIONS = 'sessions' as const;

export const up = (pgm: MigrationBuilder): void => {
  pgm.createTable(USERS, {
    id: 'id',
    email: { type: 'text', notNull: true },
    created_at: 'created_at',
  } as ColumnDefinitions);
  pgm.createTable(SESSIONS, {
    id: 'id',
    user_id: { type: 'uuid', notNull: true, references: USERS, onDelete: 'CASCADE' },
    expires_at: { type: 'timestamptz', notNull: true, default: pgm.func("now() + interval '30 days'") },
    created_at: 'created_at',
  });
  pgm.createIndex(SESSIONS, 'user_id');
};

export const down = (pgm: MigrationBuilder): void => {
  pgm.dropTable(SESSIONS);
  pgm.dropTable(USERS);
};
