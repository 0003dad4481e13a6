import type { MigrationBuilder } from 'node-pg-migrate';

const SCHEMA = 'reporting';
const VIEWS = ['open_tasks', 'done_tasks'];

export const up = async (pgm: MigrationBuilder) => {
  pgm.createSchema(SCHEMA, { ifNotExists: true });
  VIEWS.forEach((view) => {
    const status = view === 'open_tasks' ? 'todo' : 'done';
    pgm.createView({ schema: SCHEMA, name: view }, {}, `SELECT id, project_id FROM tasks WHERE status = '${status}'`);
  });
  pgm.createMaterializedView({ schema: SCHEMA, name: 'task_totals' }, { data: true }, 'SELECT project_id, count(*) AS n FROM tasks GROUP BY project_id');
};

export const down = async (pgm: MigrationBuilder) => {
  pgm.dropSchema(SCHEMA, { cascade: true });
};
