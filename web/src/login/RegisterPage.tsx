import { Alert, Button, Form, Input, Select } from 'antd';
import { Link, useNavigate } from 'react-router';
import { idType } from '../../../src/domain/codes/id-type';
import { call } from '../common/api';
import { useAuth } from '../common/auth';
import { useFormSubmit } from '../common/use-form-submit';
import type { RegisterInput } from '../common/types';
import { AuthShell } from './AuthShell';
import { confirmPasswordRules, idNumberRules, newPasswordRules, optionalEmailRules } from './field-rules';
import { PhoneCodeFields } from './PhoneCodeFields';
import { useCaptcha } from './use-captcha';

interface RegisterValues {
  phone: string;
  captchaAnswer?: string;
  code: string;
  password: string;
  confirmPassword: string;
  realName: string;
  idType: RegisterInput['idType'];
  idNumber: string;
  email?: string;
}

const FIELDS = ['phone', 'captchaAnswer', 'code', 'password', 'realName', 'idType', 'idNumber', 'email'] as const;
const ID_TYPE_OPTIONS = idType.map((entry) => ({ value: entry.code, label: entry.name }));

export function RegisterPage() {
  const [form] = Form.useForm<RegisterValues>();
  const captcha = useCaptcha();
  const { signedIn } = useAuth();
  const navigate = useNavigate();

  const { error, setError, isSubmitting, submit } = useFormSubmit(
    form,
    FIELDS,
    async (values: RegisterValues) => {
      const idNumber = values.idNumber.trim();
      const email = values.email?.trim();
      const session = await call('register', {
        body: {
          phone: values.phone.trim(),
          code: values.code.trim(),
          password: values.password,
          realName: values.realName.trim(),
          idType: values.idType,
          idNumber: values.idType === '1' ? idNumber.toUpperCase() : idNumber,
          ...(email ? { email } : {}),
        },
      });
      signedIn(session);
      navigate(session.account.home, { replace: true });
    },
    { leavesPage: true },
  );

  return (
    <AuthShell title="注册学信网账号">
      <p className="auth-hint">毕业生请填写与学籍信息一致的姓名和证件号码,登录后系统据此查找你的毕业生信息。</p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ idType: '1' }}
        onFinish={(values) => void submit(values)}
        requiredMark
      >
        <PhoneCodeFields
          form={form}
          purpose="register"
          captcha={captcha}
          onError={setError}
          phonePlaceholder="请输入手机号"
        />
        <Form.Item label="密码" name="password" rules={newPasswordRules} extra="至少 8 位,须同时包含字母和数字">
          <Input.Password placeholder="设置登录密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认密码"
          name="confirmPassword"
          dependencies={['password']}
          rules={confirmPasswordRules('password')}
        >
          <Input.Password placeholder="再次输入密码" autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="姓名" name="realName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input placeholder="与证件上的姓名一致" autoComplete="name" maxLength={50} />
        </Form.Item>
        <Form.Item label="证件类型" name="idType" rules={[{ required: true, message: '请选择证件类型' }]}>
          <Select
            options={ID_TYPE_OPTIONS}
            onChange={() => void form.validateFields(['idNumber']).catch(() => undefined)}
          />
        </Form.Item>
        <Form.Item label="证件号码" name="idNumber" dependencies={['idType']} rules={idNumberRules}>
          <Input placeholder="请输入证件号码" autoComplete="off" maxLength={30} />
        </Form.Item>
        <Form.Item label="邮箱(选填)" name="email" rules={optionalEmailRules}>
          <Input placeholder="可用于登录" autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            注册
          </Button>
        </Form.Item>
      </Form>
      <div className="auth-links">
        <span>已有账号?</span>
        <Link to="/login">返回登录</Link>
      </div>
      <p className="auth-register-employer">
        招聘毕业生的单位请使用<Link to="/employer/register">用人单位注册</Link>
      </p>
    </AuthShell>
  );
}
