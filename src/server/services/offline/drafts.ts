import type { OfflineDraftInput } from '../../../contract/offline';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { deleteDraft, findDraft, saveDraft } from '../../db/repositories/agreement-draft-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import type { ServiceContext } from '../context';
import { requireConfirmedRecord } from '../student/get-own-record';

type Kind = 'offline' | 'paper';

/** 暂存的申请 of one kind, as typed, or null. */
export async function readAgreementDraft(db: Executor, recordId: number, kind: Kind) {
  const draft = await findDraft(db, recordId, kind);
  return draft ? { kind: draft.kind, data: JSON.parse(draft.data) as Record<string, unknown>, updatedAt: draft.updated_at } : null;
}

/** 暂存: keeps the form as typed; one draft per kind, editable until it is submitted or cancelled. */
export async function saveAgreementDraft(context: ServiceContext, accountId: number, kind: Kind, data: OfflineDraftInput) {
  const { db, config } = context;
  const record = await requireConfirmedRecord(db, accountId, config.cohort);
  await db.transaction().execute(async (trx) => {
    await saveDraft(trx, { studentRecordId: record.id, schoolId: record.school_id, kind, data: JSON.stringify(data) });
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'agreement_draft',
      entityId: record.id,
      schoolId: record.school_id,
      action: `agreement_draft.saved`,
      details: { kind },
    });
  });
}

/** 取消: deletes the draft, and nothing else. */
export async function cancelAgreementDraft(context: ServiceContext, accountId: number, kind: Kind) {
  const { db, config } = context;
  const record = await requireConfirmedRecord(db, accountId, config.cohort);
  await db.transaction().execute(async (trx) => {
    if (!(await deleteDraft(trx, record.id, kind))) throw new AppError(AppErrorCode.NotFound, '没有暂存的申请,无需取消');
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'agreement_draft',
      entityId: record.id,
      schoolId: record.school_id,
      action: 'agreement_draft.cancelled',
      details: { kind },
    });
  });
}
