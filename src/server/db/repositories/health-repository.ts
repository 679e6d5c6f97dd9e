import { sql } from 'kysely';
import type { Executor } from './executor';

/** Fails unless the database answers. */
export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
