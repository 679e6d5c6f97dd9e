import { Alert, App, Button, Card, Descriptions, Form, Input, Space, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useAuth } from '../common/auth';
import { confirmPasswordRules, newPasswordRules, optionalEmailRules } from '../login/field-rules';
import { PhoneCodeFields } from '../login/PhoneCodeFields';
import { useCaptcha } from '../login/use-captcha';
import '../login/auth-shell.css';
import { useAccountSettings, type AccountChange } from './use-account-settings';
import { useSettingsSubmit } from './use-settings-submit';

const currentPasswordRule = [{ required: true, message: '请输入当前登录密码' }];

/** One change of the page: its own form, error line and submit button. */
function SettingsCard<Values extends object>({
  children,
  ...change
}: AccountChange<Values> & {
  children: (form: FormInstance<Values>, setError: (message: string) => void) => ReactNode;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const { error, setError, isSaving, submit } = useSettingsSubmit<Values>(
    form as FormInstance,
    change,
    (done) => void message.success(done),
  );

  return (
    <Card title={change.title} size="small">
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        name={change.name}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        style={{ maxWidth: 480 }}
      >
        {children(form, setError)}
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {change.submitLabel}
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
      <SettingsCard {...settings.password}>
        {() => (
          <>
            <Form.Item label="原密码" name="oldPassword" rules={currentPasswordRule}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item
              label="新密码"
              name="newPassword"
              rules={newPasswordRules}
              extra="至少 8 位,须同时包含字母和数字"
            >
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
      <SettingsCard {...settings.phone}>
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
      <SettingsCard {...settings.email}>
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
