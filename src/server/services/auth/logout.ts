import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { deleteSession } from '../../db/repositories/session-repository';
import type { ServiceContext } from '../context';

/** 退出: ends this session only. */
export async function logout(context: ServiceContext, sessionId: number): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'account',
      entityId: context.actor.accountId,
      action: 'account.logged_out',
    });
  });
}
