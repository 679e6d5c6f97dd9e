import { AGREEMENT_STATUS_LABELS, applyChain, nextStatus } from '../../../domain/agreement/status';
import { AppError, AppErrorCode, invalidField, RefusalReason, refused } from '../../../domain/errors';
import { agreementVisibleTo, schoolOf } from '../../auth/access';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { hasAgreementFiles, insertAgreementFiles } from '../../db/repositories/agreement-file-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { FileStore } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { termsColumns } from '../agreement/terms-columns';
import { employerColumns, type Submission } from './submit-agreement';
import { storeScans } from './store-scans';

/**
 * 退回修改 → the student edits and submits again (DOMAIN §4.2 step 1): only a returned agreement can be
 * edited; it goes back to the first review stage as a new round (the reviewer sees 需重审).
 */
export async function resubmitAgreement(
  context: ServiceContext & { files: FileStore },
  accountId: number,
  agreementId: number,
  submission: Submission,
): Promise<void> {
  const { db } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'student' });
  if (agreement.kind !== submission.kind) throw new AppError(AppErrorCode.NotFound, '协议不存在或无权查看');
  const target = nextStatus(agreement.status, 'resubmit', agreement.kind);
  if (!target) {
    throw refused(
      RefusalReason.NotReturned,
      `该协议当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,只有被退回修改的协议才能修改后重新提交`,
    );
  }
  if (submission.kind === 'paper' && submission.scans.length === 0) {
    if (!(await hasAgreementFiles(db, agreement.id))) throw invalidField('scans', '请上传纸质协议书扫描件');
  }
  const school = await schoolOf(db, agreement.school_id);
  const to = applyChain(target, school.review_chain);
  const round = agreement.review_round + 1;
  await db.transaction().execute(async (trx) => {
    const scans = submission.kind === 'paper' ? await storeScans(trx, context.files, submission.scans, 'scans', '扫描件') : [];
    const changed = await transitionAgreement(trx, agreement.id, agreement.status, {
      status: to,
      review_round: round,
      failure_reason: null,
      ...(await employerColumns(trx, submission.input)),
      ...termsColumns(submission.input),
      paper_agreement_number: submission.kind === 'paper' ? submission.input.paperAgreementNumber : null,
    });
    if (!changed) throw refused(RefusalReason.NotReturned, '协议状态已变化,请刷新后查看');
    if (scans.length > 0) {
      await insertAgreementFiles(trx, {
        agreementId: agreement.id,
        schoolId: agreement.school_id,
        purpose: 'paper_scan',
        round,
        storedFileIds: scans,
        via: 'student',
        accountId,
      });
    }
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'agreement',
      entityId: agreement.id,
      schoolId: agreement.school_id,
      action: 'agreement.resubmitted',
      fromStatus: agreement.status,
      toStatus: to,
      details: { round },
    });
  });
}
