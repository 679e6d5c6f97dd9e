import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MigrationDialect } from './dialect';

// Frozen: never edit after release; add a new migration instead. The lists are spelt here, not imported, so
// the migration keeps its meaning when the domain grows; test/integration/status-checks.test.ts ties them.
const AGREEMENT_STATUSES = sql`('invited', 'declined', 'expired', 'withdrawn', 'college_review', 'school_review', 'returned',
  'awaiting_scan', 'scan_college_review', 'scan_school_review', 'scan_returned', 'failed', 'voided', 'effective')`;
const OUTBOX_STATUSES = sql`('pending', 'sent', 'failed')`;

/** The two status columns that were created without a CHECK: agreement.status and outbox.status. */
export async function up(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  await checkColumn(db, dialect, 'agreement', 'status', AGREEMENT_STATUSES);
  await checkColumn(db, dialect, 'outbox', 'status', OUTBOX_STATUSES);
}

async function checkColumn(
  db: Kysely<any>,
  dialect: MigrationDialect,
  table: string,
  column: string,
  values: RawBuilder<unknown>,
) {
  const name = sql.raw(`${table}_${column}_check`);
  const tableRef = sql.table(table);
  const columnRef = sql.ref(column);
  if (dialect === 'postgres') {
    await sql`alter table ${tableRef} add constraint ${name} check (${columnRef} in ${values})`.execute(db);
    return;
  }
  // SQLite cannot add a CHECK to an existing table without rebuilding it (and its indexes and triggers);
  // triggers that abort the write hold the same rule.
  const message = sql.lit(`CHECK constraint failed: ${table}.${column}`);
  for (const [event, when] of [
    ['insert', sql.raw('insert')],
    ['update', sql.raw(`update of ${column}`)],
  ] as const) {
    await sql`create trigger ${sql.raw(`${table}_${column}_check_${event}`)} before ${when} on ${tableRef}
      when new.${columnRef} not in ${values} begin select raise(abort, ${message}); end`.execute(db);
  }
}
