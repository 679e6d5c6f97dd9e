import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../common/api';
import { chinaTime } from '../../common/format';
import type { StudentRecordResponse } from '../../common/types';
import { useCodes } from '../../common/use-codes';
import { StudentHeader } from '../StudentHeader';
import { useStudentAgreement, useStudentAgreements } from '../use-student-record';
import { AgreementForm } from './AgreementForm';
import { fromAgreement, fromBody, type FormKind } from './form-values';
import { slotHolder, slotHeldReason } from './signing-slot';
import { useDraft } from './use-offline';

function Loading() {
  return (
    <div className="student-center" role="status">
      <SpinLoading color="primary" />
      <span>加载中…</span>
    </div>
  );
}

function Failed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <ErrorBlock status="default" title="加载失败" description={errorMessage(error)}>
      <Button color="primary" onClick={onRetry}>
        重试
      </Button>
    </ErrorBlock>
  );
}

/** 申请签约 (/student/offline/new) or 纸质协议书登记 (/student/paper/new), with the 暂存 draft loaded back. */
export function NewAgreementPage({ kind, status }: { kind: FormKind; status: StudentRecordResponse }) {
  const navigate = useNavigate();
  const agreements = useStudentAgreements();
  const holder = agreements.data ? slotHolder(agreements.data.items) : undefined;
  const draft = useDraft(kind, agreements.data !== undefined && !holder);
  const title = kind === 'paper' ? '纸质协议书登记' : '申请签约';

  // A draft that cannot be read back must not keep the student from filling the form.
  const draftUnreadable = draft.isError && !(draft.error instanceof ApiError && draft.error.status < 500);
  if (agreements.isError || (draft.isError && !draftUnreadable)) {
    return (
      <>
        <StudentHeader title={title} onBack={() => navigate('/student')} />
        <Failed
          error={agreements.error ?? draft.error}
          onRetry={() => void (agreements.isError ? agreements.refetch() : draft.refetch())}
        />
      </>
    );
  }
  if (holder) {
    return (
      <>
        <StudentHeader title={title} onBack={() => navigate('/student')} />
        <ErrorBlock status="default" title="暂不能再申请签约" description={slotHeldReason(holder)}>
          <Button color="primary" onClick={() => navigate(`/student/agreements/${holder.id}`)}>
            查看我的协议
          </Button>
        </ErrorBlock>
      </>
    );
  }
  if (draftUnreadable) {
    return (
      <AgreementForm
        key={kind}
        kind={kind}
        initial={{}}
        hasDraft
        notice="暂存的内容暂时无法载入,请重新填写;再次暂存会覆盖之前暂存的内容。"
        record={status.record}
      />
    );
  }
  if (!draft.data) return <Loading />;
  const saved = draft.data.draft;
  return (
    <AgreementForm
      key={kind}
      kind={kind}
      initial={saved ? fromBody(saved.data) : {}}
      hasDraft={saved !== null}
      notice={saved ? `已载入 ${chinaTime(saved.updatedAt).slice(0, 16)} 暂存的内容。` : undefined}
      record={status.record}
    />
  );
}

/** 退回修改: the returned agreement in the form, with the reviewer's comment on top. */
export function EditAgreementPage({ status }: { status: StudentRecordResponse }) {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const query = useStudentAgreement(id);
  const nature = useCodes('employer-nature');
  const industry = useCodes('industry');
  const position = useCodes('position-category');
  const hukou = useCodes('hukou-handling');
  const region = useCodes('region');
  const tables = [nature, industry, position, hukou, region];
  const failed = [query, ...tables].find((item) => item.isError);

  if (failed) {
    return (
      <>
        <StudentHeader title="修改协议信息" onBack={() => navigate(`/student/agreements/${id}`)} />
        <Failed error={failed.error} onRetry={() => void failed.refetch()} />
      </>
    );
  }
  if (!query.data || tables.some((table) => !table.data)) return <Loading />;
  const { agreement } = query.data;
  if (!agreement.canEdit || agreement.kind === 'online') {
    return (
      <>
        <StudentHeader title="修改协议信息" onBack={() => navigate(`/student/agreements/${id}`)} />
        <ErrorBlock
          status="default"
          title="该协议现在不能修改"
          description={`该协议当前为「${agreement.statusLabel}」,只有被退回修改的协议才能修改后重新提交。`}
        >
          <Button color="primary" onClick={() => navigate(`/student/agreements/${id}`)}>
            返回协议详情
          </Button>
        </ErrorBlock>
      </>
    );
  }
  return (
    <AgreementForm
      key={agreement.id}
      kind={agreement.kind}
      agreement={agreement}
      record={status.record}
      initial={fromAgreement(agreement, {
        nature: nature.data!.items,
        industry: industry.data!.items,
        position: position.data!.items,
        hukou: hukou.data!.items,
        region: region.data!.items,
      })}
    />
  );
}
