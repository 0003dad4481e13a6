import { MigrationBuilder } from 'node-pg-migrate/migrationBuilder';
import { PgLiteral } from 'node-pg-migrate/utils/PgLiteral';
import cases from './cases.mjs';
const db = { query: async () => ({}), select: async () => [] };
const out = [];
for (const [name, ts, shorthandsTs, reverse, decamelize] of cases) {
  const shorthands = shorthandsTs ? new Function('PgLiteral', `return (${shorthandsTs});`)(PgLiteral) : undefined;
  const pgm = new MigrationBuilder(db, shorthands, Boolean(decamelize), { info() {}, warn() {}, error() {}, debug() {} });
  if (reverse) pgm.enableReverseMode();
  const c = { name, ts };
  if (shorthandsTs) c.shorthands = shorthandsTs;
  if (decamelize) c.decamelize = true;
  if (reverse) c.direction = 'down (down() omitted, auto-reversed)';
  try {
    new Function('pgm', 'PgLiteral', ts)(pgm, PgLiteral);
    c.sql = pgm.getSqlSteps().join('\n');
  } catch (e) {
    c.sql = null;
    c.error = e.message;
  }
  if (!pgm.isUsingTransaction()) c.noTransaction = true;
  c.source = 'node-pg-migrate 9.0.0 MigrationBuilder (legacy build), run for real';
  out.push(c);
}
console.log(JSON.stringify(out, null, 1));
