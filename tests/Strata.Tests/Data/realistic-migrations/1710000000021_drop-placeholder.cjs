/**
 * projects_placeholder was a stand-in; the real projects table replaced it.
 */
exports.up = (pgm) => {
  pgm.dropTable('projects_placeholder', { ifExists: true });
};

exports.down = (pgm) => {
  pgm.createTable('projects_placeholder', {
    id: 'id',
    updated_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });
};
