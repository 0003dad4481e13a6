import type { MigrationBuilder } from 'node-pg-migrate';

const table = 'tasks';

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.addColumn(table, { updated_at: { type: 'timestamptz', notNull: true, default: pgm.func('now()') } });
  // Keep updated_at current.
  pgm.sql(`
    CREATE FUNCTION ${table}_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.updated_at := now();
      RETURN NEW;
    END $$;
  `);
  pgm.sql(`CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_touch()`);
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  pgm.sql(`DROP TRIGGER ${table}_touch ON ${table}`);
  pgm.sql(`DROP FUNCTION ${table}_touch()`);
  pgm.dropColumn(table, 'updated_at');
}
