import { AppError } from '../../../domain/errors';
import type { ServiceContext } from '../context';
import { decideReview } from './decide-review';
import type { Reviewable, Reviewer, ReviewSubject } from './review-subject';

/** 批量通过: each subject is decided on its own; those that cannot be are reported, not half-done. */
export async function batchApprove<T extends Reviewable, S extends string>(
  context: ServiceContext,
  subject: ReviewSubject<T, S, unknown, unknown>,
  reviewer: Reviewer,
  ids: number[],
  comment: string | undefined,
) {
  const approved: number[] = [];
  const skipped: { id: number; message: string }[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await decideReview(context, subject, reviewer, id, { result: 'approved', comment });
      approved.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ id, message: error.message });
    }
  }
  return { approved, skipped };
}
