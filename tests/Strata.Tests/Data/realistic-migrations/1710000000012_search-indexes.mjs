// Built without locking the tables: CREATE INDEX CONCURRENTLY cannot run in a transaction.
const INDEXED = ['name', 'plan'];

export const up = (pgm) => {
  pgm.noTransaction();
  INDEXED.forEach((column) => {
    pgm.createIndex('accounts', column, { concurrently: true, ifNotExists: true, name: `accounts_${column}_search` });
  });
};

export const down = (pgm) => {
  pgm.noTransaction();
  for (const column of INDEXED) {
    pgm.dropIndex('accounts', column, { concurrently: true, ifExists: true, name: `accounts_${column}_search` });
  }
};
