import { randomBytes } from 'node:crypto';
import { formatAgreementNumber } from '../../../domain/agreement/agreement-number';
import {
  AGREEMENT_STATUS_LABELS,
  canReturn,
  nextStatus,
  reviewStageOf,
  reviewSubjectOf,
  type AgreementAction,
  type ReviewStage,
} from '../../../domain/agreement/status';
import { AppError, AppErrorCode } from '../../../domain/errors';
import type { ReviewerScope } from '../../auth/access';
import { isUniqueViolation } from '../../db/constraint-errors';
import type { Agreement } from '../../db/schema';
import { findAccountById } from '../../db/repositories/account-repository';
import { nextAgreementSerial, transitionAgreement } from '../../db/repositories/agreement-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { enqueueJob } from '../../db/repositories/job-repository';
import { revokeLiveLinks } from '../../db/repositories/return-link-repository';
import { insertReviewStep } from '../../db/repositories/review-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { accountIdOfRecord, nameOfRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { notifyEmployer, notifyStudent } from '../notifications/notify';
import { findReviewableAgreement } from './find-reviewable-agreement';

export type Decision = { result: 'approved' | 'rejected' | 'returned'; comment?: string | undefined };
const ACTION_OF: Record<Decision['result'], AgreementAction> = { approved: 'approve', rejected: 'reject', returned: 'return' };
type Reviewer = { accountId: number; role: ReviewerScope['role'] };

const STAGE_OF_ROLE: Record<ReviewerScope['role'], ReviewStage> = { college_reviewer: 'college', school_admin: 'school' };
export const AGREEMENT_PDF_JOB = 'agreement_pdf';

/**
 * 审核 one agreement at the reviewer's stage (DOMAIN §7): 通过 moves it on — the school's 通过 makes an
 * online or paper agreement effective, and an offline one 就业协议审核通过 (waiting for the sealed scan),
 * each with its 协议编号 — 退回修改 (offline and paper only) hands it back to the student, and 不通过
 * ends it (签约失败 / 已作废) with the reason. One decision per stage and round is held by the database
 * (unique review step + conditional status update).
 */
export async function decideReview(context: ServiceContext, reviewer: Reviewer, agreementId: number, decision: Decision) {
  const { db } = context;
  const agreement = await findReviewableAgreement(db, reviewer, agreementId);
  const stage = STAGE_OF_ROLE[reviewer.role];
  if (reviewStageOf(agreement.status) !== stage) {
    throw new AppError(
      AppErrorCode.StaleState,
      `该协议当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,不在${stage === 'college' ? '院系' : '学校'}审核环节,请刷新后查看`,
    );
  }
  if (decision.result === 'returned' && !canReturn(agreement.kind)) {
    throw new AppError(AppErrorCode.InvalidInput, '线上签约不能退回修改,请选择通过或不通过', [
      { path: 'result', message: '线上签约只能通过或不通过' },
    ]);
  }
  const to = nextStatus(agreement.status, ACTION_OF[decision.result], agreement.kind);
  if (!to) throw staleDecision();
  const subject = reviewSubjectOf(agreement.status);
  const account = await findAccountById(db, reviewer.accountId);
  // 协议编号 is assigned when the agreement document is first generated (DOMAIN §8).
  const generatesDocument = (to === 'effective' || to === 'awaiting_scan') && agreement.agreement_number === null;
  try {
    await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      await insertReviewStep(trx, {
        subject_type: subject,
        subject_id: agreement.id,
        school_id: agreement.school_id,
        round: subject === 'agreement' ? agreement.review_round : agreement.scan_round,
        stage,
        result: decision.result,
        comment: decision.comment ?? null,
        reviewer_account_id: reviewer.accountId,
        reviewer_name: account?.real_name ?? '',
        decided_at: now,
      });
      // An ended agreement needs no sealed scan: a link sent during the upload must not outlive it. Links
      // are locked before the agreement, as a link upload does, so the two cannot deadlock.
      const revokedLinks = to === 'effective' || to === 'voided' ? await revokeLiveLinks(trx, agreement.id, now) : 0;
      const changed = await transitionAgreement(trx, agreement.id, agreement.status, {
        status: to,
        failure_reason: decision.result === 'approved' ? null : (decision.comment ?? null),
        ...(generatesDocument ? await documentFields(trx, agreement) : {}),
        ...(to === 'effective' ? { effective_at: now } : {}),
      });
      if (!changed) throw staleDecision();
      // An offline agreement approved before has its pre-seal document; effective, it gets its final one.
      const documentJob = generatesDocument ? `agreement_pdf:${agreement.id}` : to === 'effective' ? `agreement_pdf:${agreement.id}:final` : null;
      if (documentJob) {
        await enqueueJob(trx, { kind: AGREEMENT_PDF_JOB, payload: { agreementId: agreement.id }, dedupeKey: documentJob });
      }
      await appendAuditEvent(trx, {
        actor: context.actor,
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: `${subject}.${stage}_review_${decision.result}`,
        fromStatus: agreement.status,
        toStatus: to,
        comment: decision.comment ?? null,
        ...(revokedLinks > 0 ? { details: { returnLinksRevoked: revokedLinks } } : {}),
      });
      await notifyParties(trx, agreement, to, decision.comment);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleDecision();
    throw error;
  }
}

function staleDecision(): AppError {
  return new AppError(AppErrorCode.StaleState, '该协议已由其他审核人处理,请刷新后查看');
}

/** 协议编号 and verification code, assigned in the approving transaction. */
async function documentFields(db: Executor, agreement: Agreement) {
  const record = await db
    .selectFrom('student_record')
    .select(['cohort', 'education_level_code'])
    .where('id', '=', agreement.student_record_id)
    .executeTakeFirstOrThrow();
  const school = await findSchool(db, agreement.school_id);
  const serial = await nextAgreementSerial(db, {
    cohort: record.cohort,
    schoolId: agreement.school_id,
    educationLevelCode: record.education_level_code,
  });
  return {
    agreement_number: formatAgreementNumber({
      cohort: record.cohort,
      schoolCode: school!.code,
      educationLevelCode: record.education_level_code,
      serial,
    }),
    // 16 characters from an unambiguous alphabet: unguessable, and easy to read aloud or type.
    verification_code: randomCode(16),
  };
}

function randomCode(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

const KIND_WORDS = { online: '就业协议', offline: '线下登记的就业协议', paper: '纸质就业协议书登记' } as const;

async function notifyParties(db: Executor, agreement: Agreement, to: Agreement['status'], comment: string | undefined) {
  const kind = KIND_WORDS[agreement.kind];
  // The student reads about his agreement with the employer; the employer about the student by name.
  const student = resultText(to, `与${agreement.employer_name}的${kind}`, comment);
  if (!student) return;
  await notifyStudent(db, await accountIdOfRecord(db, agreement.student_record_id), { ...student, link: `/student/agreements/${agreement.id}` });
  const employer = resultText(to, `${await nameOfRecord(db, agreement.student_record_id)}的${kind}`, comment)!;
  await notifyEmployer(db, agreement.employer_id, { ...employer, link: `/employer/agreements/${agreement.id}` });
}

function resultText(to: Agreement['status'], what: string, comment: string | undefined) {
  const texts: Partial<Record<Agreement['status'], { title: string; body: string }>> = {
    school_review: { title: '院系审核通过', body: `${what}已通过院系审核,等待学校审核` },
    scan_school_review: { title: '协议书院系审核通过', body: `${what}回传的协议书已通过院系审核,等待学校审核` },
    awaiting_scan: {
      title: '就业协议审核通过',
      body: `${what}已审核通过,请下载电子协议书,请用人单位盖章后回传协议书`,
    },
    effective: { title: '签约成功', body: `${what}已通过学校审核,签约成功` },
    returned: { title: '退回修改', body: `${what}被退回修改,意见:${comment ?? ''}` },
    scan_returned: { title: '协议书退回修改', body: `${what}回传的协议书被退回,请重新上传。意见:${comment ?? ''}` },
    failed: { title: '签约失败', body: `${what}审核不通过,原因:${comment ?? ''}` },
    voided: { title: '审核不通过,已作废', body: `${what}审核不通过,已作废,需重新填写提交。原因:${comment ?? ''}` },
  };
  return texts[to];
}
