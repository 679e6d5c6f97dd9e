import { liftLockout } from '../../auth/password-attempts';
import { hashPassword } from '../../auth/passwords';
import { findAccountByPhone, updatePassword } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { deleteSessionsOfAccount } from '../../db/repositories/session-repository';
import type { ServiceContext } from '../context';
import { checkVerificationCode, consumeVerificationCode } from './use-verification-code';

/** 找回密码: a phone code proves the owner; the new password ends every session and lifts a lockout. */
export async function resetPassword(
  context: ServiceContext,
  input: { phone: string; code: string; newPassword: string },
): Promise<void> {
  const { db } = context;
  const codeId = await checkVerificationCode(db, input.phone, 'reset_password', input.code);
  const account = await findAccountByPhone(db, input.phone);
  // A code is only ever sent to a phone that has an account, so one is found here.
  if (!account) return;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await consumeVerificationCode(trx, codeId);
    await updatePassword(trx, account.id, passwordHash);
    await deleteSessionsOfAccount(trx, account.id);
    await liftLockout(trx, account.id);
    await appendAuditEvent(trx, {
      actor: { ...context.actor, accountId: account.id },
      entityType: 'account',
      entityId: account.id,
      action: 'account.password_reset',
    });
  });
}
