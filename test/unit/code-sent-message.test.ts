import { describe, expect, it } from 'vitest';
import { codeSentMessage } from '../../web/src/login/code-sent-message';

describe('the notice after 获取验证码', () => {
  it('does not claim a recovery code was sent: the phone may have no account', () => {
    expect(codeSentMessage('reset_password', '13612345678', 600)).toBe('若该手机号已注册,验证码已发送至 136****5678,10 分钟内有效');
    expect(codeSentMessage('recover_username', '13612345678', 600)).toMatch(/^若该手机号已注册,验证码已发送/);
  });

  it('says plainly that a code went to a new phone', () => {
    expect(codeSentMessage('register', '13612345678', 600)).toBe('验证码已发送至 136****5678,10 分钟内有效');
    expect(codeSentMessage('change_phone', '13612345678', 600)).toBe('验证码已发送至 136****5678,10 分钟内有效');
  });
});
