import { Alert, App, Button, Card, Descriptions, Form, Input, Space, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAuth } from '../common/auth';
import { showApiError } from '../common/form-errors';
import { confirmPasswordRules, newPasswordRules, optionalEmailRules } from '../login/field-rules';
import { PhoneCodeFields } from '../login/PhoneCodeFields';
import { useCaptcha } from '../login/use-captcha';
import '../login/auth-shell.css';
import { DONE_MESSAGES, useAccountSettings } from './use-account-settings';

const currentPasswordRule = [{ required: true, message: '请输入当前登录密码' }];

/** One change of the page: its own form, error line and submit button. */
function SettingsCard<Values extends object>({
  name,
  title,
  fields,
  submitLabel,
  onSubmit,
  done,
  children,
}: {
  /** prefixes the fields' ids: the cards share field names such as `password` */
  name: string;
  title: string;
  fields: readonly string[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  done: string;
  children: (form: FormInstance<Values>, setError: (message: string) => void) => ReactNode;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [error, setError] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  async function submit(values: Values) {
    setError('');
    setIsSaving(true);
    try {
      await onSubmit(values);
      form.resetFields();
      void message.success(done);
    } catch (caught) {
      setError(showApiError(form as FormInstance, caught, fields));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Card title={title} size="small">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} name={name} layout="vertical" onFinish={(values) => void submit(values)} style={{ maxWidth: 480 }}>
        {children(form, setError)}
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {submitLabel}
        </Button>
      </Form>
    </Card>
  );
}

/** 账号设置 in the employer and staff consoles: 修改密码, 更换手机号, 修改邮箱. */
export function ConsoleAccountPage() {
  const { account } = useAuth();
  const settings = useAccountSettings();
  const captcha = useCaptcha();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h1 className="console-page-title">账号设置</h1>}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="姓名">{account?.realName}</Descriptions.Item>
          <Descriptions.Item label="手机号">{account?.phoneMasked ?? '未绑定'}</Descriptions.Item>
          <Descriptions.Item label="邮箱">{account?.emailMasked ?? '未绑定'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <SettingsCard<{ oldPassword: string; newPassword: string }>
        name="password-change"
        title="修改密码"
        fields={['oldPassword', 'newPassword']}
        submitLabel="修改密码"
        done={DONE_MESSAGES.password}
        onSubmit={({ oldPassword, newPassword }) => settings.changePassword({ oldPassword, newPassword })}
      >
        {() => (
          <>
            <Form.Item label="原密码" name="oldPassword" rules={currentPasswordRule}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item label="新密码" name="newPassword" rules={newPasswordRules} extra="至少 8 位,须同时包含字母和数字">
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              label="确认新密码"
              name="confirmPassword"
              dependencies={['newPassword']}
              rules={confirmPasswordRules('newPassword')}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </SettingsCard>
      <SettingsCard<{ password: string; phone: string; code: string }>
        name="phone-change"
        title="更换手机号"
        fields={['password', 'phone', 'captchaAnswer', 'code']}
        submitLabel="更换手机号"
        done={DONE_MESSAGES.phone}
        onSubmit={({ password, phone, code }) => settings.changePhone({ password, phone: phone.trim(), code: code.trim() })}
      >
        {(form, setError) => (
          <>
            <Form.Item label="当前登录密码" name="password" rules={currentPasswordRule}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <PhoneCodeFields
              form={form}
              purpose="change_phone"
              captcha={captcha}
              onError={setError}
              phonePlaceholder="新手机号"
            />
          </>
        )}
      </SettingsCard>
      <SettingsCard<{ password: string; email: string }>
        name="email-change"
        title="修改邮箱"
        fields={['password', 'email']}
        submitLabel="修改邮箱"
        done={DONE_MESSAGES.email}
        onSubmit={({ password, email }) => settings.changeEmail({ password, email: email.trim() })}
      >
        {() => (
          <>
            <Form.Item label="当前登录密码" name="password" rules={currentPasswordRule}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              label="新邮箱"
              name="email"
              rules={[{ required: true, whitespace: true, message: '请输入新邮箱' }, ...optionalEmailRules]}
            >
              <Input placeholder="name@example.com" autoComplete="email" />
            </Form.Item>
          </>
        )}
      </SettingsCard>
    </Space>
  );
}
