import { sql } from 'kysely';
import type { Dialect } from '../database';
import type { Executor } from './executor';
import { isoAfter, nowIso } from './executor';

export type JobRow = { id: number; kind: string; payload: string; attempts: number };

/** Queues a job in the caller's transaction; a dedupe key makes queueing the same work twice a no-op. */
export async function enqueueJob(
  db: Executor,
  job: { kind: string; payload: Record<string, unknown>; dedupeKey?: string },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('job')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      status: 'pending',
      attempts: 0,
      run_after: now,
      locked_at: null,
      last_error: null,
      created_at: now,
      finished_at: null,
    })
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .execute();
}

/**
 * Claims the oldest due job. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several app processes claim
 * different jobs at once; SQLite has a single writer, so the conditional update alone is enough.
 */
export async function claimJob(db: Executor, dialect: Dialect): Promise<JobRow | undefined> {
  const now = nowIso();
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<JobRow>`
    update job set status = 'running', locked_at = ${now}, attempts = attempts + 1
    where id = (select id from job where status = 'pending' and run_after <= ${now} order by id limit 1 ${lock})
      and status = 'pending'
    returning id, kind, payload, attempts`.execute(db);
  return result.rows[0];
}

export async function completeJob(db: Executor, id: number): Promise<void> {
  await db.updateTable('job').set({ status: 'done', finished_at: nowIso(), last_error: null }).where('id', '=', id).execute();
}

/** A failed attempt waits longer each time; after the last one the job stays failed for an operator. */
export async function failJob(db: Executor, job: JobRow, error: string, maxAttempts: number): Promise<void> {
  const final = job.attempts >= maxAttempts;
  await db
    .updateTable('job')
    .set({
      status: final ? 'failed' : 'pending',
      last_error: error.slice(0, 2000),
      run_after: isoAfter(2 ** job.attempts * 1000),
      finished_at: final ? nowIso() : null,
    })
    .where('id', '=', job.id)
    .execute();
}

/** Jobs whose process died while running them go back to the queue. */
export async function releaseStaleJobs(db: Executor, olderThan: string): Promise<void> {
  await db
    .updateTable('job')
    .set({ status: 'pending' })
    .where('status', '=', 'running')
    .where('locked_at', '<', olderThan)
    .execute();
}
