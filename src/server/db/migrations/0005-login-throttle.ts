import type { Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Wrong passwords counted per subject (an account, or an unknown identifier's hash) and per address,
  // plus one account-wide row per subject (address '*'). One row per pair, so a conditional upsert can
  // count a try atomically however many requests arrive at once.
  await db.schema
    .createTable('login_throttle')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_throttle_pk', ['subject', 'address'])
    .execute();
}
