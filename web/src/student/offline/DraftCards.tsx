import { Tag } from 'antd-mobile';
import { Link } from 'react-router';
import { AGREEMENT_KIND_NAMES } from '../../../../src/domain/agreement/status';
import { chinaTime } from '../../common/format';
import type { DraftResponse } from '../../common/types';
import type { FormKind } from './form-values';
import { useDraft } from './use-offline';

function DraftCard({ draft }: { draft: NonNullable<DraftResponse['draft']> }) {
  const employerName = typeof draft.data.employerName === 'string' && draft.data.employerName ? draft.data.employerName : '单位名称未填写';
  const positionTitle = typeof draft.data.positionTitle === 'string' && draft.data.positionTitle ? draft.data.positionTitle : '未填写';
  return (
    <Link to={`/student/${draft.kind}/new`} className="agreement-card agreement-card--draft" aria-label={`草稿:${employerName}`}>
      <span className="agreement-card__head">
        <span className="agreement-card__employer">{employerName}</span>
        <Tag color="warning" fill="outline" className="agreement-card__tag">
          草稿
        </Tag>
      </span>
      <span className="agreement-card__rows">
        <span className="agreement-card__row">
          <span className="agreement-card__label">岗位名称</span>
          <span>{positionTitle}</span>
        </span>
        <span className="agreement-card__row">
          <span className="agreement-card__label">签约类型</span>
          <span>{AGREEMENT_KIND_NAMES[draft.kind]}</span>
        </span>
        <span className="agreement-card__row">
          <span className="agreement-card__label">暂存时间</span>
          <span>{chinaTime(draft.updatedAt).slice(0, 16)}</span>
        </span>
      </span>
      <span className="agreement-card__more">尚未提交,学校看不到草稿 · 继续填写 ›</span>
    </Link>
  );
}

function DraftOf({ kind, enabled }: { kind: FormKind; enabled: boolean }) {
  const draft = useDraft(kind, enabled).data?.draft;
  return draft ? <DraftCard draft={draft} /> : null;
}

/**
 * 暂存 forms on 我的签约, each an entry of its own (草稿, 继续填写): saved work must not be findable only
 * inside the 签就业协议书就业 sheet. Hidden while the signing slot is held, when it cannot be submitted.
 */
export function DraftCards({ enabled }: { enabled: boolean }) {
  return (
    <>
      <DraftOf kind="offline" enabled={enabled} />
      <DraftOf kind="paper" enabled={enabled} />
    </>
  );
}
