import type { MigrationBuilder } from 'node-pg-migrate';

type PlanRow = { name: string };

/**
 * One view per plan, read from the rows the previous migration seeded:
 * a data-dependent migration.
 */
export async function up(pgm: MigrationBuilder): Promise<void> {
  const plans = await pgm.db.select('SELECT name FROM plans ORDER BY name');
  for (const plan of plans) {
    pgm.createView(`accounts_on_${plan.name}`, {}, `SELECT id, name FROM accounts WHERE plan = '${plan.name}'`);
  }
  if (plans.length > 2) {
    pgm.sql(`COMMENT ON TABLE plans IS 'seeded with ${plans.length} plans'`);
  }
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  const plans = await pgm.db.select('SELECT name FROM plans ORDER BY name');
  for (const plan of plans) {
    pgm.dropView(`accounts_on_${plan.name}`);
  }
  pgm.sql('COMMENT ON TABLE plans IS NULL');
}
