import { AppError, AppErrorCode } from '../../../domain/errors';
import { verifyPassword } from '../../auth/passwords';
import type { Authentication } from '../../auth/request-context';
import { findAccountById } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { isoAfter, nowIso } from '../../db/repositories/executor';
import { markReauthenticated } from '../../db/repositories/session-repository';
import type { ServiceContext } from '../context';

/** How long a password typed again stays good for an act such as 接受. */
export const REAUTHENTICATION_WINDOW_MS = 5 * 60 * 1000;

/** The password again, for acts that must be the person's own (DOMAIN §4.1: 接受). */
export async function reauthenticate(
  context: ServiceContext,
  authentication: Authentication,
  password: string,
): Promise<{ reauthenticatedUntil: string }> {
  const { db } = context;
  const account = await findAccountById(db, authentication.accountId);
  if (!account || !(await verifyPassword(account.password_hash, password))) {
    throw new AppError(AppErrorCode.ReauthenticationFailed, undefined, [
      { path: 'password', message: '密码错误,请重新输入登录密码' },
    ]);
  }
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
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
