import type { Executor } from './executor';

export async function insertCaptcha(db: Executor, captcha: { id: string; answerHash: string; expiresAt: string }) {
  await db
    .insertInto('captcha')
    .values({ id: captcha.id, answer_hash: captcha.answerHash, expires_at: captcha.expiresAt, used_at: null })
    .execute();
}

/**
 * Uses a captcha once: the conditional update lets exactly one request consume it, right or wrong,
 * so an answer cannot be tried twice.
 */
export async function consumeCaptcha(db: Executor, id: string, now: string): Promise<string | undefined> {
  const row = await db
    .updateTable('captcha')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('answer_hash')
    .executeTakeFirst();
  return row?.answer_hash;
}

export async function deleteStaleCaptchas(db: Executor, now: string): Promise<void> {
  await db.deleteFrom('captcha').where('expires_at', '<=', now).execute();
}
