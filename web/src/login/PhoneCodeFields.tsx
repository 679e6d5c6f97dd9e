import { Form, Input, type FormInstance } from 'antd';
import type { SmsPurpose } from '../common/types';
import { CaptchaInput } from './CaptchaInput';
import { phoneRules, smsCodeRules } from './field-rules';
import { SmsCodeInput } from './SmsCodeInput';
import type { Captcha } from './use-captcha';

interface PhoneCodeFieldsProps {
  form: FormInstance;
  purpose: SmsPurpose;
  captcha: Captcha;
  onError: (message: string) => void;
  phonePlaceholder: string;
}

/** 手机号, 图形验证码 and 短信验证码: how 注册, 找回密码 and 找回用户名 prove the phone's owner. */
export function PhoneCodeFields({ form, purpose, captcha, onError, phonePlaceholder }: PhoneCodeFieldsProps) {
  return (
    <>
      <Form.Item label="手机号" name="phone" rules={phoneRules} required>
        <Input placeholder={phonePlaceholder} autoComplete="tel" inputMode="numeric" maxLength={11} />
      </Form.Item>
      <Form.Item label="图形验证码" name="captchaAnswer" extra="输入图中字符后获取短信验证码">
        <CaptchaInput captcha={captcha} placeholder="图形验证码" />
      </Form.Item>
      <Form.Item label="短信验证码" name="code" rules={smsCodeRules} required>
        <SmsCodeInput form={form} purpose={purpose} captcha={captcha} onError={onError} />
      </Form.Item>
    </>
  );
}
