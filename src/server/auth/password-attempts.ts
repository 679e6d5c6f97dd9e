import { AppError, AppErrorCode, type FieldProblem } from '../../domain/errors';
import type { Executor } from '../db/repositories/executor';
import { isoAfter } from '../db/repositories/executor';
import {
  clearThrottle,
  clearThrottlesOfSubject,
  countPasswordTry,
  returnPasswordTry,
  throttleExpiry,
  type ThrottleKey,
} from '../db/repositories/login-throttle-repository';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { sha256 } from './tokens';

/**
 * The lockout policy (ARCHITECTURE.md, "Login and lockout"). A guesser at one address gets 5 tries per
 * 15 minutes; the account as a whole takes 20 wrong passwords per hour from all addresses together, so a
 * stranger cannot keep the owner out from one address, and guessing from many stays slow.
 */
export const LOCKOUT_TIERS = [
  { scope: 'address', limit: 5, windowMinutes: 15 },
  { scope: 'account', limit: 20, windowMinutes: 60 },
] as const;
const EVERY_ADDRESS = '*';

/** Whose tries are counted: an account, or an identifier that names none (answered exactly alike). */
export function accountSubject(accountId: number): string {
  return `account:${accountId}`;
}
export function unknownIdentifierSubject(identifier: string): string {
  return `identifier:${sha256(identifier)}`;
}

export type PasswordOutcome = { isRight: true } | { isRight: false; triesLeft: number; lockedUntil: string | null };

function keyOf(scope: (typeof LOCKOUT_TIERS)[number]['scope'], subject: string, address: string): ThrottleKey {
  return { subject, address: scope === 'address' ? address : EVERY_ADDRESS };
}

function lockedError(lockedUntil: string | undefined): AppError {
  const minutes = lockedUntil ? Math.max(1, Math.ceil((Date.parse(lockedUntil) - Date.now()) / 60000)) : 1;
  return new AppError(
    AppErrorCode.AccountLocked,
    `密码错误次数过多,已暂停登录,请 ${minutes} 分钟后再试,或通过"找回密码"重置密码`,
  );
}

/**
 * Checks a password under the lockout: every tier counts the try before the (slow) check, so however many
 * requests arrive together, no more than the limit are ever checked. A locked key answers 423 without
 * looking at the password. A right password gives the tries back.
 */
export async function checkPasswordAttempt(
  db: Executor,
  attempt: { subject: string; address: string; passwordHash: string | null; password: string },
): Promise<PasswordOutcome> {
  const now = new Date();
  const counts = await db.transaction().execute(async (trx) => {
    const counted = [];
    for (const tier of LOCKOUT_TIERS) {
      const key = keyOf(tier.scope, attempt.subject, attempt.address);
      const count = await countPasswordTry(trx, key, tier.limit, now.toISOString(), isoAfter(tier.windowMinutes * 60000, now));
      // Thrown inside the transaction, so a try counted by an earlier tier is rolled back with it.
      if (!count) throw lockedError(await throttleExpiry(trx, key));
      counted.push({ ...count, limit: tier.limit });
    }
    return counted;
  });

  const isRight = attempt.passwordHash
    ? await verifyPassword(attempt.passwordHash, attempt.password)
    : await verifyAgainstDummy(attempt.password);
  if (isRight) {
    await clearThrottle(db, keyOf('address', attempt.subject, attempt.address));
    await returnPasswordTry(db, keyOf('account', attempt.subject, attempt.address));
    return { isRight: true };
  }
  const triesLeft = Math.min(...counts.map((count) => count.limit - count.failures));
  const reached = counts.filter((count) => count.failures >= count.limit).map((count) => count.expiresAt);
  return { isRight: false, triesLeft, lockedUntil: reached.length > 0 ? reached.sort().at(-1)! : null };
}

/** The answer to a wrong password: 423 once it locked, else the code given with the tries left. */
export function wrongPasswordError(
  outcome: { triesLeft: number; lockedUntil: string | null },
  refusal: { code: AppErrorCode; text: string; path?: string },
): AppError {
  if (outcome.lockedUntil) return lockedError(outcome.lockedUntil);
  const message = `${refusal.text},还可尝试 ${outcome.triesLeft} 次`;
  const fields: FieldProblem[] = refusal.path ? [{ path: refusal.path, message }] : [];
  return new AppError(refusal.code, message, fields);
}

/** 找回密码 proves the owner: the lockout of the account is lifted everywhere. */
export async function liftLockout(db: Executor, accountId: number): Promise<void> {
  await clearThrottlesOfSubject(db, accountSubject(accountId));
}
