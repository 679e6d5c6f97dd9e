import type { ReviewChain } from '../../db/schema';
import { appendAuditEvent } from '../../db/repositories/audit-repository';
import { updateReviewChain } from '../../db/repositories/review-repository';
import type { ServiceContext } from '../context';
import { reviewerScope, schoolOf } from '../../auth/access';

/** The school chooses its chain: 院系 → 学校, or 学校 only; agreements already in review keep their stage. */
export async function setReviewChain(context: ServiceContext, accountId: number, chain: ReviewChain) {
  const { db } = context;
  const { schoolId } = await reviewerScope(db, accountId, 'school_admin');
  const school = await schoolOf(db, schoolId);
  if (school.review_chain === chain) return;
  await db.transaction().execute(async (trx) => {
    await updateReviewChain(trx, schoolId, chain);
    await appendAuditEvent(trx, {
      actor: context.actor,
      entityType: 'school',
      entityId: schoolId,
      schoolId,
      action: 'school.review_chain_changed',
      fromStatus: school.review_chain,
      toStatus: chain,
    });
  });
}
