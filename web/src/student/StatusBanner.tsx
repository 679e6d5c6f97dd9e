import type { AgreementView } from '../common/types';

/** What the agreement's state means for the student, on top of the page. */
export function StatusBanner({ agreement }: { agreement: AgreementView }) {
  switch (agreement.status) {
    case 'failed':
      return (
        <div className="status-banner status-banner--failed" role="alert">
          <strong>签约失败</strong>
          <p>审核不通过原因:{agreement.failureReason || '未说明'}</p>
          <p className="status-banner__hint">如仍需签约,请与单位根据失败原因协商一致后,由单位重新发起签约邀请。</p>
        </div>
      );
    case 'effective':
      return (
        <div className="status-banner status-banner--effective" role="status">
          <strong>就业协议审核通过!</strong>
          <p>签约成功,协议编号 {agreement.agreementNumber ?? '-'}</p>
        </div>
      );
    case 'college_review':
    case 'school_review':
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>已接受签约邀请,{agreement.statusLabel}</strong>
          <p>审核通过后即签约成功,可查看、下载电子就业协议书;审核结果会通过"消息"通知你。</p>
        </div>
      );
    case 'declined':
      return <div className="status-banner status-banner--closed">你已拒绝该签约邀请。</div>;
    case 'expired':
      return <div className="status-banner status-banner--closed">该签约邀请已超过应约截止时间,已失效。</div>;
    case 'withdrawn':
      return <div className="status-banner status-banner--closed">用人单位已撤回该签约邀请。</div>;
    case 'invited':
      return null;
    default:
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>{agreement.statusLabel}</strong>
        </div>
      );
  }
}
