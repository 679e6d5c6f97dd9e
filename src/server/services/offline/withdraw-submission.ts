import { AGREEMENT_STATUS_LABELS, nextStatus } from '../../../domain/agreement/status';
import { AppError, RefusalReason, refused } from '../../../domain/errors';
import { agreementVisibleTo } from '../../auth/access';
import type { Agreement } from '../../db/schema';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import type { Executor } from '../../db/repositories/executor';
import { listReviewSteps } from '../../db/repositories/review-repository';
import type { ServiceContext } from '../context';

/** A reviewer has decided on the submission as it stands (its current round). */
async function isDecidedInRound(db: Executor, agreement: Agreement): Promise<boolean> {
  const steps = await listReviewSteps(db, ['agreement'], agreement.id);
  return steps.some((step) => step.round === agreement.review_round);
}

function cannotWithdraw(agreement: Agreement): AppError {
  return refused(
    RefusalReason.NotWithdrawable,
    `该申请当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,审核人员已处理,不能撤回;请刷新后查看`,
  );
}

/**
 * 撤回 of a submitted offline or paper application while no reviewer has decided on it: it becomes
 * 已撤回, frees the signing slot and leaves the reviewers' queue. A decision at the same moment and the
 * 撤回 both change the status only from the one they read, so exactly one of them wins.
 */
export async function withdrawSubmission(context: ServiceContext, accountId: number, agreementId: number): Promise<void> {
  const { db } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'student' });
  if (agreement.kind === 'online') {
    throw refused(RefusalReason.NotWithdrawable, '线上签约的协议不能由学生撤回;签约邀请可在答复前拒绝');
  }
  const to = nextStatus(agreement.status, 'withdraw', agreement.kind);
  if (!to || (await isDecidedInRound(db, agreement))) throw cannotWithdraw(agreement);
  await db.transaction().execute(async (trx) => {
    if (await isDecidedInRound(trx, agreement)) throw cannotWithdraw(agreement);
    if (!(await transitionAgreement(trx, agreement.id, agreement.status, { status: to }))) {
      throw refused(RefusalReason.NotWithdrawable, '审核人员刚刚处理了该申请,不能撤回,请刷新后查看');
    }
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'agreement',
      entityId: agreement.id,
      schoolId: agreement.school_id,
      action: 'agreement.submission_withdrawn',
      fromStatus: agreement.status,
      toStatus: to,
      details: { round: agreement.review_round },
    });
  });
}
