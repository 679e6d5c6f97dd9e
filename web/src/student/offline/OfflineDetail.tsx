import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router';
import type { AgreementView } from '../../common/types';
import { PdfActions } from '../AgreementActions';
import { EmployerSection, ReviewSection, SigningSection, StudentSection } from '../AgreementSections';
import { AttachmentList } from './AttachmentList';
import { AssistButton, ReturnLinkList } from './ReturnLinks';
import { WithdrawButton } from './WithdrawButton';

/** What an offline or paper agreement's state means for the student, on top of the page. */
function OfflineBanner({ agreement }: { agreement: AgreementView }) {
  const paper = agreement.kind === 'paper';
  switch (agreement.status) {
    case 'college_review':
    case 'school_review':
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>已提交,{agreement.statusLabel}</strong>
          <p>
            {paper
              ? '院系、学校审核通过后即登记生效;审核结果会通过"消息"通知你。'
              : '院系、学校审核通过后,可下载电子协议书交用人单位盖章;审核结果会通过"消息"通知你。'}
          </p>
          {agreement.reviewRound > 1 ? (
            <p className="status-banner__hint">这是修改后第 {agreement.reviewRound - 1} 次重新提交。</p>
          ) : null}
        </div>
      );
    case 'returned':
      return (
        <div className="status-banner status-banner--failed" role="alert">
          <strong>退回修改</strong>
          <p>审核意见:{agreement.failureReason || '未说明'}</p>
          <p className="status-banner__hint">请点"修改",按意见修改协议信息后重新提交。</p>
        </div>
      );
    case 'scan_college_review':
    case 'scan_school_review':
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>协议书已回传,{agreement.statusLabel}</strong>
          <p>院系、学校对盖章的协议书审核通过后即签约成功;审核结果会通过"消息"通知你。</p>
        </div>
      );
    case 'voided':
      return (
        <div className="status-banner status-banner--failed" role="alert">
          <strong>已作废</strong>
          <p>审核不通过原因:{agreement.failureReason || '未说明'}</p>
          <p className="status-banner__hint">该申请已作废。如仍需签约,请重新填写协议信息提交。</p>
        </div>
      );
    case 'withdrawn':
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>{agreement.statusLabel}</strong>
          <p className="status-banner__hint">你已撤回该申请,学校不再审核。如仍需签约,请重新填写协议信息提交。</p>
        </div>
      );
    case 'effective':
      return (
        <div className="status-banner status-banner--effective" role="status">
          <strong>签约成功,已生效</strong>
          <p>协议编号 {agreement.agreementNumber ?? '-'}</p>
        </div>
      );
    default:
      return (
        <div className="status-banner status-banner--review" role="status">
          <strong>{agreement.statusLabel}</strong>
        </div>
      );
  }
}

/** The seed's 就业协议审核通过! screen: print, have it sealed, send the image back. */
function ApprovedHead({ agreement }: { agreement: AgreementView }) {
  return (
    <>
      <section className="approved-head" aria-label="就业协议审核通过">
        <div className="approved-head__icon" aria-hidden="true">
          ✓
        </div>
        <strong className="approved-head__title">就业协议审核通过!</strong>
        <p className="approved-head__text">请用人单位盖章,并回传协议书图像</p>
        {agreement.hasPdf ? (
          <a className="approved-head__download" href={`/api/student/agreements/${agreement.id}/pdf`} download>
            点击下载电子协议书
          </a>
        ) : (
          <p className="approved-head__pending" role="status">
            电子协议书正在生成,请稍候…
          </p>
        )}
        {agreement.agreementNumber ? (
          <p className="approved-head__number">协议编号 {agreement.agreementNumber}</p>
        ) : null}
      </section>
      {agreement.status === 'scan_returned' ? (
        <div className="status-banner status-banner--failed" role="alert">
          <strong>回传的协议书被退回修改</strong>
          <p>审核意见:{agreement.failureReason || '未说明'}</p>
          <p className="status-banner__hint">请按意见处理后重新回传协议书:本人回传,或请用人单位协助回传。</p>
        </div>
      ) : null}
    </>
  );
}

/** 回传协议书:(二选一) — 本人回传协议书 or 用人单位协助回传协议书. */
function ReturnChoice({ agreement }: { agreement: AgreementView }) {
  const navigate = useNavigate();
  return (
    <section className="return-choice" aria-label="回传协议书">
      <div className="return-choice__title">回传协议书:(二选一)</div>
      <div className="return-choice__buttons">
        <Button block color="primary" size="large" onClick={() => navigate(`/student/agreements/${agreement.id}/scan`)}>
          本人回传协议书
        </Button>
        <AssistButton agreement={agreement} />
      </div>
      <p className="return-choice__note">注: 向用人单位发送协议链接,由单位协助回传。</p>
      <ReturnLinkList agreement={agreement} />
    </section>
  );
}

/** 我的签约 → one offline (线下签约) or paper (纸质协议书登记) agreement, in each of its states. */
export function OfflineDetail({ agreement }: { agreement: AgreementView }) {
  const navigate = useNavigate();
  const awaitingScan = agreement.status === 'awaiting_scan' || agreement.status === 'scan_returned';
  const newForm = agreement.kind === 'paper' ? '/student/paper/new' : '/student/offline/new';

  return (
    <>
      {awaitingScan ? <ApprovedHead agreement={agreement} /> : <OfflineBanner agreement={agreement} />}
      {agreement.canEdit || agreement.status === 'voided' || agreement.status === 'withdrawn' ? (
        <div className="student-actions student-actions--top">
          {agreement.canEdit ? (
            <Button
              block
              color="primary"
              size="large"
              onClick={() => navigate(`/student/agreements/${agreement.id}/edit`)}
            >
              修改
            </Button>
          ) : (
            <Button block color="primary" size="large" onClick={() => navigate(newForm)}>
              重新填写协议信息
            </Button>
          )}
        </div>
      ) : null}
      {agreement.canWithdraw ? (
        <div className="student-actions student-actions--top">
          <WithdrawButton agreement={agreement} />
        </div>
      ) : null}
      <SigningSection agreement={agreement} collapsed={awaitingScan} />
      <EmployerSection agreement={agreement} collapsed={awaitingScan} />
      <StudentSection agreement={agreement} />
      {awaitingScan && agreement.canUploadScan ? <ReturnChoice agreement={agreement} /> : null}
      <AttachmentList
        agreementId={agreement.id}
        title={agreement.kind === 'paper' ? '纸质协议书扫描件' : '已回传的协议书'}
      />
      <ReviewSection agreement={agreement} />
      {agreement.status === 'effective' ? (
        <div className="student-actions">
          <PdfActions agreement={agreement} />
        </div>
      ) : null}
    </>
  );
}
