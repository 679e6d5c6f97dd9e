import { Button, Form, Input } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { normalizeCode } from './use-verify';

/** The verification code box: opens /verify/<code>. */
export function VerifyForm({ initial = '', submitText = '验真' }: { initial?: string; submitText?: string }) {
  const navigate = useNavigate();
  return (
    <Form
      layout="vertical"
      initialValues={{ code: initial }}
      onFinish={(values: { code: string }) => navigate(`/verify/${normalizeCode(values.code)}`)}
      footer={
        <Button block type="submit" color="primary" size="large">
          {submitText}
        </Button>
      }
    >
      <Form.Item
        name="code"
        label="验证码"
        rules={[
          { required: true, whitespace: true, message: '请输入协议书上的验证码' },
          { max: 40, message: '验证码过长,请核对' },
        ]}
        help="电子就业协议书二维码旁的验证码,共 16 位字母和数字"
      >
        <Input placeholder="请输入验证码" clearable autoComplete="off" />
      </Form.Item>
    </Form>
  );
}
