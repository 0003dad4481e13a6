/* eslint-disable camelcase */
const TABLES = ['accounts', 'projects_placeholder'];

function addTimestamps(pgm, table) {
  pgm.addColumns(table, {
    updated_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') },
  });
}

exports.up = (pgm) => {
  pgm.createTable('projects_placeholder', { id: 'id' });
  for (const table of TABLES) {
    addTimestamps(pgm, table);
  }
};

exports.down = (pgm) => {
  pgm.dropColumns('accounts', ['updated_at']);
  pgm.dropTable('projects_placeholder');
};
