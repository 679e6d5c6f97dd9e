import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { call } from '../common/api';
import { showApiError } from '../common/form-errors';
import type { AgreementResponse, AgreementView } from '../common/types';
import { REVIEW_QUERY_ROOT } from './use-review';

export type DecisionResult = 'approved' | 'returned' | 'rejected';

interface Texts {
  title: string;
  ok: string;
  label: string;
  done: string;
  extra?: string;
}

/** What each decision is called and what it does, by the agreement's kind and the stage under review. */
function textsOf(result: DecisionResult, kind: AgreementView['kind'], stage: '协议审核' | '签约审核'): Texts {
  const scan = stage === '签约审核';
  switch (result) {
    case 'approved':
      return { title: scan ? '签约审核通过' : '审核通过', ok: '确认通过', label: '审核意见(选填)', done: '已审核通过' };
    case 'returned':
      return {
        title: '退回修改',
        ok: '确认退回',
        label: '退回意见',
        done: scan ? '已退回,学生会按意见重新回传协议书' : '已退回修改,学生会收到修改意见',
        extra: scan
          ? '学生(或用人单位通过链接)将按意见重新回传盖章的协议书。'
          : '学生将按意见修改协议信息后重新提交,重新提交的记录会标为"需重审"。',
      };
    case 'rejected':
      return kind === 'online'
        ? {
            title: '审核不通过',
            ok: '确认不通过',
            label: '不通过原因',
            done: '已审核不通过,学生和单位会收到原因',
            extra: '审核不通过后签约失败,原因会告知学生和用人单位;单位可据此重新发起签约。',
          }
        : {
            title: '审核不通过',
            ok: '确认不通过',
            label: '不通过原因',
            done: '已审核不通过,该协议已作废',
            extra: '审核不通过后该协议作废,学生须重新填写协议信息提交。如只需修改,请用"退回修改"。',
          };
  }
}

interface DecisionValues {
  comment?: string;
}

/** 通过 (comment optional), 退回修改 or 不通过 (comment required) for one agreement at the reviewer's stage. */
export function DecisionModal({
  agreement,
  stage,
  result,
  onClose,
  onDecided,
}: {
  agreement: AgreementView;
  stage: '协议审核' | '签约审核';
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
  const text = textsOf(result ?? 'approved', agreement.kind, stage);
  const agreementId = agreement.id;

  async function decide(values: DecisionValues) {
    if (!result) return;
    setError('');
    setIsSending(true);
    const comment = values.comment?.trim();
    try {
      const response = await call('decideReview', {
        params: { id: agreementId },
        body: {
          result,
          ...(comment ? { comment } : {}),
        },
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
      title={`${text.title}:${agreement.student.name}`}
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
          rules={needsReason ? [{ required: true, whitespace: true, message: `请填写${text.label},学生将看到` }] : []}
          extra={text.extra}
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={needsReason ? '请说明原因' : '可不填'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
