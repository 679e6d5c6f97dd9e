import { Alert, Button, Form, Input } from 'antd';
import { Link, useNavigate } from 'react-router';
import { call } from '../common/api';
import type { LoginNotice } from '../common/auth';
import { useFormSubmit } from '../common/use-form-submit';
import { AuthShell } from './AuthShell';
import { confirmPasswordRules, newPasswordRules } from './field-rules';
import { PhoneCodeFields } from './PhoneCodeFields';
import { useCaptcha } from './use-captcha';

interface ResetValues {
  phone: string;
  captchaAnswer?: string;
  code: string;
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['phone', 'captchaAnswer', 'code', 'newPassword'] as const;

export function ForgotPasswordPage() {
  const [form] = Form.useForm<ResetValues>();
  const captcha = useCaptcha();
  const navigate = useNavigate();

  const { error, setError, isSubmitting, submit } = useFormSubmit(
    form,
    FIELDS,
    async (values: ResetValues) => {
      await call('resetPassword', {
        body: {
          phone: values.phone.trim(),
          code: values.code.trim(),
          newPassword: values.newPassword,
        },
      });
      const notice: LoginNotice = { notice: '密码已重置,请使用新密码登录' };
      navigate('/login', { replace: true, state: notice });
    },
    { leavesPage: true },
  );

  return (
    <AuthShell title="找回密码">
      <p className="auth-hint">通过账号绑定的手机号接收验证码,验证后设置新密码。</p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <PhoneCodeFields
          form={form}
          purpose="reset_password"
          captcha={captcha}
          onError={setError}
          phonePlaceholder="账号绑定的手机号"
        />
        <Form.Item label="新密码" name="newPassword" rules={newPasswordRules} extra="至少 8 位,须同时包含字母和数字">
          <Input.Password placeholder="设置新密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={confirmPasswordRules('newPassword')}
        >
          <Input.Password placeholder="再次输入新密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            重置密码
          </Button>
        </Form.Item>
      </Form>
      <div className="auth-links">
        <Link to="/recover-username">忘记用户名?</Link>
        <Link to="/login">返回登录</Link>
      </div>
    </AuthShell>
  );
}
