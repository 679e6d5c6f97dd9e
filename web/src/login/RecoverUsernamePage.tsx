import { Alert, Button, Descriptions, Form, Result } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { call } from '../common/api';
import { useFormSubmit } from '../common/use-form-submit';
import type { RecoveredIdentifiers } from '../common/types';
import { AuthShell } from './AuthShell';
import { PhoneCodeFields } from './PhoneCodeFields';
import { useCaptcha } from './use-captcha';

interface RecoverValues {
  phone: string;
  captchaAnswer?: string;
  code: string;
}

const FIELDS = ['phone', 'captchaAnswer', 'code'] as const;

function RecoveredAccount({ identifiers }: RecoveredIdentifiers) {
  const navigate = useNavigate();
  return (
    <>
      <Result
        status="success"
        title="已找到你的账号"
        subTitle="以下任一项都可以作为账号登录"
        style={{ padding: '8px 0 16px' }}
      />
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="手机号">{identifiers.phone}</Descriptions.Item>
        <Descriptions.Item label="身份证号">{identifiers.idNumber ?? '未登记'}</Descriptions.Item>
        <Descriptions.Item label="邮箱">{identifiers.email ?? '未绑定'}</Descriptions.Item>
      </Descriptions>
      <Button type="primary" size="large" block style={{ marginTop: 24 }} onClick={() => navigate('/login')}>
        去登录
      </Button>
    </>
  );
}

export function RecoverUsernamePage() {
  const [form] = Form.useForm<RecoverValues>();
  const captcha = useCaptcha();
  const [found, setFound] = useState<RecoveredIdentifiers | null>(null);

  const { error, setError, isSubmitting, submit } = useFormSubmit(form, FIELDS, async (values: RecoverValues) => {
    setFound(
      await call('recoverUsername', {
        body: {
          phone: values.phone.trim(),
          code: values.code.trim(),
        },
      }),
    );
  });

  if (found) {
    return (
      <AuthShell title="找回用户名">
        <RecoveredAccount identifiers={found.identifiers} />
      </AuthShell>
    );
  }

  return (
    <AuthShell title="找回用户名">
      <p className="auth-hint">输入注册时使用的手机号,验证后显示你可用于登录的手机号、身份证号和邮箱。</p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <PhoneCodeFields
          form={form}
          purpose="recover_username"
          captcha={captcha}
          onError={setError}
          phonePlaceholder="注册时使用的手机号"
        />
        <Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            找回用户名
          </Button>
        </Form.Item>
      </Form>
      <div className="auth-links">
        <Link to="/forgot-password">忘记密码?</Link>
        <Link to="/login">返回登录</Link>
      </div>
    </AuthShell>
  );
}
