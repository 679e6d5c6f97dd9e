import { Alert, App, Form, Input, Modal } from 'antd';
import { errorMessage } from '../common/api';
import { useBatchApprove } from './use-review';

/** 批量通过: one optional comment for all the chosen agreements; those that could not pass are listed. */
export function BatchApproveModal({
  ids,
  labels,
  open,
  onClose,
  onDone,
}: {
  ids: number[];
  /** how to name each record in the list of skipped ones (student and employer) */
  labels: Record<number, string>;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { message, modal } = App.useApp();
  const batchApprove = useBatchApprove();

  function approve(values: { comment?: string }) {
    batchApprove.mutate(
      { ids, comment: values.comment },
      {
        onSuccess: (result) => {
          if (result.approved.length > 0) void message.success(`已通过 ${result.approved.length} 条`);
          if (result.skipped.length > 0) {
            modal.warning({
              title: `${result.skipped.length} 条未能通过`,
              content: (
                <ul className="batch-skipped">
                  {result.skipped.map((skipped) => (
                    <li key={skipped.id}>
                      {labels[skipped.id] ?? `编号 ${skipped.id}`}:{skipped.message}
                    </li>
                  ))}
                </ul>
              ),
              okText: '知道了',
            });
          }
          onDone();
        },
      },
    );
  }

  return (
    <Modal
      open={open}
      title={`批量通过 ${ids.length} 条`}
      okText="确认通过"
      okButtonProps={{ loading: batchApprove.isPending }}
      cancelText="取消"
      destroyOnHidden
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {batchApprove.error ? (
        <Alert type="error" showIcon title={errorMessage(batchApprove.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <p>所选协议将在你的审核环节通过。已被他人处理或不在你审核环节的记录会被跳过并列出原因。</p>
      <Form form={form} layout="vertical" onFinish={approve} preserve={false}>
        <Form.Item label="审核意见(选填)" name="comment">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="可不填" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
