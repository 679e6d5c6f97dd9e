import { randomBytes } from 'node:crypto';
import { formatAgreementNumber } from '../../../domain/agreement/agreement-number';
import { AGREEMENT_STATUS_LABELS, nextStatus, reviewStageOf, type ReviewStage } from '../../../domain/agreement/status';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { isInScope, reviewerScope, type ReviewerScope } from '../../auth/access';
import { isUniqueViolation } from '../../db/constraint-errors';
import type { Agreement } from '../../db/schema';
import { findAccountById } from '../../db/repositories/account-repository';
import { findAgreement, nextAgreementSerial, transitionAgreement } from '../../db/repositories/agreement-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { enqueueJob } from '../../db/repositories/job-repository';
import { insertReviewStep } from '../../db/repositories/review-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { accountIdOfRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { notifyEmployer, notifyStudent } from '../notifications/notify';

export type Decision = { result: 'approved' | 'rejected'; comment?: string | undefined };
type Reviewer = { accountId: number; role: ReviewerScope['role'] };

const STAGE_OF_ROLE: Record<ReviewerScope['role'], ReviewStage> = { college_reviewer: 'college', school_admin: 'school' };
export const AGREEMENT_PDF_JOB = 'agreement_pdf';

/**
 * 审核 one agreement at the reviewer's stage (DOMAIN §7): 通过 moves it on — at the school stage it becomes
 * effective with its 协议编号 — and 不通过 ends it as 签约失败 with the reason. One decision per stage is
 * held by the database (unique review step + conditional status update).
 */
export async function decideReview(context: ServiceContext, reviewer: Reviewer, agreementId: number, decision: Decision) {
  const { db } = context;
  const scope = await reviewerScope(db, reviewer.accountId, reviewer.role);
  const agreement = await findAgreement(db, agreementId);
  if (!agreement || !isInScope(scope, agreement)) throw new AppError(AppErrorCode.NotFound, '协议不存在或不在你的审核范围内');
  const stage = STAGE_OF_ROLE[reviewer.role];
  if (reviewStageOf(agreement.status) !== stage) {
    throw new AppError(
      AppErrorCode.StaleState,
      `该协议当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,不在${stage === 'college' ? '院系' : '学校'}审核环节,请刷新后查看`,
    );
  }
  const account = await findAccountById(db, reviewer.accountId);
  const to = decision.result === 'approved' ? nextStatus(agreement.status, 'approve')! : 'failed';
  try {
    await db.transaction().execute(async (trx) => {
      const now = new Date().toISOString();
      await insertReviewStep(trx, {
        subject_type: 'agreement',
        subject_id: agreement.id,
        school_id: agreement.school_id,
        round: agreement.review_round,
        stage,
        result: decision.result,
        comment: decision.comment ?? null,
        reviewer_account_id: reviewer.accountId,
        reviewer_name: account?.real_name ?? '',
        decided_at: now,
      });
      const effective = to === 'effective' ? await effectiveFields(trx, agreement, now) : {};
      const changed = await transitionAgreement(trx, agreement.id, agreement.status, {
        status: to,
        failure_reason: to === 'failed' ? (decision.comment ?? null) : null,
        ...effective,
      });
      if (!changed) throw staleDecision();
      if (to === 'effective') {
        await enqueueJob(trx, { kind: AGREEMENT_PDF_JOB, payload: { agreementId: agreement.id }, dedupeKey: `agreement_pdf:${agreement.id}` });
      }
      await appendAuditEvent(trx, {
        actor: context.actor,
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: `agreement.${stage}_review_${decision.result}`,
        fromStatus: agreement.status,
        toStatus: to,
        comment: decision.comment ?? null,
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

/** 协议编号, verification code and effective time, assigned in the approving transaction. */
async function effectiveFields(db: Executor, agreement: Agreement, now: string) {
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
    effective_at: now,
  };
}

function randomCode(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

async function notifyParties(db: Executor, agreement: Agreement, to: Agreement['status'], comment: string | undefined) {
  const texts: Partial<Record<Agreement['status'], { title: string; body: string }>> = {
    school_review: { title: '院系审核通过', body: `与${agreement.employer_name}的就业协议已通过院系审核,等待学校审核` },
    effective: { title: '签约成功', body: `与${agreement.employer_name}的就业协议已通过学校审核,签约成功,可查看和下载电子就业协议书` },
    failed: { title: '签约失败', body: `与${agreement.employer_name}的就业协议审核不通过,原因:${comment ?? ''}` },
  };
  const text = texts[to];
  if (!text) return;
  await notifyStudent(db, await accountIdOfRecord(db, agreement.student_record_id), { ...text, link: `/student/agreements/${agreement.id}` });
  await notifyEmployer(db, agreement.employer_id, { ...text, link: `/employer/agreements/${agreement.id}` });
}
