import type { Session } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; accountId: number; csrfToken: string; ip: string | null; userAgent: string | null; expiresAt: string },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('session')
    .values({
      token_hash: session.tokenHash,
      account_id: session.accountId,
      csrf_token: session.csrfToken,
      ip: session.ip,
      user_agent: session.userAgent,
      created_at: now,
      last_seen_at: now,
      expires_at: session.expiresAt,
      reauthenticated_at: null,
    })
    .execute();
}

/**
 * The live session for a cookie token: neither idle past `expires_at` nor started before `startedAfter`
 * (the absolute lifetime).
 */
export async function findLiveSession(
  db: Executor,
  tokenHash: string,
  now: string,
  startedAfter: string,
): Promise<Session | undefined> {
  return db
    .selectFrom('session')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .where('created_at', '>', startedAfter)
    .executeTakeFirst();
}

export async function extendSession(db: Executor, id: number, expiresAt: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: nowIso(), expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function markReauthenticated(db: Executor, id: number, at: string | null): Promise<void> {
  await db.updateTable('session').set({ reauthenticated_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** After a password reset every session of the account ends. */
export async function deleteSessionsOfAccount(db: Executor, accountId: number): Promise<void> {
  await db.deleteFrom('session').where('account_id', '=', accountId).execute();
}

/** After a change in account settings the other sessions end; the one that made it stays. */
export async function deleteOtherSessions(db: Executor, accountId: number, keptSessionId: number): Promise<void> {
  await db.deleteFrom('session').where('account_id', '=', accountId).where('id', '!=', keptSessionId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}
