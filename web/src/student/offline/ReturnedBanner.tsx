import type { AgreementView } from '../../common/types';

/** 退回修改: the reviewer's comment above the form of a returned agreement. */
export function ReturnedBanner({ agreement }: { agreement: AgreementView }) {
  const comment =
    agreement.reviews.filter((review) => review.result === 'returned').at(-1)?.comment ?? agreement.failureReason;
  return (
    <div className="status-banner status-banner--failed" role="alert">
      <strong>退回修改</strong>
      <p>审核意见:{comment || '未说明'}</p>
      <p className="status-banner__hint">请按意见修改后重新提交,提交后将重新进入院系、学校审核。</p>
    </div>
  );
}
