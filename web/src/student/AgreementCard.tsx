import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { orDash } from '../common/format';
import type { AgreementView } from '../common/types';

const STATUS_COLORS: Partial<Record<AgreementView['status'], string>> = {
  invited: 'warning',
  college_review: 'primary',
  school_review: 'primary',
  effective: 'success',
  failed: 'danger',
};

/** One row of 我的签约; an invitation waiting for the answer is framed in red, as in the seed. */
export function AgreementCard({ agreement }: { agreement: AgreementView }) {
  const answerable = agreement.canAnswer;
  return (
    <Link
      to={`/student/agreements/${agreement.id}`}
      className={answerable ? 'agreement-card agreement-card--answerable' : 'agreement-card'}
    >
      <span className="agreement-card__head">
        <span className="agreement-card__employer">{agreement.employer.name}</span>
        {answerable ? (
          <Tag color="danger" fill="solid" className="agreement-card__tag">
            待应约
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
        <span className="agreement-card__row">
          <span className="agreement-card__label">邀约时间</span>
          <span>{orDash(agreement.invitedAt)}</span>
        </span>
        {answerable ? (
          <span className="agreement-card__row agreement-card__row--deadline">
            <span className="agreement-card__label">应约截止时间</span>
            <span>{orDash(agreement.deadlineAt)}</span>
          </span>
        ) : null}
      </span>
      <span className="agreement-card__more">{answerable ? '点击查看并应约' : '查看详情'} ›</span>
    </Link>
  );
}
