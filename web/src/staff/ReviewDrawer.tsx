import { Alert, Button, Drawer, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { reviewSubjectOf } from '../../../src/domain/agreement/status';
import { REVIEW_RESULT_NAMES, REVIEW_SUBJECT_NAMES } from '../../../src/domain/labels/review';
import { AgreementDetailCards, FailureNotice, StatusTag } from '../common/AgreementDetailCards';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { PdfLinks } from '../common/PdfLinks';
import type { AgreementView } from '../common/types';
import { DecisionModal, type DecisionResult } from './DecisionModal';
import { ReviewAttachments } from './ReviewAttachments';
import { isAtStage, useReviewAgreement, type ReviewerRole } from './use-review';

/** Submitted again after 退回修改: the reviewer looks at it anew (需重审). */
function needsRereview(agreement: AgreementView): boolean {
  if (agreement.status === 'college_review' || agreement.status === 'school_review') return agreement.reviewRound > 1;
  if (agreement.status === 'scan_college_review' || agreement.status === 'scan_school_review')
    return agreement.scanRound > 1;
  return false;
}

/**
 * 审核详情: every field, the attachments, the review history, 通过 / 退回修改 / 不通过 at the reviewer's
 * stage, the PDF once there is one. Wide enough for two description columns at 1366×768.
 */
export function ReviewDrawer({ id, role, onClose }: { id: number | null; role: ReviewerRole; onClose: () => void }) {
  const query = useReviewAgreement(id);
  const [decision, setDecision] = useState<DecisionResult | null>(null);
  // Set when the opening animation has finished (screenshots and tests wait for it).
  const [settled, setSettled] = useState(false);
  const agreement = query.data?.agreement;
  const canDecide = agreement ? isAtStage(agreement.status, role) : false;
  const subject = agreement ? reviewSubjectOf(agreement.status) : 'agreement';
  const base = agreement ? `/api/review/agreements/${agreement.id}` : '';

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="min(960px, 90vw)"
      rootClassName={settled ? 'review-drawer review-drawer--open' : 'review-drawer'}
      afterOpenChange={setSettled}
      title={
        agreement ? (
          <Space wrap size={[8, 4]}>
            <span>审核详情:{agreement.student.name}</span>
            <StatusTag agreement={agreement} />
            {agreement.kind !== 'online' ? (
              <Tag color={subject === 'agreement_scan' ? 'purple' : 'blue'}>{REVIEW_SUBJECT_NAMES[subject]}</Tag>
            ) : null}
            {needsRereview(agreement) ? <Tag color="warning">需重审</Tag> : null}
          </Space>
        ) : (
          '审核详情'
        )
      }
      extra={agreement ? <DocumentLinks agreement={agreement} base={base} /> : null}
      footer={
        canDecide ? (
          <Space>
            <Button type="primary" onClick={() => setDecision('approved')}>
              {REVIEW_RESULT_NAMES.approved}
            </Button>
            {agreement?.kind !== 'online' ? (
              <Button onClick={() => setDecision('returned')}>{REVIEW_RESULT_NAMES.returned}</Button>
            ) : null}
            <Button danger onClick={() => setDecision('rejected')}>
              {REVIEW_RESULT_NAMES.rejected}
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
          {canDecide && subject === 'agreement_scan' ? (
            <Alert
              type="info"
              showIcon
              title="签约审核:请核对回传的协议书"
              description="核对盖章协议书的每一页与下方协议信息一致、单位公章清晰完整。院系、学校均通过后即签约成功。"
            />
          ) : null}
          {canDecide && agreement.kind === 'paper' ? (
            <Alert
              type="info"
              showIcon
              title="纸质协议书登记:请核对扫描件"
              description={`核对纸质协议书编号 ${agreement.paperAgreementNumber ?? '-'}、扫描件与下方登记的协议信息一致。`}
            />
          ) : null}
          {!canDecide && !['effective', 'failed', 'voided', 'returned', 'scan_returned'].includes(agreement.status) ? (
            <Alert type="info" showIcon title={`该协议当前为「${agreement.statusLabel}」,不在你的审核环节`} />
          ) : null}
          <FailureNotice agreement={agreement} />
          {agreement.kind !== 'online' ? <ReviewAttachments agreementId={agreement.id} /> : null}
          <AgreementDetailCards agreement={agreement} />
          <DecisionModal
            agreement={agreement}
            subject={subject}
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

/** 协议书预览 / 下载协议: the effective agreement, or the pre-seal document of an offline one waiting for its seal. */
function DocumentLinks({ agreement, base }: { agreement: AgreementView; base: string }) {
  if (agreement.status === 'effective') return <PdfLinks agreement={agreement} base={base} />;
  if (!agreement.hasPdf) return null;
  return (
    <Button href={`${base}/pdf?inline=1`} target="_blank" rel="noopener">
      待盖章协议书预览
    </Button>
  );
}
