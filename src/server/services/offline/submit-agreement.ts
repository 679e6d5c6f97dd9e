import type { OfflineAgreementInput, PaperAgreementInput } from '../../../contract/offline';
import { firstReviewStatus } from '../../../domain/agreement/status';
import { invalidField } from '../../../domain/errors';
import { schoolOf } from '../../auth/access';
import { isUniqueViolation } from '../../db/constraint-errors';
import { insertAgreement } from '../../db/repositories/agreement-repository';
import { deleteDraft } from '../../db/repositories/agreement-draft-repository';
import { findVerifiedEmployerId } from '../../db/repositories/employer-repository';
import { insertAgreementFiles } from '../../db/repositories/agreement-file-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import type { FileStore } from '../../files/file-store';
import type { ServiceContext } from '../context';
import { refuseIfSlotHeld, slotConflict } from '../agreement/signing-slot';
import { termsColumns, UNDECIDED_COLUMNS } from '../agreement/terms-columns';
import { requireConfirmedRecord } from '../student/get-own-record';
import { storeScans, type Upload } from './store-scans';

export const MAX_SCAN_PAGES = 10;

export type Submission =
  | { kind: 'offline'; input: OfflineAgreementInput; scans?: undefined }
  | { kind: 'paper'; input: PaperAgreementInput; scans: Upload[] };

/** The agreement's 单位信息 columns from the form; a registered, verified employer is linked by its code. */
export async function employerColumns(db: Executor, input: OfflineAgreementInput) {
  return {
    employer_id: (await findVerifiedEmployerId(db, input.employerUscc)) ?? null,
    employer_name: input.employerName,
    employer_uscc: input.employerUscc,
    employer_nature_code: input.employerNatureCode,
    employer_industry_code: input.employerIndustryCode,
    employer_region_code: input.employerRegionCode,
    employer_address: input.employerAddress,
  };
}

/**
 * 提交 the 申请签约 form (线下签约) or the 纸质协议书登记 (DOMAIN §4.2, §4.3): it takes the signing slot and
 * goes to review; the draft of that kind is removed in the same transaction.
 */
export async function submitAgreement(
  context: ServiceContext & { files: FileStore },
  accountId: number,
  submission: Submission,
): Promise<number> {
  const { db, config } = context;
  const record = await requireConfirmedRecord(db, accountId, config.cohort);
  if (submission.kind === 'paper' && submission.scans.length === 0) {
    throw invalidField('scans', '请上传纸质协议书扫描件(JPG/PNG/PDF,可多页)');
  }
  await refuseIfSlotHeld(db, record.id);
  const school = await schoolOf(db, record.school_id);
  const status = firstReviewStatus(school.review_chain);
  const now = new Date().toISOString();
  try {
    return await db.transaction().execute(async (trx) => {
      const scans = submission.kind === 'paper' ? await storeScans(trx, context.files, submission.scans, 'scans', '扫描件') : [];
      const id = await insertAgreement(trx, {
        kind: submission.kind,
        status,
        school_id: record.school_id,
        college_id: record.college_id,
        student_record_id: record.id,
        created_by_account_id: accountId,
        valid_days: null,
        invited_at: null,
        deadline_at: null,
        ...(await employerColumns(trx, submission.input)),
        ...termsColumns(submission.input),
        ...UNDECIDED_COLUMNS,
        paper_agreement_number: submission.kind === 'paper' ? submission.input.paperAgreementNumber : null,
        created_at: now,
        updated_at: now,
      });
      if (scans.length > 0) {
        await insertAgreementFiles(trx, {
          agreementId: id,
          schoolId: record.school_id,
          purpose: 'paper_scan',
          round: 1,
          storedFileIds: scans,
          via: 'student',
          accountId,
        });
      }
      await deleteDraft(trx, record.id, submission.kind);
      await appendAuditEvent(trx, {
        actor: context.actor,
        entityType: 'agreement',
        entityId: id,
        schoolId: record.school_id,
        action: 'agreement.submitted',
        toStatus: status,
        details: { kind: submission.kind, pages: scans.length },
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await slotConflict(db, record.id);
    throw error;
  }
}
