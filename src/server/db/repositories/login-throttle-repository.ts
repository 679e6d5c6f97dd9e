import { sql } from 'kysely';
import type { Executor } from './executor';

export type ThrottleKey = { subject: string; address: string };

/**
 * Counts one password try for the key, unless the key already holds `limit` tries that have not expired:
 * then nothing changes and undefined is returned. One conditional upsert, so parallel requests cannot
 * overtake each other between reading and writing the count (PostgreSQL re-checks the condition on the
 * row it waited for; SQLite writes one at a time). Each counted try keeps the count for `windowMs` more.
 */
export async function countPasswordTry(
  db: Executor,
  key: ThrottleKey,
  limit: number,
  now: string,
  expiresAt: string,
): Promise<{ failures: number; expiresAt: string } | undefined> {
  const row = await db
    .insertInto('login_throttle')
    .values({ subject: key.subject, address: key.address, failures: 1, expires_at: expiresAt })
    .onConflict((conflict) =>
      conflict
        .columns(['subject', 'address'])
        .doUpdateSet({
          failures: sql<number>`case when login_throttle.expires_at <= ${now} then 1 else login_throttle.failures + 1 end`,
          expires_at: expiresAt,
        })
        .where((eb) => eb.or([eb('login_throttle.expires_at', '<=', now), eb('login_throttle.failures', '<', limit)])),
    )
    .returning(['failures', 'expires_at'])
    .executeTakeFirst();
  return row ? { failures: row.failures, expiresAt: row.expires_at } : undefined;
}

export async function throttleExpiry(db: Executor, key: ThrottleKey): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_throttle')
    .select('expires_at')
    .where('subject', '=', key.subject)
    .where('address', '=', key.address)
    .executeTakeFirst();
  return row?.expires_at;
}

/** A right password: the count of this address starts again. */
export async function clearThrottle(db: Executor, key: ThrottleKey): Promise<void> {
  await db.deleteFrom('login_throttle').where('subject', '=', key.subject).where('address', '=', key.address).execute();
}

/** A right password gives back the one try it took from a shared count, and no more; an empty count goes. */
export async function returnPasswordTry(db: Executor, key: ThrottleKey): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('subject', '=', key.subject)
    .where('address', '=', key.address)
    .where('failures', '>', 0)
    .execute();
  await db
    .deleteFrom('login_throttle')
    .where('subject', '=', key.subject)
    .where('address', '=', key.address)
    .where('failures', '<=', 0)
    .execute();
}

/** 找回密码 proves the owner: every count of the subject, from every address, is lifted. */
export async function clearThrottlesOfSubject(db: Executor, subject: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('subject', '=', subject).execute();
}
