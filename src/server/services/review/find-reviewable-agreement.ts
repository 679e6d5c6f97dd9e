import { AppError, AppErrorCode } from '../../../domain/errors';
import { isInScope, reviewerScope, type ReviewerScope } from '../../auth/access';
import type { Agreement } from '../../db/schema';
import { findAgreement } from '../../db/repositories/agreement-repository';
import type { Executor } from '../../db/repositories/executor';
import { REVIEWER_VISIBLE } from './list-review-queue';

/**
 * The agreement as a reviewer may see it: in his scope and past the invitation. Anything else (missing,
 * another college's, an unanswered invitation) is the same 404 whether he reads it, decides it or asks
 * for its files, so no answer tells which.
 */
export async function findReviewableAgreement(
  db: Executor,
  reviewer: { accountId: number; role: ReviewerScope['role'] },
  agreementId: number,
): Promise<Agreement> {
  const agreement = await findAgreement(db, agreementId);
  const scope = await reviewerScope(db, reviewer.accountId, reviewer.role);
  if (!agreement || !isInScope(scope, agreement) || !REVIEWER_VISIBLE.includes(agreement.status)) {
    throw new AppError(AppErrorCode.NotFound, '协议不存在或不在你的审核范围内');
  }
  return agreement;
}
