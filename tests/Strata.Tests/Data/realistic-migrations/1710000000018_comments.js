const TABLE = 'tasks';

exports.up = (pgm) => {
  // Documented for the data team.
  pgm.sql(`COMMENT ON TABLE ${TABLE} IS 'Work items of a project'`);
  pgm.alterColumn(TABLE, 'position', { comment: 'Order inside the project, from 0' });
  pgm.createSequence('ticket_numbers', { start: 1000, increment: 1 });
  pgm.addColumn(TABLE, {
    ticket: { type: 'bigint', notNull: true, default: pgm.func("nextval('ticket_numbers')") },
  });
};

exports.down = (pgm) => {
  pgm.dropColumn(TABLE, 'ticket');
  pgm.dropSequence('ticket_numbers');
  pgm.alterColumn(TABLE, 'position', { comment: null });
  pgm.sql(`COMMENT ON TABLE ${TABLE} IS NULL`);
};
