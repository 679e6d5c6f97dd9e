import { AppError, AppErrorCode } from '../../../domain/errors';
import { accountSubject, checkPasswordAttempt, wrongPasswordError } from '../../auth/password-attempts';
import type { Authentication } from '../../auth/request-context';
import { findAccountById } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { isoAfter, nowIso } from '../../db/repositories/executor';
import { markReauthenticated } from '../../db/repositories/session-repository';
import type { Account } from '../../db/schema';
import type { ServiceContext } from '../context';

/** How long a password typed again stays good for an act such as 接受. */
export const REAUTHENTICATION_WINDOW_MS = 5 * 60 * 1000;

/**
 * The signed-in person's password, asked again (接受, account settings). It is counted by the same lockout
 * as 登录, so a stolen session cannot be used to guess the password; a wrong one is audited.
 */
export async function checkOwnPassword(
  context: ServiceContext,
  accountId: number,
  password: string,
  path = 'password',
): Promise<Account> {
  const { db, actor } = context;
  const account = await findAccountById(db, accountId);
  if (!account) throw new AppError(AppErrorCode.Unauthenticated);
  const outcome = await checkPasswordAttempt(db, {
    subject: accountSubject(account.id),
    address: actor.ip ?? 'unknown',
    passwordHash: account.password_hash,
    password,
  });
  if (!outcome.isRight) {
    await appendAuditEvent(db, {
      actor,
      entityType: 'account',
      entityId: account.id,
      action: outcome.lockedUntil ? 'account.locked' : 'account.reauthentication_failed',
    });
    throw wrongPasswordError(outcome, { code: AppErrorCode.ReauthenticationFailed, text: '登录密码错误', path });
  }
  return account;
}

/** The password again, for acts that must be the person's own (DOMAIN §4.1: 接受). */
export async function reauthenticate(
  context: ServiceContext,
  authentication: Authentication,
  password: string,
): Promise<{ reauthenticatedUntil: string }> {
  const account = await checkOwnPassword(context, authentication.accountId, password);
  const now = nowIso();
  await context.db.transaction().execute(async (trx) => {
    await markReauthenticated(trx, authentication.sessionId, now);
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'account',
      entityId: account.id,
      action: 'account.reauthenticated',
    });
  });
  return { reauthenticatedUntil: isoAfter(REAUTHENTICATION_WINDOW_MS, new Date(now)) };
}

/** Guard for acts that need the password typed again within the window. */
export function requireRecentReauthentication(authentication: Authentication): void {
  const at = authentication.reauthenticatedAt;
  if (!at || Date.now() - Date.parse(at) > REAUTHENTICATION_WINDOW_MS) {
    throw new AppError(AppErrorCode.ReauthenticationRequired);
  }
}
