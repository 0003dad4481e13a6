import { MigrationBuilder } from 'node-pg-migrate';

// No down: node-pg-migrate infers it from up (drop the index, then the table).
export const up = (pgm: MigrationBuilder) => {
  pgm.createTable('tags', {
    id: 'id',
    project_id: { type: 'integer', notNull: true, references: 'projects', onDelete: 'CASCADE' },
    label: { type: 'text', notNull: true },
  });
  pgm.createIndex('tags', ['project_id', 'label'], { unique: true });
};
