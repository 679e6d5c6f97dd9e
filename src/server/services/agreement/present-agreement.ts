import type { AgreementView } from '../../../contract/agreement';
import {
  AGREEMENT_KIND_NAMES,
  AGREEMENT_STATUS_LABELS,
  holdsSlot,
  nextStatus,
  RESULT_NAMES,
  SCAN_STAGE_NAMES,
  SLOT_HOLDING_STATUSES,
  STAGE_NAMES,
} from '../../../domain/agreement/status';
import { formatChinaTime, isBeforeDeadline } from '../../../domain/agreement/deadline';
import { codeName, educationLevelGroup, regionPath } from '../../../domain/codes';
import { maskIdNumber } from '../../../domain/masking';
import type { Agreement } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findSlotHolder } from '../../db/repositories/agreement-repository';
import { listReviewSteps } from '../../db/repositories/review-repository';
import { findAgreementStudent, type AgreementStudent } from '../../db/repositories/student-record-repository';

export type Viewer = 'student' | 'employer' | 'staff';

/**
 * Everything a person sees of one agreement: 签约信息, 单位信息, 学生信息 and the review history. A caller
 * that has the agreement's student record at hand passes it, so it is not read again.
 */
export async function presentAgreement(
  db: Executor,
  agreement: Agreement,
  viewer: Viewer,
  record?: AgreementStudent & { id: number },
): Promise<AgreementView> {
  const student = record?.id === agreement.student_record_id ? record : await findAgreementStudent(db, agreement.student_record_id);
  const reviews = await listReviewSteps(db, ['agreement', 'agreement_scan'], agreement.id);
  const blockedReason = viewer === 'student' ? await studentBlockedReason(db, agreement) : null;
  return {
    id: agreement.id,
    kind: agreement.kind,
    kindName: AGREEMENT_KIND_NAMES[agreement.kind],
    status: agreement.status,
    statusLabel: AGREEMENT_STATUS_LABELS[agreement.status],
    agreementNumber: agreement.agreement_number,
    invitedAt: agreement.invited_at ? formatChinaTime(agreement.invited_at) : null,
    validDays: agreement.valid_days,
    deadlineAt: agreement.deadline_at ? formatChinaTime(agreement.deadline_at) : null,
    deadlineIso: agreement.deadline_at,
    answeredAt: agreement.answered_at ? formatChinaTime(agreement.answered_at) : null,
    effectiveAt: agreement.effective_at ? formatChinaTime(agreement.effective_at) : null,
    failureReason: agreement.failure_reason,
    canAnswer: viewer === 'student' && agreement.status === 'invited' && blockedReason === null,
    canEdit: viewer === 'student' && nextStatus(agreement.status, 'resubmit', agreement.kind) !== undefined,
    canWithdraw:
      viewer === 'student' &&
      agreement.kind !== 'online' &&
      nextStatus(agreement.status, 'withdraw', agreement.kind) !== undefined &&
      !reviews.some((step) => step.subject_type === 'agreement' && step.round === agreement.review_round),
    canUploadScan: viewer === 'student' && nextStatus(agreement.status, 'upload_scan', agreement.kind) !== undefined,
    reviewRound: agreement.review_round,
    scanRound: agreement.scan_round,
    paperAgreementNumber: agreement.paper_agreement_number,
    blockedReason,
    hasPdf: holdsSlot(agreement.status) && currentDocumentId(agreement) !== null,
    hasPresealPdf: agreement.status === 'effective' && agreement.preseal_pdf_file_id !== null,
    verificationCode: agreement.status === 'effective' ? agreement.verification_code : null,
    terms: {
      positionCategoryName: codeName('position-category', agreement.position_category_code) ?? agreement.position_category_code,
      positionTitle: agreement.position_title,
      probation: agreement.probation,
      probationSalary: agreement.probation_salary,
      regularSalary: agreement.regular_salary,
      breachPenalty: agreement.breach_penalty,
      reportLocation: agreement.report_location,
      reportDeadline: agreement.report_deadline,
      workLocation: agreement.work_location,
      hukouHandlingName: codeName('hukou-handling', agreement.hukou_handling_code) ?? agreement.hukou_handling_code,
      supplement: agreement.supplement,
    },
    employer: {
      name: agreement.employer_name,
      uscc: agreement.employer_uscc,
      natureName: codeName('employer-nature', agreement.employer_nature_code) ?? agreement.employer_nature_code,
      industryName: codeName('industry', agreement.employer_industry_code) ?? agreement.employer_industry_code,
      regionName: regionPath(agreement.employer_region_code),
      address: agreement.employer_address,
      contactName: agreement.contact_name,
      contactPhone: agreement.contact_phone,
      contactMobile: agreement.contact_mobile,
      contactEmail: agreement.contact_email,
    },
    student: {
      name: student.name,
      genderName: codeName('gender', student.gender_code) ?? student.gender_code,
      idNumberMasked: maskIdNumber(student.id_number),
      schoolName: student.school_name,
      collegeName: student.college_name,
      levelName: educationLevelGroup(student.education_level_code) ?? student.education_level_code,
      majorName: student.major_name,
      cohort: student.cohort,
    },
    reviews: reviews.map((step) => ({
      stage: step.stage,
      stageName: (step.subject_type === 'agreement_scan' ? SCAN_STAGE_NAMES : STAGE_NAMES)[step.stage],
      result: step.result,
      resultName: RESULT_NAMES[step.result],
      comment: step.comment,
      reviewerName: viewer === 'staff' ? step.reviewer_name : STAGE_NAMES[step.stage].replace('审核', ''),
      decidedAt: formatChinaTime(step.decided_at),
    })),
  };
}

/** The document 下载协议 serves now: an offline agreement has only its pre-seal one until it is effective. */
function currentDocumentId(agreement: Agreement): number | null {
  return agreement.kind === 'offline' && agreement.status !== 'effective' ? agreement.preseal_pdf_file_id : agreement.pdf_file_id;
}

/** Why a student cannot answer an invitation now: its deadline passed, or another agreement holds the slot. */
async function studentBlockedReason(db: Executor, agreement: Agreement): Promise<string | null> {
  if (agreement.status !== 'invited') return null;
  if (agreement.deadline_at && !isBeforeDeadline(new Date(), agreement.deadline_at)) {
    return '已超过应约截止时间,该邀请已失效';
  }
  const holder = await findSlotHolder(db, agreement.student_record_id, SLOT_HOLDING_STATUSES);
  if (holder) {
    return `你已与「${holder.employer_name}」签约(${AGREEMENT_STATUS_LABELS[holder.status]}),每人只能与一家单位签约,其他单位的签约邀请只能查看,无法操作`;
  }
  return null;
}
