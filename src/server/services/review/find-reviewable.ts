import { authorize } from '../../auth/access';
import type { Executor } from '../../db/repositories/executor';
import type { Reviewable, Reviewer, ReviewSubject } from './review-subject';

/**
 * The subject as a reviewer may see it: in his scope and his to see. Anything else (missing, another
 * college's, an unanswered invitation) is the same 404 whether he reads it, decides it or asks for its
 * files, so no answer tells which.
 */
export function findReviewable<T extends Reviewable, S extends string>(
  db: Executor,
  subject: ReviewSubject<T, S, unknown, unknown>,
  reviewer: Reviewer,
  id: number,
): Promise<T> {
  return authorize(db, reviewer, subject, id, 'read');
}
