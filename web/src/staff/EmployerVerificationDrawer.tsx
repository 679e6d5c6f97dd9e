import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { apiErrorText, placeApiError } from '../common/form-errors';
import { chinaTime, orDash } from '../common/format';
import type { EmployerProfile } from '../common/types';
import { VERIFICATION } from '../common/verification';
import { LicensePreview } from './LicensePreview';
import { useDecideVerification } from './use-employer-verification';

type Result = 'approved' | 'rejected';
const FIELDS = ['comment'] as const;

function DecisionModal({
  employer,
  result,
  onClose,
  onDone,
}: {
  employer: EmployerProfile;
  result: Result | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { message } = App.useApp();
  const decideVerification = useDecideVerification(employer.id);
  const rejecting = result === 'rejected';
  const error = decideVerification.error ? apiErrorText(decideVerification.error, FIELDS) : '';

  function decide(values: { comment?: string }) {
    if (!result) return;
    decideVerification.mutate(
      { result, comment: values.comment },
      {
        onSuccess: () => {
          void message.success(rejecting ? '已设为认证不通过,单位会收到原因' : '资质认证已通过');
          onDone();
        },
        onError: (caught) => placeApiError(form, caught, FIELDS),
      },
    );
  }

  return (
    <Modal
      open={result !== null}
      title={rejecting ? `认证不通过:${employer.name}` : `认证通过:${employer.name}`}
      okText={rejecting ? '确认不通过' : '确认通过'}
      okButtonProps={{ danger: rejecting, loading: decideVerification.isPending }}
      cancelText="取消"
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={decide}>
        <Form.Item
          label={rejecting ? '不通过原因' : '意见(选填)'}
          name="comment"
          rules={rejecting ? [{ required: true, whitespace: true, message: '请填写不通过的原因,以便单位修改' }] : []}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One employer's registration: every field, the license, and 通过 / 不通过 while pending. */
export function EmployerVerificationDrawer({
  employer,
  onClose,
}: {
  employer: EmployerProfile | null;
  onClose: () => void;
}) {
  const [result, setResult] = useState<Result | null>(null);
  const verification = employer ? VERIFICATION[employer.verificationStatus] : null;
  return (
    <Drawer
      open={employer !== null}
      onClose={onClose}
      size={820}
      destroyOnHidden
      title={employer ? `单位资质认证:${employer.name}` : '单位资质认证'}
      footer={
        employer?.verificationStatus === 'pending' ? (
          <Space>
            <Button type="primary" onClick={() => setResult('approved')}>
              通过
            </Button>
            <Button danger onClick={() => setResult('rejected')}>
              不通过
            </Button>
          </Space>
        ) : null
      }
    >
      {employer && verification ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card title="单位信息" size="small">
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
              items={[
                { key: 'name', label: '单位名称', children: employer.name, span: 'filled' },
                { key: 'uscc', label: '统一社会信用代码', children: employer.uscc },
                {
                  key: 'status',
                  label: '资质认证',
                  children: <Tag color={verification.color}>{verification.label}</Tag>,
                },
                { key: 'nature', label: '单位性质', children: employer.natureName },
                { key: 'industry', label: '单位行业', children: employer.industryName },
                { key: 'region', label: '通讯地址', children: orDash(employer.regionName) },
                { key: 'address', label: '详细地址', children: orDash(employer.address) },
                { key: 'contact', label: '经办人/联系人', children: employer.contactName },
                { key: 'mobile', label: '联系人手机', children: employer.contactMobile },
                { key: 'phone', label: '联系人电话', children: orDash(employer.contactPhone) },
                { key: 'email', label: '联系人邮箱', children: orDash(employer.contactEmail) },
                { key: 'created', label: '注册时间', children: chinaTime(employer.createdAt) },
                ...(employer.verificationComment
                  ? [
                      {
                        key: 'comment',
                        label: '认证意见',
                        children: employer.verificationComment,
                        span: 'filled' as const,
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          <Card title="营业执照" size="small">
            {employer.hasLicense ? (
              <LicensePreview employerId={employer.id} mediaType={employer.licenseMediaType} />
            ) : (
              <Alert type="warning" showIcon title="该单位没有上传营业执照" />
            )}
          </Card>
          <DecisionModal
            employer={employer}
            result={result}
            onClose={() => setResult(null)}
            onDone={() => {
              setResult(null);
              onClose();
            }}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}
