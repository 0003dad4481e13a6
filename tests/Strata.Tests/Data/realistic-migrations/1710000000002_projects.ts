import { MigrationBuilder } from 'node-pg-migrate';

export const up = (pgm: MigrationBuilder): void => {
  pgm.createTable('projects', {
    id: 'id',
    account_id: { type: 'uuid', notNull: true, references: 'accounts', onDelete: 'CASCADE' },
    title: { type: 'varchar(200)', notNull: true },
    archived: { type: 'boolean', notNull: true, default: false },
  });
  pgm.createIndex('projects', ['account_id', 'title'], { where: 'NOT archived', name: 'projects_live_title' });
  pgm.addConstraint('projects', 'projects_title_not_blank', { check: "title <> ''" });
};
