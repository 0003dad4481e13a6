import type { MigrationBuilder } from 'node-pg-migrate';

const SOFT_DELETED = ['projects', 'tasks', 'tags'];

function softDelete(pgm: MigrationBuilder, table: string): void {
  pgm.addColumn(table, { deleted_at: { type: 'timestamptz' } });
  pgm.createIndex(table, 'id', { where: 'deleted_at IS NULL', name: indexName(table) });
}

function indexName(table: string): string {
  return `${table}_live`;
}

export async function up(pgm: MigrationBuilder): Promise<void> {
  SOFT_DELETED.forEach((table) => softDelete(pgm, table));
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  for (const table of [...SOFT_DELETED].reverse()) {
    pgm.dropIndex(table, 'id', { name: indexName(table) });
    pgm.dropColumn(table, 'deleted_at');
  }
}
