import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, type UploadFile } from 'antd';
import { call } from '../common/api';
import { useFormSubmit } from '../common/use-form-submit';
import type { EmployerProfile } from '../common/types';
import { EmployerDetailFields } from '../login/EmployerDetailFields';
import { PROFILE_QUERY_KEY } from './use-employer';

interface ResubmitValues {
  name: string;
  natureCode: string;
  industryCode: string;
  regionCode: string[];
  address: string;
  license: UploadFile[];
}

const FIELDS = ['name', 'natureCode', 'industryCode', 'regionCode', 'address', 'license'] as const;

/** Region codes of the picker's path (province → city → county) for a stored six-digit code. */
function regionPath(code: string): string[] {
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  return [...new Set([province, city, code])];
}

/** 资质认证 not passed: correct the 单位信息, upload a new 营业执照, and send it to the platform again. */
export function ResubmitVerificationCard({ profile }: { profile: EmployerProfile }) {
  const [form] = Form.useForm<ResubmitValues>();
  const queryClient = useQueryClient();

  const { error, isSubmitting, submit } = useFormSubmit(form, FIELDS, async (values: ResubmitValues) => {
    const body = new FormData();
    body.append(
      'data',
      JSON.stringify({
        name: values.name.trim(),
        natureCode: values.natureCode,
        industryCode: values.industryCode,
        regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
        address: values.address.trim(),
      }),
    );
    const file = values.license[0]?.originFileObj;
    if (file) body.append('license', file, file.name);
    const updated = await call('resubmitVerification', { body });
    queryClient.setQueryData(PROFILE_QUERY_KEY, updated);
  });

  return (
    <Card title="修改信息并重新提交资质认证" style={{ marginTop: 16 }}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError
        initialValues={{
          name: profile.name,
          natureCode: profile.natureCode,
          industryCode: profile.industryCode,
          regionCode: regionPath(profile.regionCode),
          address: profile.address,
          license: [],
        }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="单位名称"
              name="name"
              rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="统一社会信用代码">
              <Input value={profile.uscc} disabled />
            </Form.Item>
          </Col>
          <EmployerDetailFields />
        </Row>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          重新提交资质认证
        </Button>
      </Form>
    </Card>
  );
}
