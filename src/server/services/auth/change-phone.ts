import type { AccountView } from '../../../contract/auth';
import type { Authentication } from '../../auth/request-context';
import type { ServiceContext } from '../context';
import { checkOwnPassword } from './reauthenticate';
import { refuseTakenContact, saveContact } from './save-contact';
import { checkVerificationCode, consumeVerificationCode } from './use-verification-code';

/** 更换手机号: the password, and a code sent to the new phone (proving it is the person's). */
export async function changePhone(
  context: ServiceContext,
  authentication: Authentication,
  input: { password: string; phone: string; code: string },
): Promise<AccountView> {
  const account = await checkOwnPassword(context, authentication.accountId, input.password);
  await refuseTakenContact(context.db, account, 'phone', input.phone);
  const codeId = await checkVerificationCode(context.db, input.phone, 'change_phone', input.code);
  return saveContact(context, authentication, {
    account,
    field: 'phone',
    value: input.phone,
    inTransaction: (trx) => consumeVerificationCode(trx, codeId),
  });
}
