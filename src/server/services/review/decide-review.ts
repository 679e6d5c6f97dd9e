import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import {
  COMMENT_REQUIRED_MESSAGE,
  decisionRefusal,
  STAGE_OF_ROLE,
  stageAfter,
  stagesOf,
} from '../../../domain/review/workflow';
import { authorize, schoolOf } from '../../auth/access';
import { isUniqueViolation } from '../../db/constraint-errors';
import { findAccountById } from '../../db/repositories/account-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { insertReviewStep } from '../../db/repositories/review-repository';
import type { ServiceContext } from '../context';
import type { Decision, Reviewable, Reviewer, ReviewSubject } from './review-subject';

/**
 * 审核 one subject at the reviewer's stage (DOMAIN §7): the result must be one the subject allows, with
 * the comment 退回修改 and 不通过 need; the subject's hook does what the result means. One decision per
 * stage and round is held by the database (unique review step + the hook's conditional update).
 */
export async function decideReview<T extends Reviewable, S extends string>(
  context: ServiceContext,
  subject: ReviewSubject<T, S, unknown, unknown>,
  reviewer: Reviewer,
  id: number,
  decision: Decision,
): Promise<void> {
  const { db } = context;
  const item = await authorize(db, reviewer, subject, id, 'decide');
  const { allowed, refusal } = subject.results(item);
  const refusedBy = decisionRefusal(allowed, decision);
  if (refusedBy === 'result_not_allowed') {
    throw new AppError(AppErrorCode.InvalidInput, refusal.message, [{ path: 'result', message: refusal.field }]);
  }
  if (refusedBy === 'comment_required') {
    throw new AppError(AppErrorCode.InvalidInput, COMMENT_REQUIRED_MESSAGE, [
      { path: 'comment', message: COMMENT_REQUIRED_MESSAGE },
    ]);
  }
  const stage = STAGE_OF_ROLE[reviewer.role];
  const { kind, round } = subject.pending(item);
  const school = await schoolOf(db, item.school_id);
  const account = await findAccountById(db, reviewer.accountId);
  const stale = refused(RefusalReason.AlreadyDecided, subject.staleMessage);
  try {
    await db.transaction().execute(async (trx) => {
      const step = {
        ...decision,
        stage,
        nextStage: stageAfter(stagesOf(kind, school.review_chain), stage),
        decidedAt: new Date().toISOString(),
      };
      await insertReviewStep(trx, {
        subject_type: kind,
        subject_id: item.id,
        school_id: item.school_id,
        round,
        stage,
        result: decision.result,
        comment: decision.comment ?? null,
        reviewer_account_id: reviewer.accountId,
        reviewer_name: account?.real_name ?? '',
        decided_at: step.decidedAt,
      });
      const outcome = await subject.apply(trx, item, step);
      if (!outcome) throw stale;
      await appendAuditEvent(trx, {
        actor: context.actor,
        entityType: subject.entityType,
        entityId: item.id,
        schoolId: item.school_id,
        action: `${kind}.${stage}_review_${decision.result}`,
        fromStatus: outcome.fromStatus,
        toStatus: outcome.toStatus,
        comment: decision.comment ?? null,
        ...(outcome.details ? { details: outcome.details } : {}),
      });
      await subject.notify?.(trx, item, outcome, step);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw stale;
    throw error;
  }
}
