import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertNotifications(
  db: Executor,
  accountIds: number[],
  message: { title: string; body: string; link: string | null },
): Promise<void> {
  if (accountIds.length === 0) return;
  const now = nowIso();
  await db
    .insertInto('notification')
    .values(accountIds.map((accountId) => ({ account_id: accountId, ...message, read_at: null, created_at: now })))
    .execute();
}

export async function listNotifications(db: Executor, accountId: number, limit: number) {
  return db
    .selectFrom('notification')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Executor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function markNotificationsRead(db: Executor, accountId: number, ids: number[] | 'all'): Promise<void> {
  let query = db.updateTable('notification').set({ read_at: nowIso() }).where('account_id', '=', accountId).where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return;
    query = query.where('id', 'in', ids);
  }
  await query.execute();
}

/** Accounts that act for an employer. */
export async function employerAccountIds(db: Executor, employerId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('role_grant')
    .select('account_id')
    .where('role', '=', 'employer')
    .where('employer_id', '=', employerId)
    .execute();
  return rows.map((row) => row.account_id);
}

/** The platform's operators, each once. */
export async function platformAdminAccountIds(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('role_grant').select('account_id').where('role', '=', 'platform_admin').execute();
  return [...new Set(rows.map((row) => row.account_id))];
}
