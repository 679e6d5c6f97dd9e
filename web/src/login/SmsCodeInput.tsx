import { MessageOutlined } from '@ant-design/icons';
import { App, Button, Input, type FormInstance } from 'antd';
import { useState, type ChangeEvent } from 'react';
import { useResendCountdown } from '../common/countdown';
import { ApiError, call } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { SmsPurpose } from '../common/types';
import { codeSentMessage } from './code-sent-message';
import type { Captcha } from './use-captcha';

const RESEND_SECONDS = 60;

interface SmsCodeInputProps {
  form: FormInstance;
  purpose: SmsPurpose;
  captcha: Captcha;
  /** the text to show above the form when sending fails ('' clears it) */
  onError: (message: string) => void;
  /** the form field holding the phone number (default `phone`) */
  phoneField?: string;
  id?: string;
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * 短信验证码 input with the 获取验证码 button. Sending needs the phone and the image captcha from the same
 * form; the captcha is used up by each attempt, so a new one is shown afterwards.
 */
export function SmsCodeInput({
  form,
  purpose,
  captcha,
  onError,
  phoneField = 'phone',
  id,
  value,
  onChange,
}: SmsCodeInputProps) {
  const { message } = App.useApp();
  const [secondsLeft, setSecondsLeft] = useResendCountdown();
  const [isSending, setIsSending] = useState(false);

  async function requestCode() {
    onError('');
    let phone: string;
    try {
      const values = (await form.validateFields([phoneField])) as Record<string, string>;
      phone = String(values[phoneField] ?? '').trim();
    } catch {
      return;
    }
    const captchaAnswer = String(form.getFieldValue('captchaAnswer') ?? '').trim();
    if (!captchaAnswer) {
      form.setFields([{ name: 'captchaAnswer', errors: ['请先输入图形验证码,再获取短信验证码'] }]);
      return;
    }
    if (!captcha.captchaId) {
      captcha.refresh();
      form.setFields([{ name: 'captchaAnswer', errors: ['图形验证码未加载,请点击图片刷新后重新输入'] }]);
      return;
    }
    setIsSending(true);
    try {
      const result = await call('smsCode', {
        body: {
          phone,
          purpose,
          captchaId: captcha.captchaId,
          captchaAnswer,
        },
      });
      form.setFields([{ name: 'captchaAnswer', value: '', errors: [] }]);
      setSecondsLeft(result.resendAfterSeconds ?? RESEND_SECONDS);
      void message.success(codeSentMessage(purpose, phone, result.expiresInSeconds));
    } catch (error) {
      form.setFields([{ name: 'captchaAnswer', value: '' }]);
      const placed = showApiError(form, error, ['phone', 'captchaAnswer']);
      // The server names the phone `phone`; show it under this form's own phone field.
      if (phoneField !== 'phone' && error instanceof ApiError) {
        const phoneErrors = error.fields.filter((field) => field.path.endsWith('phone')).map((field) => field.message);
        if (phoneErrors.length > 0) form.setFields([{ name: phoneField, errors: phoneErrors }]);
      }
      onError(placed);
    } finally {
      setIsSending(false);
      captcha.refresh();
    }
  }

  return (
    <div className="sms-row">
      <Input
        id={id}
        value={value}
        onChange={onChange}
        prefix={<MessageOutlined />}
        placeholder="短信验证码"
        aria-label="短信验证码"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <Button onClick={() => void requestCode()} loading={isSending} disabled={secondsLeft > 0}>
        {secondsLeft > 0 ? `${secondsLeft}秒后重发` : '获取验证码'}
      </Button>
    </div>
  );
}
