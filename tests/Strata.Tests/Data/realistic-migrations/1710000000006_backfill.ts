import type { MigrationBuilder } from 'node-pg-migrate';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumn('projects', { task_count: { type: 'integer', notNull: true, default: 0 } });
  const rows = await pgm.db.select('select count(*)::int as n from projects');
  if (rows[0].n > 1000) {
    pgm.sql('select 1'); // large tables are backfilled by a job
  } else {
    pgm.sql('update projects p set task_count = (select count(*) from tasks t where t.project_id = p.id)');
  }
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropColumn('projects', 'task_count');
}
