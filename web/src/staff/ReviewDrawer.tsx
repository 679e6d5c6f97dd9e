import { Alert, Button, Drawer, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { AgreementDetailCards, FailureNotice, StatusTag } from '../common/AgreementDetailCards';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { PdfLinks } from '../common/PdfLinks';
import { DecisionModal, type DecisionResult } from './DecisionModal';
import { isAtStage, useReviewAgreement, type ReviewerRole } from './use-review';

/** 审核详情: every field, the review history, 通过 / 不通过 at the reviewer's stage, the PDF once effective. */
export function ReviewDrawer({ id, role, onClose }: { id: number | null; role: ReviewerRole; onClose: () => void }) {
  const query = useReviewAgreement(id);
  const [decision, setDecision] = useState<DecisionResult | null>(null);
  const agreement = query.data?.agreement;
  const canDecide = agreement ? isAtStage(agreement.status, role) : false;

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={880}
      title={
        agreement ? (
          <Space>
            <span>审核详情:{agreement.student.name}</span>
            <StatusTag agreement={agreement} />
          </Space>
        ) : (
          '审核详情'
        )
      }
      extra={agreement ? <PdfLinks agreement={agreement} base={`/api/review/agreements/${agreement.id}`} /> : null}
      footer={
        canDecide ? (
          <Space>
            <Button type="primary" onClick={() => setDecision('approved')}>
              通过
            </Button>
            {agreement?.kind !== 'online' ? (
              <Button onClick={() => setDecision('returned')}>退回修改</Button>
            ) : null}
            <Button danger onClick={() => setDecision('rejected')}>
              不通过
            </Button>
          </Space>
        ) : null
      }
      destroyOnHidden
    >
      {!agreement ? (
        query.isError ? (
          <ConsoleLoadState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Skeleton active paragraph={{ rows: 10 }} />
        )
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {agreement.status === 'effective' ? (
            <Alert type="success" showIcon title={`已生效,协议编号 ${agreement.agreementNumber ?? '-'}`} />
          ) : null}
          {!canDecide && agreement.status !== 'effective' && agreement.status !== 'failed' ? (
            <Alert type="info" showIcon title={`该协议当前为「${agreement.statusLabel}」,不在你的审核环节`} />
          ) : null}
          <FailureNotice agreement={agreement} />
          <AgreementDetailCards agreement={agreement} />
          <DecisionModal
            agreementId={agreement.id}
            studentName={agreement.student.name}
            result={decision}
            onClose={() => setDecision(null)}
            onDecided={() => {
              setDecision(null);
              onClose();
            }}
          />
        </Space>
      )}
    </Drawer>
  );
}
