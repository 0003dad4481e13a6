/* eslint-disable camelcase */

exports.shorthands = undefined;

const AUDITED = ['users', 'sessions', 'projects'];

// Every audited table records who changed a row last.
function addAuditColumns(pgm, table) {
  pgm.addColumns(table, {
    updated_by: { type: 'uuid', references: 'users', onDelete: 'SET NULL' },
    version: { type: 'integer', notNull: true, default: 1 },
  });
  pgm.createIndex(table, 'updated_by', { name: `${table}_updated_by_idx` });
}

function dropAuditColumns(pgm, table) {
  pgm.dropIndex(table, 'updated_by', { name: `${table}_updated_by_idx` });
  pgm.dropColumns(table, ['updated_by', 'version']);
}

exports.up = function (pgm) {
  for (const table of AUDITED) {
    addAuditColumns(pgm, table);
  }
};

exports.down = function (pgm) {
  for (const table of AUDITED) {
    dropAuditColumns(pgm, table);
  }
};
