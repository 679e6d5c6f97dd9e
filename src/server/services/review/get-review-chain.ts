import type { ReviewChain } from '../../../domain/review/workflow';
import { reviewerScope, schoolOf } from '../../auth/access';
import type { Executor } from '../../db/repositories/executor';

/** The review chain of the school an admin acts for. */
export async function getReviewChain(db: Executor, accountId: number): Promise<ReviewChain> {
  const { schoolId } = await reviewerScope(db, accountId, 'school_admin');
  return (await schoolOf(db, schoolId)).review_chain;
}
