import { STAGE_OF_ROLE } from '../../../domain/review/workflow';
import { reviewerScope } from '../../auth/access';
import type { Executor } from '../../db/repositories/executor';
import type { Reviewable, Reviewer, ReviewSubject } from './review-subject';

export type Paging = { page: number; pageSize: number };

/** 审核列表: one page of the subjects in the reviewer's scope, with the total his filter matches. */
export async function listReviewQueue<T extends Reviewable, S extends string, F extends Paging, V>(
  db: Executor,
  subject: ReviewSubject<T, S, F, V>,
  reviewer: Reviewer,
  filter: F,
): Promise<{ total: number; items: V[] }> {
  const scope = await reviewerScope(db, reviewer.accountId, reviewer.role);
  // A college reviewer without a college sees nothing, rather than the whole school.
  if (scope.collegeIds !== 'all' && scope.collegeIds.length === 0) return { total: 0, items: [] };
  return subject.queue(db, {
    scope,
    stage: STAGE_OF_ROLE[reviewer.role],
    filter,
    limit: filter.pageSize,
    offset: (filter.page - 1) * filter.pageSize,
  });
}
