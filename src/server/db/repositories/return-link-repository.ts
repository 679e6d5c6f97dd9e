import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertReturnLink(
  db: Executor,
  link: { agreementId: number; tokenHash: string; channel: 'sms' | 'email'; recipient: string; expiresAt: string; accountId: number },
): Promise<number> {
  const row = await db
    .insertInto('return_link')
    .values({
      agreement_id: link.agreementId,
      token_hash: link.tokenHash,
      channel: link.channel,
      recipient: link.recipient,
      expires_at: link.expiresAt,
      revoked_at: null,
      used_at: null,
      created_by_account_id: link.accountId,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findReturnLinkByToken(db: Executor, tokenHash: string) {
  return db.selectFrom('return_link').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function listReturnLinks(db: Executor, agreementId: number) {
  return db.selectFrom('return_link').selectAll().where('agreement_id', '=', agreementId).orderBy('id', 'desc').execute();
}

/** Revokes every live link of the agreement (a resend replaces the old link). */
export async function revokeLiveLinks(db: Executor, agreementId: number, now: string): Promise<number> {
  const result = await db
    .updateTable('return_link')
    .set({ revoked_at: now })
    .where('agreement_id', '=', agreementId)
    .where('revoked_at', 'is', null)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Uses a link once: only a live, unexpired, unrevoked link can be used, by one request. */
export async function useReturnLink(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('return_link')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
