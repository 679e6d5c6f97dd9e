import { Button, Dialog, Toast } from 'antd-mobile';
import { useState } from 'react';
import { call, errorMessage } from '../common/api';
import type { AgreementView } from '../common/types';
import { AcceptDialog } from './AcceptDialog';

/** 协议书预览 (a new tab) and 下载协议 (a download) of an effective agreement; an offline one also keeps its 待盖章协议书. */
export function PdfActions({ agreement }: { agreement: AgreementView }) {
  if (!agreement.hasPdf) {
    return (
      <p className="student-generating" role="status">
        协议书正在生成,请稍候…
      </p>
    );
  }
  const base = `/api/student/agreements/${agreement.id}/pdf`;
  return (
    <>
      <a className="student-link-button" href={`${base}?inline=1`} target="_blank" rel="noopener">
        协议书预览
      </a>
      <a className="student-link-button student-link-button--primary" href={base} download>
        下载协议
      </a>
      {agreement.hasPresealPdf ? (
        <a className="student-link-button" href={`${base}?document=preseal`} download>
          待盖章协议书
        </a>
      ) : null}
    </>
  );
}

/** 接受 / 拒绝 of an invitation the student can answer now. */
export function AnswerActions({
  agreement,
  onChanged,
}: {
  agreement: AgreementView;
  onChanged: (agreement?: AgreementView) => void;
}) {
  const [accepting, setAccepting] = useState(false);

  function decline() {
    void Dialog.confirm({
      title: '确认拒绝签约邀请',
      content: `确定拒绝「${agreement.employer.name}」的签约邀请吗?拒绝后不能再接受该邀请。`,
      confirmText: '拒绝',
      cancelText: '取消',
      onConfirm: async () => {
        try {
          await call('declineInvitation', { params: { id: agreement.id } });
          Toast.show({ icon: 'success', content: '已拒绝该签约邀请' });
        } catch (error) {
          Toast.show({ icon: 'fail', content: errorMessage(error) });
        }
        onChanged();
      },
    });
  }

  return (
    <>
      <Button block color="primary" size="large" onClick={() => setAccepting(true)}>
        接受
      </Button>
      <Button block size="large" onClick={decline}>
        拒绝
      </Button>
      <AcceptDialog
        agreement={agreement}
        visible={accepting}
        onClose={() => setAccepting(false)}
        onAccepted={(accepted) => {
          setAccepting(false);
          Toast.show({ icon: 'success', content: '已接受签约邀请,等待审核' });
          onChanged(accepted);
        }}
      />
    </>
  );
}
