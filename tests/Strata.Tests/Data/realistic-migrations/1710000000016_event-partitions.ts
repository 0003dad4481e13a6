import type { MigrationBuilder } from 'node-pg-migrate';

const MONTHS = 3;
const TABLE = 'events';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`
    CREATE TABLE ${TABLE} (
      id bigserial,
      happened_at date NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'
    ) PARTITION BY RANGE (happened_at)
  `);
  for (let i = 0; i < MONTHS; i++) {
    const month = i + 1;
    const next = month + 1;
    pgm.sql(
      `CREATE TABLE ${TABLE}_2024_0${month} PARTITION OF ${TABLE} FOR VALUES FROM ('2024-0${month}-01') TO ('2024-0${next}-01')`,
    );
  }
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`DROP TABLE ${TABLE}`);
}
