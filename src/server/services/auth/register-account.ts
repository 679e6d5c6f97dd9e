import type { AccountView, RegisterBody } from '../../../contract/auth';
import { AppError, AppErrorCode, invalidField } from '../../../domain/errors';
import { hashPassword } from '../../auth/passwords';
import { isUniqueViolation } from '../../db/constraint-errors';
import { findAccountById, insertAccount, insertRoleGrant, listAccountsHolding } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { nowIso } from '../../db/repositories/executor';
import type { ServiceContext } from '../context';
import { describeAccount } from './describe-account';
import { startSession, type StartedSession } from './start-session';
import { checkVerificationCode, consumeVerificationCode } from './use-verification-code';

/** 注册: a personal (学信网-style) account, proven by a phone code; it is logged in at once. */
export async function registerAccount(
  context: ServiceContext & { userAgent: string | null },
  input: RegisterBody,
): Promise<{ session: StartedSession; account: AccountView }> {
  const { db, config, actor } = context;
  const email = input.email?.toLowerCase() ?? null;
  // The code first: without it nobody may learn whether a 身份证号 or email already has an account.
  const codeId = await checkVerificationCode(db, input.phone, 'register', input.code);
  await refuseTakenIdentity(db, input.phone, email, input.idType, input.idNumber);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      await consumeVerificationCode(trx, codeId);
      const accountId = await insertAccount(trx, {
        phone: input.phone,
        email,
        idType: input.idType,
        idNumber: input.idNumber,
        realName: input.realName,
        passwordHash,
        loggedInAt: nowIso(),
      });
      await insertRoleGrant(trx, { accountId, role: 'student' });
      await appendAuditEvent(trx, {
        actor: { ...actor, accountId, role: 'student' },
        entityType: 'account',
        entityId: accountId,
        action: 'account.registered',
        toStatus: 'active',
      });
      const session = await startSession({ db: trx, config, accountId, ip: actor.ip, userAgent: context.userAgent });
      return { session, account: await describeAccount(trx, (await findAccountById(trx, accountId))!) };
    });
  } catch (error) {
    // Two registrations racing for the same phone or 身份证号: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError(AppErrorCode.Conflict, '该手机号、邮箱或证件号码已注册,请直接登录');
    throw error;
  }
}

async function refuseTakenIdentity(
  db: Executor,
  phone: string,
  email: string | null,
  idType: string,
  idNumber: string,
): Promise<void> {
  const taken = await listAccountsHolding(db, { phone, email, idType, idNumber });
  for (const row of taken) {
    if (row.phone === phone) throw invalidField('phone', '该手机号已注册,请直接登录或通过"找回密码"重置密码');
    if (email && row.email === email) throw invalidField('email', '该邮箱已被其他账号使用,请换一个邮箱或不填');
    throw invalidField('idNumber', '该证件号码已注册账号,请用原账号登录,或通过"找回用户名"找回');
  }
}
