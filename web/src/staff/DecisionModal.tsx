import { Alert, App, Form, Input, Modal } from 'antd';
import type { ReviewResult, ReviewSubjectKind } from '../../../src/domain/labels/review';
import { apiErrorText, placeApiError } from '../common/form-errors';
import type { AgreementResponse, AgreementView } from '../common/types';
import { useDecideReview } from './use-review';

export type DecisionResult = ReviewResult;

interface Texts {
  title: string;
  ok: string;
  label: string;
  done: string;
  extra?: string;
}

/** What each decision is called and what it does, by the agreement's kind and what is under review. */
function textsOf(result: DecisionResult, kind: AgreementView['kind'], subject: ReviewSubjectKind): Texts {
  const scan = subject === 'agreement_scan';
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
const FIELDS = ['comment'] as const;

/** 通过 (comment optional), 退回修改 or 不通过 (comment required) for one agreement at the reviewer's stage. */
export function DecisionModal({
  agreement,
  subject,
  result,
  onClose,
  onDecided,
}: {
  agreement: AgreementView;
  subject: ReviewSubjectKind;
  result: DecisionResult | null;
  onClose: () => void;
  onDecided: (response: AgreementResponse) => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const { message } = App.useApp();
  const decideReview = useDecideReview(agreement.id);
  const needsReason = result !== null && result !== 'approved';
  const text = textsOf(result ?? 'approved', agreement.kind, subject);
  const error = decideReview.error ? apiErrorText(decideReview.error, FIELDS) : '';

  function decide(values: DecisionValues) {
    if (!result) return;
    decideReview.mutate(
      { result, comment: values.comment },
      {
        onSuccess: (response) => {
          void message.success(text.done);
          form.resetFields();
          onDecided(response);
        },
        onError: (caught) => placeApiError(form, caught, FIELDS),
      },
    );
  }

  return (
    <Modal
      open={result !== null}
      title={`${text.title}:${agreement.student.name}`}
      okText={text.ok}
      okButtonProps={{ danger: result === 'rejected', loading: decideReview.isPending }}
      cancelText="取消"
      destroyOnHidden
      onCancel={() => {
        decideReview.reset();
        onClose();
      }}
      onOk={() => form.submit()}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={decide} preserve={false}>
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
