import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { call } from '../common/api';
import { useAuth, type LoginNotice } from '../common/auth';
import { showApiError } from '../common/form-errors';
import type { Account } from '../common/types';
import { AuthShell } from './AuthShell';
import { CaptchaInput } from './CaptchaInput';
import { useCaptcha } from './use-captcha';

interface LoginValues {
  identifier: string;
  password: string;
  captchaAnswer: string;
}

const FIELDS = ['identifier', 'password', 'captchaAnswer'] as const;

/** After login: the page the person was sent away from, if it belongs to his role; else his home. */
function landingPath(account: Account, from: string | undefined): string {
  if (from && (from === account.home || from.startsWith(`${account.home}/`))) return from;
  return account.home;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginValues>();
  const captcha = useCaptcha();
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginNotice;
  const [error, setError] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(values: LoginValues) {
    setError('');
    if (!captcha.captchaId) {
      captcha.refresh();
      form.setFields([{ name: 'captchaAnswer', errors: ['验证码未加载,请点击图片刷新后重新输入'] }]);
      return;
    }
    setIsSubmitting(true);
    try {
      const session = await call('login', {
        body: {
          identifier: values.identifier.trim(),
          password: values.password,
          captchaId: captcha.captchaId,
          captchaAnswer: values.captchaAnswer.trim(),
        },
      });
      signedIn(session);
      navigate(landingPath(session.account, state.from), { replace: true });
    } catch (caught) {
      form.setFields([{ name: 'captchaAnswer', value: '' }]);
      captcha.refresh();
      setError(showApiError(form, caught, FIELDS));
      setIsSubmitting(false);
    }
  }

  return (
    <AuthShell
      title={
        <>
          请使用<em>学信网账号</em>登录
        </>
      }
    >
      {state.notice && !error ? <Alert type="info" showIcon title={state.notice} style={{ marginBottom: 16 }} /> : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} onFinish={(values) => void submit(values)} size="large" requiredMark={false}>
        <Form.Item
          name="identifier"
          rules={[{ required: true, whitespace: true, message: '请输入手机号/身份证号/邮箱' }]}
        >
          <Input
            prefix={<UserOutlined />}
            placeholder="手机号/身份证号/邮箱"
            aria-label="手机号/身份证号/邮箱"
            autoComplete="username"
          />
        </Form.Item>
        <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password
            prefix={<LockOutlined />}
            placeholder="密码"
            aria-label="密码"
            autoComplete="current-password"
          />
        </Form.Item>
        <Form.Item name="captchaAnswer" rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}>
          <CaptchaInput captcha={captcha} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block loading={isSubmitting}>
            登录
          </Button>
        </Form.Item>
      </Form>
      <nav className="auth-links" aria-label="账号帮助">
        <span className="auth-links__group">
          <Link to="/recover-username">找回用户名</Link>
          <Link to="/forgot-password">找回密码</Link>
        </span>
        <Link to="/register">注册</Link>
      </nav>
      <p className="auth-register-employer">
        用人单位首次使用?<Link to="/employer/register">用人单位注册</Link>
      </p>
      <p className="auth-note">
        用人单位、院校工作人员使用同一入口登录
        <br />
        院校工作人员请使用学校分配的用户名登录
      </p>
    </AuthShell>
  );
}
