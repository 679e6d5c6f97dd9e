import { AppError, AppErrorCode } from '../../../domain/errors';
import type { AccountView } from '../../../contract/auth';
import { checkCaptcha } from '../../auth/captcha';
import {
  accountSubject,
  checkPasswordAttempt,
  unknownIdentifierSubject,
  wrongPasswordError,
} from '../../auth/password-attempts';
import {
  findAccountByIdentifier,
  normalizeIdentifier,
  recordSuccessfulLogin,
} from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { ServiceContext } from '../context';
import { describeAccount } from './describe-account';
import { startSession, type StartedSession } from './start-session';

/**
 * 登录 with 手机号/身份证号/邮箱 (or a staff username) + 密码 + 验证码. An identifier that names no account is
 * counted and locked exactly like one that does, so neither the 401 nor the 423 tells them apart.
 */
export async function login(
  context: ServiceContext & { userAgent: string | null },
  input: { identifier: string; password: string; captchaId: string; captchaAnswer: string },
): Promise<{ session: StartedSession; account: AccountView }> {
  const { db, config, actor } = context;
  await checkCaptcha(db, config.captchaEnabled, input.captchaId, input.captchaAnswer);
  const account = await findAccountByIdentifier(db, input.identifier);
  const outcome = await checkPasswordAttempt(db, {
    subject: account ? accountSubject(account.id) : unknownIdentifierSubject(normalizeIdentifier(input.identifier)),
    address: actor.ip ?? 'unknown',
    passwordHash: account?.password_hash ?? null,
    password: input.password,
  });
  const subject = { actor: { ...actor, accountId: account?.id ?? null }, entityType: 'account' as const, entityId: account?.id ?? null };
  if (!outcome.isRight) {
    if (account) await appendAuditEvent(db, { ...subject, action: outcome.lockedUntil ? 'account.locked' : 'account.login_failed' });
    throw wrongPasswordError(outcome, { code: AppErrorCode.BadCredentials, text: '账号或密码错误' });
  }
  // The check against the dummy hash never passes; this only tells the compiler.
  if (!account) throw new AppError(AppErrorCode.BadCredentials);
  // Only someone who knows the password learns that the account is disabled.
  if (account.status !== 'active') throw new AppError(AppErrorCode.AccountDisabled);

  return db.transaction().execute(async (trx) => {
    await recordSuccessfulLogin(trx, account.id);
    const session = await startSession({ db: trx, config, accountId: account.id, ip: actor.ip, userAgent: context.userAgent });
    await appendAuditEvent(trx, { ...subject, action: 'account.logged_in' });
    return { session, account: await describeAccount(trx, account) };
  });
}
