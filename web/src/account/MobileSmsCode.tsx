import { Button, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useResendCountdown } from '../common/countdown';
import type { MobileForm } from './MobileSettingsForm';
import { call } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { SmsPurpose } from '../common/types';
import { codeSentMessage } from '../login/code-sent-message';
import type { Captcha } from '../login/use-captcha';

/** The 图形验证码 image of a phone page; tapping it shows a new one. */
export function MobileCaptchaImage({ captcha }: { captcha: Captcha }) {
  return (
    <button type="button" className="captcha-image" onClick={captcha.refresh} aria-label="看不清?换一张验证码">
      {captcha.imageSrc ? (
        <img src={captcha.imageSrc} alt="图形验证码" />
      ) : (
        <span>{captcha.failed ? '加载失败' : '加载中…'}</span>
      )}
    </button>
  );
}

/**
 * 短信验证码 with 获取验证码 on a phone page: sending needs the form's `phone` and `captchaAnswer`; the
 * captcha is used up by each attempt, so a new one is shown afterwards.
 */
export function MobileSmsCode({
  form,
  purpose,
  captcha,
  onError,
  value,
  onChange,
}: {
  form: MobileForm;
  purpose: SmsPurpose;
  captcha: Captcha;
  onError: (message: string) => void;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const [secondsLeft, setSecondsLeft] = useResendCountdown();
  const [isSending, setIsSending] = useState(false);

  async function requestCode() {
    onError('');
    let phone: string;
    try {
      phone = String(((await form.validateFields(['phone'])) as { phone?: string }).phone ?? '').trim();
    } catch {
      return;
    }
    const captchaAnswer = String(form.getFieldValue('captchaAnswer') ?? '').trim();
    if (!captchaAnswer || !captcha.captchaId) {
      form.setFields([{ name: 'captchaAnswer', errors: ['请先输入图形验证码,再获取短信验证码'] }]);
      return;
    }
    setIsSending(true);
    try {
      const result = await call('smsCode', { body: { phone, purpose, captchaId: captcha.captchaId, captchaAnswer } });
      setSecondsLeft(result.resendAfterSeconds);
      Toast.show({ content: codeSentMessage(purpose, phone, result.expiresInSeconds) });
    } catch (error) {
      onError(showApiError(form, error, ['phone', 'captchaAnswer']));
    } finally {
      form.setFieldValue('captchaAnswer', '');
      setIsSending(false);
      captcha.refresh();
    }
  }

  return (
    <div className="mobile-code-row">
      <Input
        value={value}
        onChange={onChange}
        placeholder="短信验证码"
        aria-label="短信验证码"
        inputMode="numeric"
        maxLength={6}
      />
      <Button
        size="small"
        color="primary"
        fill="outline"
        onClick={() => void requestCode()}
        loading={isSending}
        disabled={secondsLeft > 0}
      >
        {secondsLeft > 0 ? `${secondsLeft}秒后重发` : '获取验证码'}
      </Button>
    </div>
  );
}
