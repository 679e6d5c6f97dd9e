import type { AccountView } from '../../../contract/auth';
import { invalidField, RefusalReason, refused } from '../../../domain/errors';
import { maskEmail, maskPhone } from '../../../domain/masking';
import type { Authentication } from '../../auth/request-context';
import { isUniqueViolation } from '../../db/constraint-errors';
import { findAccountById, isContactTaken, updateContact } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { enqueueOutbox } from '../../db/repositories/outbox-repository';
import type { Executor } from '../../db/repositories/executor';
import { deleteOtherSessions } from '../../db/repositories/session-repository';
import type { Account } from '../../db/schema';
import type { ServiceContext } from '../context';
import { describeAccount } from './describe-account';

const TAKEN: Record<'phone' | 'email', string> = {
  phone: '该手机号已被其他账号使用,请换一个手机号',
  email: '该邮箱已被其他账号使用,请换一个邮箱',
};
const MASK = { phone: maskPhone, email: maskEmail };
const NAMES = { phone: '手机号', email: '邮箱' };
const CHANNELS = { phone: 'sms', email: 'email' } as const;

/**
 * The common end of 更换手机号 and 修改邮箱, after their checks: the new value is written only while the
 * account still has the value that was checked, the other sessions end, the change is audited (masked),
 * and the previous phone or email is told, so that a change the owner did not make does not go unnoticed.
 */
export async function saveContact(
  context: ServiceContext,
  authentication: Authentication,
  change: { account: Account; field: 'phone' | 'email'; value: string; inTransaction?: (trx: Executor) => Promise<void> },
): Promise<AccountView> {
  const { db, actor } = context;
  const { account, field, value } = change;
  const previous = account[field];
  try {
    return await db.transaction().execute(async (trx) => {
      await change.inTransaction?.(trx);
      if (!(await updateContact(trx, account.id, field, value, previous))) {
        throw refused(RefusalReason.AccountChanged, '账号信息刚刚已被修改,请刷新页面后重新操作');
      }
      await deleteOtherSessions(trx, account.id, authentication.sessionId);
      await appendAuditEvent(trx, {
        actor,
        entityType: 'account',
        entityId: account.id,
        action: `account.${field}_changed`,
        details: { from: previous ? MASK[field](previous) : null, to: MASK[field](value) },
      });
      if (previous) {
        await enqueueOutbox(trx, {
          channel: CHANNELS[field],
          recipient: previous,
          template: 'contact_changed',
          payload: {
            text: `【毕业去向登记系统】您的账号${NAMES[field]}已更换为 ${MASK[field](value)}。如非本人操作,请立即联系学校就业部门。`,
          },
        });
      }
      return describeAccount(trx, (await findAccountById(trx, account.id))!);
    });
  } catch (error) {
    // Two accounts racing for one phone or email: the unique index decides.
    if (isUniqueViolation(error)) throw invalidField(field, TAKEN[field]);
    throw error;
  }
}

/** Refuses a value another account already has, before anything is written. */
export async function refuseTakenContact(
  db: Executor,
  account: Account,
  field: 'phone' | 'email',
  value: string,
): Promise<void> {
  if (account[field] === value) {
    throw invalidField(field, field === 'phone' ? '新手机号与当前手机号相同,请输入新的手机号' : '新邮箱与当前邮箱相同,请输入新的邮箱');
  }
  if (await isContactTaken(db, field, value)) throw invalidField(field, TAKEN[field]);
}
