import { AppError, AppErrorCode, invalidField } from '../../../domain/errors';
import { maskPhone } from '../../../domain/masking';
import { checkCaptcha } from '../../auth/captcha';
import { randomDigits, sha256 } from '../../auth/tokens';
import type { CodePurpose } from '../../db/schema';
import { isPhoneTaken } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { isoAfter } from '../../db/repositories/executor';
import { enqueueOutbox } from '../../db/repositories/outbox-repository';
import { insertVerificationCode, latestCodeSentAt } from '../../db/repositories/verification-code-repository';
import type { ServiceContext } from '../context';

export const CODE_LIFETIME_SECONDS = 10 * 60;
export const RESEND_AFTER_SECONDS = 60;
/** Matches no code: sha256 hex never contains '-'. */
const UNUSABLE_CODE_HASH = 'unusable-no-account';

const PURPOSE_NAMES: Record<CodePurpose, string> = {
  register: '注册账号',
  reset_password: '找回密码',
  recover_username: '找回用户名',
  change_phone: '更换手机号',
};
/** Purposes that bring a phone into the system: it must not belong to an account yet. */
const NEW_PHONE_PURPOSES: CodePurpose[] = ['register', 'change_phone'];

/**
 * Sends a 6-digit code by SMS (through the outbox). Registering and 更换手机号 need a new phone; the recovery
 * purposes need a known one — but their answer does not reveal whether the phone has an account.
 */
export async function sendVerificationCode(
  context: ServiceContext,
  input: { phone: string; purpose: CodePurpose; captchaId: string; captchaAnswer: string },
): Promise<{ expiresInSeconds: number; resendAfterSeconds: number }> {
  const { db, config } = context;
  await checkCaptcha(db, config.captchaEnabled, input.captchaId, input.captchaAnswer);
  const taken = await isPhoneTaken(db, input.phone);
  if (input.purpose === 'register' && taken) {
    throw invalidField('phone', '该手机号已注册,请直接登录或通过"找回密码"重置密码');
  }
  if (input.purpose === 'change_phone' && taken) {
    throw invalidField('phone', '该手机号已被其他账号使用,请换一个手机号');
  }
  const lastSentAt = await latestCodeSentAt(db, input.phone, input.purpose);
  if (lastSentAt && Date.now() - Date.parse(lastSentAt) < RESEND_AFTER_SECONDS * 1000) {
    throw new AppError(AppErrorCode.VerificationCodeTooSoon, `验证码已发送,请 ${RESEND_AFTER_SECONDS} 秒后再重新获取`);
  }
  const response = { expiresInSeconds: CODE_LIFETIME_SECONDS, resendAfterSeconds: RESEND_AFTER_SECONDS };
  if (!NEW_PHONE_PURPOSES.includes(input.purpose) && !taken) {
    // Nothing is sent to an unknown phone, but the resend interval is kept for it all the same, so the
    // answers to a second request cannot tell known phones from unknown ones.
    await insertVerificationCode(db, {
      phone: input.phone,
      purpose: input.purpose,
      codeHash: UNUSABLE_CODE_HASH,
      expiresAt: isoAfter(CODE_LIFETIME_SECONDS * 1000),
    });
    return response;
  }

  const code = randomDigits(6);
  await db.transaction().execute(async (trx) => {
    await insertVerificationCode(trx, {
      phone: input.phone,
      purpose: input.purpose,
      codeHash: sha256(`${input.phone}:${code}`),
      expiresAt: isoAfter(CODE_LIFETIME_SECONDS * 1000),
    });
    await enqueueOutbox(trx, {
      channel: 'sms',
      recipient: input.phone,
      template: 'verification_code',
      payload: {
        text: `【毕业去向登记系统】您正在${PURPOSE_NAMES[input.purpose]},验证码 ${code},${CODE_LIFETIME_SECONDS / 60} 分钟内有效。如非本人操作请忽略。`,
      },
    });
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'verification_code',
      entityId: null,
      action: 'verification_code.sent',
      details: { phone: maskPhone(input.phone), purpose: input.purpose },
    });
  });
  return response;
}
