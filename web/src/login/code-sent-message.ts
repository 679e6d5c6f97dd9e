import { maskPhone } from '../../../src/domain/masking';
import type { SmsPurpose } from '../common/types';

/**
 * The notice after 获取验证码. Recovery codes go only to registered phones, and the answer must not tell
 * which phones are: so it says what is true either way.
 */
export function codeSentMessage(purpose: SmsPurpose, phone: string, expiresInSeconds: number): string {
  const minutes = Math.max(1, Math.round(expiresInSeconds / 60));
  const sent = `验证码已发送至 ${maskPhone(phone)},${minutes} 分钟内有效`;
  return purpose === 'reset_password' || purpose === 'recover_username' ? `若该手机号已注册,${sent}` : sent;
}
