import type { MigrationBuilder } from 'node-pg-migrate';

/**
 * Reports group accounts by email domain: one function splits an address,
 * with named IN/OUT parameters and settings of its own.
 */
export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createFunction(
    'split_email',
    [
      { mode: 'IN', name: 'email', type: 'text' },
      { mode: 'IN', name: 'lower_domain', type: 'boolean', default: true },
      { mode: 'OUT', name: 'local_part', type: 'text' },
      { mode: 'OUT', name: 'domain', type: 'text' },
    ],
    {
      returns: 'record',
      language: 'sql',
      behavior: 'IMMUTABLE',
      onNull: true,
      set: [
        { configurationParameter: 'search_path', value: 'pg_catalog' },
        { configurationParameter: 'work_mem', value: 'FROM CURRENT' },
      ],
    },
    `SELECT split_part(email, '@', 1),
       CASE WHEN lower_domain THEN lower(split_part(email, '@', 2)) ELSE split_part(email, '@', 2) END`,
  );
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  // PostgreSQL takes no DEFAULT in DROP FUNCTION's parameter list.
  pgm.dropFunction('split_email', [
    { mode: 'IN', name: 'email', type: 'text' },
    { mode: 'IN', name: 'lower_domain', type: 'boolean' },
    { mode: 'OUT', name: 'local_part', type: 'text' },
    { mode: 'OUT', name: 'domain', type: 'text' },
  ]);
}
