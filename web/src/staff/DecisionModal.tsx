import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { post } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { AgreementResponse } from '../common/types';
import { REVIEW_QUERY_ROOT } from './use-review';

export type DecisionResult = 'approved' | 'returned' | 'rejected';

const TEXTS: Record<DecisionResult, { title: string; ok: string; label: string; done: string }> = {
  approved: { title: '审核通过', ok: '确认通过', label: '审核意见(选填)', done: '已审核通过' },
  returned: { title: '退回修改', ok: '确认退回', label: '退回意见', done: '已退回修改,学生会收到修改意见' },
  rejected: { title: '审核不通过', ok: '确认不通过', label: '不通过原因', done: '已审核不通过,学生和单位会收到原因' },
};

interface DecisionValues {
  comment?: string;
}

/** 通过 (comment optional) or 不通过 (reason required) for one agreement at the reviewer's stage. */
export function DecisionModal({
  agreementId,
  studentName,
  result,
  onClose,
  onDecided,
}: {
  agreementId: number;
  studentName: string;
  result: DecisionResult | null;
  onClose: () => void;
  onDecided: (response: AgreementResponse) => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState('');
  const [isSending, setIsSending] = useState(false);
  const needsReason = result !== null && result !== 'approved';
  const text = TEXTS[result ?? 'approved'];

  async function decide(values: DecisionValues) {
    if (!result) return;
    setError('');
    setIsSending(true);
    const comment = values.comment?.trim();
    try {
      const response = await post<AgreementResponse>(`/review/agreements/${agreementId}/decision`, {
        result,
        ...(comment ? { comment } : {}),
      });
      void message.success(text.done);
      form.resetFields();
      onDecided(response);
    } catch (caught) {
      setError(showApiError(form, caught, ['comment']));
    } finally {
      setIsSending(false);
      void queryClient.invalidateQueries({ queryKey: REVIEW_QUERY_ROOT });
    }
  }

  return (
    <Modal
      open={result !== null}
      title={`${text.title}:${studentName}`}
      okText={text.ok}
      okButtonProps={{ danger: result === 'rejected', loading: isSending }}
      cancelText="取消"
      destroyOnHidden
      onCancel={() => {
        setError('');
        onClose();
      }}
      onOk={() => form.submit()}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void decide(values)} preserve={false}>
        <Form.Item
          label={text.label}
          name="comment"
          rules={needsReason ? [{ required: true, whitespace: true, message: `请填写${text.label},学生和单位将看到` }] : []}
          extra={
            result === 'rejected'
              ? '审核不通过后签约失败,原因会告知学生和用人单位;单位可据此重新发起签约。'
              : result === 'returned'
                ? '学生将按意见修改后重新提交。'
                : undefined
          }
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={needsReason ? '请说明原因' : '可不填'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
