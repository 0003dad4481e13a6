const PLANS = ['free', 'pro', 'team'];

async function up(pgm) {
  pgm.createTable('plans', {
    name: { type: 'text', primaryKey: true },
    seats: { type: 'integer', notNull: true },
  });
  let seats = 1;
  for (const plan of PLANS) {
    // Seed rows: a later migration reads them.
    pgm.sql(`INSERT INTO plans (name, seats) VALUES ('${plan}', ${seats})`);
    seats = seats * 5;
  }
}

async function down(pgm) {
  pgm.dropTable('plans');
}

module.exports = { up, down };
