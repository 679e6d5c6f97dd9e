import { Alert, Button, Col, Form, Input, Row, type UploadFile } from 'antd';
import { Link, useNavigate } from 'react-router';
import { validateUscc } from '../../../src/domain/validators/uscc';
import { call } from '../common/api';
import { useAuth } from '../common/auth';
import { useFormSubmit } from '../common/use-form-submit';
import type { RegisterEmployerInput } from '../common/types';
import { AuthShell } from './AuthShell';
import { CaptchaInput } from './CaptchaInput';
import { confirmPasswordRules, newPasswordRules, optionalEmailRules, phoneRules, smsCodeRules } from './field-rules';
import { EmployerDetailFields } from './EmployerDetailFields';
import { SmsCodeInput } from './SmsCodeInput';
import { useCaptcha } from './use-captcha';

interface EmployerValues {
  name: string;
  uscc: string;
  natureCode: string;
  industryCode: string;
  regionCode: string[];
  address: string;
  operatorName: string;
  operatorPhone: string;
  captchaAnswer?: string;
  code: string;
  password: string;
  confirmPassword: string;
  contactEmail?: string;
  license: UploadFile[];
}

const FIELDS = [
  'name',
  'uscc',
  'natureCode',
  'industryCode',
  'regionCode',
  'address',
  'operatorName',
  'operatorPhone',
  'captchaAnswer',
  'code',
  'password',
  'contactEmail',
  'license',
] as const;

const usccRules = [
  { required: true, whitespace: true, message: '请输入统一社会信用代码' },
  {
    validator: (_: unknown, value: string | undefined) => {
      if (!value) return Promise.resolve();
      const result = validateUscc(value.trim().toUpperCase());
      if (result.ok) return Promise.resolve();
      return Promise.reject(
        new Error(
          result.reason === 'format'
            ? '统一社会信用代码为 18 位数字或大写字母(不含 I、O、S、V、Z),请核对营业执照'
            : '统一社会信用代码校验位不正确,请核对营业执照上的最后一位',
        ),
      );
    },
  },
];

function toFormData(values: EmployerValues): FormData {
  const email = values.contactEmail?.trim();
  const data: RegisterEmployerInput = {
    name: values.name.trim(),
    uscc: values.uscc.trim().toUpperCase(),
    natureCode: values.natureCode,
    industryCode: values.industryCode,
    regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
    address: values.address.trim(),
    operatorName: values.operatorName.trim(),
    operatorPhone: values.operatorPhone.trim(),
    code: values.code.trim(),
    password: values.password,
    ...(email ? { contactEmail: email } : {}),
  };
  const form = new FormData();
  form.append('data', JSON.stringify(data));
  const file = values.license[0]?.originFileObj;
  if (file) form.append('license', file, file.name);
  return form;
}

/** 用人单位注册: the organisation, its operator's account, and the 营业执照 for 资质认证 (DOMAIN §1). */
export function RegisterEmployerPage() {
  const [form] = Form.useForm<EmployerValues>();
  const captcha = useCaptcha();
  const { signedIn } = useAuth();
  const navigate = useNavigate();

  const { error, setError, isSubmitting, submit } = useFormSubmit(
    form,
    FIELDS,
    async (values: EmployerValues) => {
      const session = await call('registerEmployer', { body: toFormData(values) });
      signedIn(session);
      navigate('/employer', { replace: true });
    },
    { leavesPage: true },
  );

  return (
    <AuthShell title="用人单位注册" wide>
      <p className="auth-hint">
        注册后由平台管理员审核单位资质(资质认证),认证通过后即可向毕业生发起线上签约邀请。请如实填写,并上传营业执照(或法人证书)扫描件。
      </p>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" requiredMark scrollToFirstError onFinish={(values) => void submit(values)}>
        <h2 className="auth-section-title">单位信息</h2>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="单位名称"
              name="name"
              rules={[{ required: true, whitespace: true, message: '请输入单位名称(与营业执照一致的全称)' }]}
            >
              <Input placeholder="与营业执照一致的全称" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="统一社会信用代码" name="uscc" rules={usccRules}>
              <Input placeholder="18 位,见营业执照" maxLength={18} autoComplete="off" />
            </Form.Item>
          </Col>
          <EmployerDetailFields />
        </Row>

        <h2 className="auth-section-title">经办人账号</h2>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="经办人姓名"
              name="operatorName"
              rules={[{ required: true, whitespace: true, message: '请输入经办人姓名' }]}
            >
              <Input placeholder="经办人真实姓名" maxLength={30} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="经办人手机" name="operatorPhone" rules={phoneRules} required extra="用于登录和接收通知">
              <Input placeholder="11 位手机号" maxLength={11} inputMode="numeric" autoComplete="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="图形验证码" name="captchaAnswer" extra="输入图中字符后获取短信验证码">
              <CaptchaInput captcha={captcha} placeholder="图形验证码" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="短信验证码" name="code" rules={smsCodeRules} required>
              <SmsCodeInput
                form={form}
                purpose="register"
                captcha={captcha}
                phoneField="operatorPhone"
                onError={setError}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="密码" name="password" rules={newPasswordRules} extra="至少 8 位,须同时包含字母和数字">
              <Input.Password placeholder="设置登录密码" autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="确认密码"
              name="confirmPassword"
              dependencies={['password']}
              rules={confirmPasswordRules('password')}
            >
              <Input.Password placeholder="再次输入密码" autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="联系人邮箱(选填)" name="contactEmail" rules={optionalEmailRules}>
              <Input placeholder="例如 hr@example.com" inputMode="email" autoComplete="email" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            提交注册
          </Button>
        </Form.Item>
      </Form>
      <div className="auth-links">
        <span>已有账号?</span>
        <Link to="/login">返回登录</Link>
      </div>
    </AuthShell>
  );
}
