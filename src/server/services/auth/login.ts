import { AppError, AppErrorCode } from '../../../domain/errors';
import type { AccountView } from '../../../contract/auth';
import { checkCaptcha } from '../../auth/captcha';
import { verifyAgainstDummy, verifyPassword } from '../../auth/passwords';
import {
  findAccountByIdentifier,
  recordFailedLogin,
  recordSuccessfulLogin,
} from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { isoAfter } from '../../db/repositories/executor';
import type { ServiceContext } from '../context';
import { describeAccount } from './describe-account';
import { startSession, type StartedSession } from './start-session';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

/**
 * 登录 with 手机号/身份证号/邮箱 (or a staff username) + 密码 + 验证码. Unknown accounts and wrong passwords
 * get the same answer; the fifth wrong password in a row locks the account for 15 minutes.
 */
export async function login(
  context: ServiceContext & { userAgent: string | null },
  input: { identifier: string; password: string; captchaId: string; captchaAnswer: string },
): Promise<{ session: StartedSession; account: AccountView }> {
  const { db, config, actor } = context;
  await checkCaptcha(db, config.captchaEnabled, input.captchaId, input.captchaAnswer);
  const account = await findAccountByIdentifier(db, input.identifier);
  if (!account) {
    await verifyAgainstDummy(input.password);
    throw new AppError(AppErrorCode.BadCredentials);
  }
  if (account.locked_until && Date.parse(account.locked_until) > Date.now()) {
    throw new AppError(AppErrorCode.AccountLocked, lockedMessage(account.locked_until));
  }
  if (account.status !== 'active') throw new AppError(AppErrorCode.AccountDisabled);

  const subject = { actor: { ...actor, accountId: account.id }, entityType: 'account', entityId: account.id };
  if (!(await verifyPassword(account.password_hash, input.password))) {
    const lockUntil = isoAfter(LOCKOUT_MINUTES * 60 * 1000);
    const { locked } = await db.transaction().execute(async (trx) => {
      const result = await recordFailedLogin(trx, account.id, MAX_FAILED_LOGINS, lockUntil);
      await appendAuditEvent(trx, { ...subject, action: result.locked ? 'account.locked' : 'account.login_failed' });
      return result;
    });
    if (locked) throw new AppError(AppErrorCode.AccountLocked, lockedMessage(lockUntil));
    throw new AppError(AppErrorCode.BadCredentials);
  }

  return db.transaction().execute(async (trx) => {
    await recordSuccessfulLogin(trx, account.id);
    const session = await startSession({ db: trx, config, accountId: account.id, ip: actor.ip, userAgent: context.userAgent });
    await appendAuditEvent(trx, { ...subject, action: 'account.logged_in' });
    return { session, account: await describeAccount(trx, account) };
  });
}

function lockedMessage(lockedUntil: string): string {
  const minutes = Math.max(1, Math.ceil((Date.parse(lockedUntil) - Date.now()) / 60000));
  return `密码连续错误 ${MAX_FAILED_LOGINS} 次,账号已锁定,请 ${minutes} 分钟后再试,或通过"找回密码"重置密码`;
}
