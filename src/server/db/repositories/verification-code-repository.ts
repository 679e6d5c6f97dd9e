import type { CodePurpose } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertVerificationCode(
  db: Executor,
  code: { phone: string; purpose: CodePurpose; codeHash: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('verification_code')
    .values({
      phone: code.phone,
      purpose: code.purpose,
      code_hash: code.codeHash,
      attempts: 0,
      expires_at: code.expiresAt,
      consumed_at: null,
      created_at: nowIso(),
    })
    .execute();
}

export async function latestCodeSentAt(db: Executor, phone: string, purpose: CodePurpose): Promise<string | undefined> {
  const row = await db
    .selectFrom('verification_code')
    .select('created_at')
    .where('phone', '=', phone)
    .where('purpose', '=', purpose)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

export async function latestLiveCode(db: Executor, phone: string, purpose: CodePurpose, now: string) {
  return db
    .selectFrom('verification_code')
    .selectAll()
    .where('phone', '=', phone)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Counts one attempt; returns false when the code has no attempts left (or was used meanwhile). */
export async function countCodeAttempt(db: Executor, id: number, maxAttempts: number): Promise<boolean> {
  const result = await db
    .updateTable('verification_code')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('attempts', '<', maxAttempts)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the code used; only one request can consume it. */
export async function consumeCode(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('verification_code')
    .set({ consumed_at: now })
    .where('id', '=', id)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
