import { maskEmail, maskIdNumber } from '../../../domain/masking';
import { findAccountByPhone } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { ServiceContext } from '../context';
import { checkVerificationCode, consumeVerificationCode } from './use-verification-code';

/** 找回用户名: after a phone code, shows which identifiers log in to the account (masked). */
export async function recoverUsername(context: ServiceContext, input: { phone: string; code: string }) {
  const { db } = context;
  const codeId = await checkVerificationCode(db, input.phone, 'recover_username', input.code);
  const account = await findAccountByPhone(db, input.phone);
  await db.transaction().execute(async (trx) => {
    await consumeVerificationCode(trx, codeId);
    await appendAuditEvent(trx, {
      actor: { ...context.actor, accountId: account?.id ?? null },
      entityType: 'account',
      entityId: account?.id ?? null,
      action: 'account.username_recovered',
    });
  });
  return {
    phone: input.phone,
    idNumber: account?.id_number ? maskIdNumber(account.id_number) : null,
    email: account?.email ? maskEmail(account.email) : null,
  };
}
