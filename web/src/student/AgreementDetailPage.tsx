import { useQueryClient } from '@tanstack/react-query';
import { Button, ErrorBlock, NoticeBar, SpinLoading } from 'antd-mobile';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../common/api';
import type { AgreementResponse, AgreementView } from '../common/types';
import { AnswerActions, PdfActions } from './AgreementActions';
import { EmployerSection, ReviewSection, SigningSection, StudentSection } from './AgreementSections';
import { DeadlineCountdown } from './DeadlineCountdown';
import { OfflineDetail } from './offline/OfflineDetail';
import { StatusBanner } from './StatusBanner';
import { StudentHeader } from './StudentHeader';
import { agreementQueryKey, AGREEMENTS_QUERY_KEY, useStudentAgreement } from './use-student-record';

function Detail({ agreement }: { agreement: AgreementView }) {
  const queryClient = useQueryClient();
  const refresh = useCallback(
    (updated?: AgreementView) => {
      if (updated) queryClient.setQueryData<AgreementResponse>(agreementQueryKey(updated.id), { agreement: updated });
      void queryClient.invalidateQueries({ queryKey: agreementQueryKey(agreement.id) });
      void queryClient.invalidateQueries({ queryKey: AGREEMENTS_QUERY_KEY });
    },
    [queryClient, agreement.id],
  );
  const onDeadlinePassed = useCallback(() => refresh(), [refresh]);
  if (agreement.kind !== 'online') return <OfflineDetail agreement={agreement} />;
  const answerable = agreement.canAnswer && agreement.deadlineIso !== null && Date.parse(agreement.deadlineIso) > Date.now();

  return (
    <>
      <StatusBanner agreement={agreement} />
      {agreement.status === 'invited' && agreement.deadlineIso && !agreement.blockedReason ? (
        <DeadlineCountdown deadlineIso={agreement.deadlineIso} onPassed={onDeadlinePassed} />
      ) : null}
      {agreement.blockedReason ? (
        <NoticeBar wrap color="alert" content={agreement.blockedReason} className="agreement-blocked" />
      ) : null}
      <SigningSection agreement={agreement} />
      <EmployerSection agreement={agreement} />
      <StudentSection agreement={agreement} />
      <ReviewSection agreement={agreement} />
      {answerable || agreement.status === 'effective' ? (
        <div className="student-actions">
          {answerable ? <AnswerActions agreement={agreement} onChanged={refresh} /> : null}
          {agreement.status === 'effective' ? <PdfActions agreement={agreement} /> : null}
        </div>
      ) : null}
    </>
  );
}

/** 我的签约 → one invitation or agreement: 签约信息, 单位信息, 学生信息, the answer and the PDF. */
export function AgreementDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const query = useStudentAgreement(id);
  return (
    <>
      <StudentHeader title="我的签约" backLabel="返回我的签约" onBack={() => navigate('/student')} />
      {query.data ? (
        <Detail agreement={query.data.agreement} />
      ) : query.isError ? (
        <ErrorBlock status="default" title="签约信息加载失败" description={errorMessage(query.error)}>
          <Button color="primary" onClick={() => void query.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      ) : (
        <div className="student-center" role="status">
          <SpinLoading color="primary" />
        </div>
      )}
    </>
  );
}
