import { MigrationBuilder } from 'node-pg-migrate';

const STATUS = 'task_status';

// Imports hand statuses over as text in any case and with spaces: a cast reads them.
// No down: node-pg-migrate infers it (DROP CAST …, DROP FUNCTION …).
export const up = (pgm: MigrationBuilder) => {
  pgm.createFunction(
    'task_status_from_text',
    ['text'],
    { returns: STATUS, language: 'sql', behavior: 'IMMUTABLE' },
    `SELECT lower(trim($1))::${STATUS}`,
  );
  pgm.createCast('text', STATUS, { functionName: 'task_status_from_text', as: 'ASSIGNMENT' });
  pgm.createCast(STATUS, 'varchar', { inout: true, as: 'ASSIGNMENT' });
};
