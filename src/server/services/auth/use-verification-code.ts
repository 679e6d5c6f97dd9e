import { AppError, AppErrorCode } from '../../../domain/errors';
import { safeEqual, sha256 } from '../../auth/tokens';
import type { CodePurpose } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { nowIso } from '../../db/repositories/executor';
import { consumeCode, countCodeAttempt, latestLiveCode } from '../../db/repositories/verification-code-repository';

const MAX_ATTEMPTS = 5;

function invalidCode(): AppError {
  return new AppError(AppErrorCode.VerificationCodeInvalid, undefined, [
    { path: 'code', message: '短信验证码错误或已过期,请重新获取' },
  ]);
}

/**
 * Checks the latest live code for the phone and returns its id. Each try is counted on its own, outside
 * the caller's transaction (a wrong code must not roll the count back), so a code cannot be guessed.
 */
export async function checkVerificationCode(
  db: Executor,
  phone: string,
  purpose: CodePurpose,
  code: string,
): Promise<number> {
  const live = await latestLiveCode(db, phone, purpose, nowIso());
  if (!live || !(await countCodeAttempt(db, live.id, MAX_ATTEMPTS))) throw invalidCode();
  if (!safeEqual(live.code_hash, sha256(`${phone}:${code}`))) throw invalidCode();
  return live.id;
}

/** Uses the checked code up inside the transaction that does what it allows; only one request can. */
export async function consumeVerificationCode(db: Executor, codeId: number): Promise<void> {
  if (!(await consumeCode(db, codeId, nowIso()))) throw invalidCode();
}
