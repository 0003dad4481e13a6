export const shorthands = undefined;

const STATUSES = ['todo', 'doing', 'done'];

export async function up(pgm) {
  pgm.createType('task_status', STATUSES);
  pgm.createTable('tasks', {
    id: 'id',
    project_id: { type: 'integer', notNull: true, references: 'projects', onDelete: 'CASCADE' },
    status: { type: 'task_status', notNull: true, default: 'todo' },
    position: { type: 'integer', notNull: true, default: 0 },
  });
}

export const down = false;
