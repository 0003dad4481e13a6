import type { MigrationBuilder } from 'node-pg-migrate';

const BATCH = 2;

/** Copies each plan's seat count onto its accounts, in the migration's own transaction. */
export async function up(pgm: MigrationBuilder): Promise<void> {
  await pgm.db.query('ALTER TABLE accounts ADD COLUMN seats integer');
  const plans = await pgm.db.select('SELECT name, seats FROM plans ORDER BY name');
  for (const plan of plans) {
    await pgm.db.query(`UPDATE accounts SET seats = ${plan.seats} WHERE plan = '${plan.name}'`);
  }
  if (plans.length >= BATCH) {
    pgm.alterColumn('accounts', 'seats', { notNull: true, default: 1 });
  } else {
    pgm.alterColumn('accounts', 'seats', { default: 1 });
  }
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.dropColumn('accounts', 'seats');
}
