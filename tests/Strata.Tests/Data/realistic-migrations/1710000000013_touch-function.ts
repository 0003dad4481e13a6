import type { MigrationBuilder } from 'node-pg-migrate';

const FUNCTION_NAME = 'set_updated_at';
const TABLES: Array<string> = ['users', 'projects'];

export async function up(pgm: MigrationBuilder): Promise<void> {
  pgm.createFunction(
    FUNCTION_NAME,
    [],
    { returns: 'trigger', language: 'plpgsql', replace: true },
    `
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END;
`,
  );
  for (const table of TABLES) {
    pgm.createTrigger(table, `${table}_version`, {
      when: 'BEFORE',
      operation: 'UPDATE',
      function: FUNCTION_NAME,
      level: 'ROW',
    });
  }
}

export async function down(pgm: MigrationBuilder): Promise<void> {
  for (const table of TABLES) {
    pgm.dropTrigger(table, `${table}_version`);
  }
  pgm.dropFunction(FUNCTION_NAME, []);
}
