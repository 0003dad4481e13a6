import { MigrationBuilder } from 'node-pg-migrate';

const STRICT = true;
const SCALE = 2;

export const up = async (pgm: MigrationBuilder) => {
  pgm.createDomain('money_amount', `numeric(12, ${SCALE})`, STRICT ? { check: 'VALUE >= 0' } : {});
  pgm.createTable('invoices', {
    id: 'id',
    account_id: { type: 'uuid', notNull: true, references: 'accounts' },
    total: { type: 'money_amount', notNull: true },
    issued_on: { type: 'date', notNull: true, default: pgm.func('current_date') },
  });
  if (STRICT) {
    pgm.addConstraint('invoices', 'invoices_total_cap', { check: 'total < 1000000' });
  }
};

export const down = async (pgm: MigrationBuilder) => {
  pgm.dropTable('invoices');
  pgm.dropDomain('money_amount');
};
