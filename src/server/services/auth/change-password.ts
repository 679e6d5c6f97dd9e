import { invalidField, RefusalReason, refused } from '../../../domain/errors';
import { hashPassword } from '../../auth/passwords';
import type { Authentication } from '../../auth/request-context';
import { updatePassword } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { deleteOtherSessions } from '../../db/repositories/session-repository';
import type { ServiceContext } from '../context';
import { checkOwnPassword } from './reauthenticate';

/** 修改密码 in account settings: the old password (counted by the lockout), then every other session ends. */
export async function changePassword(
  context: ServiceContext,
  authentication: Authentication,
  input: { oldPassword: string; newPassword: string },
): Promise<void> {
  const { db, actor } = context;
  const account = await checkOwnPassword(context, authentication.accountId, input.oldPassword, 'oldPassword');
  if (input.newPassword === input.oldPassword) {
    throw invalidField('newPassword', '新密码不能与原密码相同,请设置一个新的密码');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    // Two changes at once: only the one that still sees the checked password wins.
    if (!(await updatePassword(trx, account.id, passwordHash, account.password_hash))) {
      throw refused(RefusalReason.AccountChanged, '密码刚刚已被修改,请用新密码重新操作');
    }
    await deleteOtherSessions(trx, account.id, authentication.sessionId);
    await appendAuditEvent(trx, { actor, entityType: 'account', entityId: account.id, action: 'account.password_changed' });
  });
}
