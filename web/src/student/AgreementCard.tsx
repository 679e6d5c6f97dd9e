import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { orDash } from '../common/format';
import type { AgreementView } from '../common/types';

const STATUS_COLORS: Partial<Record<AgreementView['status'], string>> = {
  invited: 'warning',
  college_review: 'primary',
  school_review: 'primary',
  returned: 'warning',
  awaiting_scan: 'success',
  scan_college_review: 'primary',
  scan_school_review: 'primary',
  scan_returned: 'warning',
  effective: 'success',
  failed: 'danger',
  voided: 'danger',
};

/** What the student has to do now on an offline or paper agreement, if anything. */
function todo(agreement: AgreementView): string | null {
  if (agreement.canEdit) return '待修改';
  if (agreement.canUploadScan) return '待回传';
  return null;
}

/** One row of 我的签约; an invitation waiting for the answer is framed in red, as in the seed. */
export function AgreementCard({ agreement }: { agreement: AgreementView }) {
  const answerable = agreement.canAnswer;
  const action = answerable ? '待应约' : todo(agreement);
  const online = agreement.kind === 'online';
  return (
    <Link
      to={`/student/agreements/${agreement.id}`}
      className={action ? 'agreement-card agreement-card--answerable' : 'agreement-card'}
    >
      <span className="agreement-card__head">
        <span className="agreement-card__employer">{agreement.employer.name}</span>
        {action ? (
          <Tag color="danger" fill="solid" className="agreement-card__tag">
            {action}
          </Tag>
        ) : null}
      </span>
      <span className="agreement-card__rows">
        <span className="agreement-card__row">
          <span className="agreement-card__label">岗位名称</span>
          <span>{agreement.terms.positionTitle}</span>
        </span>
        <span className="agreement-card__row">
          <span className="agreement-card__label">签约类型</span>
          <span>{agreement.kindName}</span>
        </span>
        <span className="agreement-card__row">
          <span className="agreement-card__label">签约状态</span>
          <Tag color={STATUS_COLORS[agreement.status] ?? 'default'} fill="outline">
            {agreement.statusLabel}
          </Tag>
        </span>
        {online ? (
          <span className="agreement-card__row">
            <span className="agreement-card__label">邀约时间</span>
            <span>{orDash(agreement.invitedAt)}</span>
          </span>
        ) : agreement.agreementNumber ? (
          <span className="agreement-card__row">
            <span className="agreement-card__label">协议编号</span>
            <span>{agreement.agreementNumber}</span>
          </span>
        ) : null}
        {answerable ? (
          <span className="agreement-card__row agreement-card__row--deadline">
            <span className="agreement-card__label">应约截止时间</span>
            <span>{orDash(agreement.deadlineAt)}</span>
          </span>
        ) : null}
      </span>
      <span className="agreement-card__more">
        {answerable
          ? '点击查看并应约'
          : action === '待修改'
            ? '点击查看意见并修改'
            : action
              ? '点击回传协议书'
              : '查看详情'}{' '}
        ›
      </span>
    </Link>
  );
}
