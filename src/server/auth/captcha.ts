import svgCaptcha from 'svg-captcha';
import { AppError, AppErrorCode } from '../../domain/errors';
import { consumeCaptcha, insertCaptcha } from '../db/repositories/captcha-repository';
import type { Executor } from '../db/repositories/executor';
import { isoAfter, nowIso } from '../db/repositories/executor';
import { randomToken, safeEqual, sha256 } from './tokens';

const CAPTCHA_LIFETIME_MS = 5 * 60 * 1000;

/** A new image captcha; only the hash of its answer is stored. */
export async function issueCaptcha(db: Executor): Promise<{ captchaId: string; svg: string }> {
  const captcha = svgCaptcha.create({ size: 4, noise: 2, ignoreChars: '0oO1ilI', color: true, background: '#f4f6f8' });
  const captchaId = randomToken(16);
  await insertCaptcha(db, {
    id: captchaId,
    answerHash: sha256(captcha.text.toLowerCase()),
    expiresAt: isoAfter(CAPTCHA_LIFETIME_MS),
  });
  return { captchaId, svg: captcha.data };
}

/** Checks and uses up a captcha; with the captcha switched off (tests only) every answer passes. */
export async function checkCaptcha(
  db: Executor,
  enabled: boolean,
  captchaId: string,
  answer: string,
): Promise<void> {
  if (!enabled) return;
  const answerHash = await consumeCaptcha(db, captchaId, nowIso());
  if (!answerHash || !safeEqual(answerHash, sha256(answer.trim().toLowerCase()))) {
    throw new AppError(AppErrorCode.CaptchaInvalid, undefined, [
      { path: 'captchaAnswer', message: '验证码错误或已过期,请看清图片重新输入' },
    ]);
  }
}
