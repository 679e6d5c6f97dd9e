import type { AccountView } from '../../../contract/auth';
import type { Authentication } from '../../auth/request-context';
import type { ServiceContext } from '../context';
import { checkOwnPassword } from './reauthenticate';
import { refuseTakenContact, saveContact } from './save-contact';

/** 修改邮箱: the password again; the email is stored in lower case, as login looks it up. */
export async function changeEmail(
  context: ServiceContext,
  authentication: Authentication,
  input: { password: string; email: string },
): Promise<AccountView> {
  const email = input.email.toLowerCase();
  const account = await checkOwnPassword(context, authentication.accountId, input.password);
  await refuseTakenContact(context.db, account, 'email', email);
  return saveContact(context, authentication, { account, field: 'email', value: email });
}
