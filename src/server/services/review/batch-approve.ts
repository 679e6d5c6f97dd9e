import { AppError } from '../../../domain/errors';
import type { ReviewerScope } from '../../auth/access';
import type { ServiceContext } from '../context';
import { decideReview } from './decide-review';

/** 批量通过: each agreement is decided on its own; those that cannot be are reported, not half-done. */
export async function batchApprove(
  context: ServiceContext,
  reviewer: { accountId: number; role: ReviewerScope['role'] },
  ids: number[],
  comment: string | undefined,
) {
  const approved: number[] = [];
  const skipped: { id: number; message: string }[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await decideReview(context, reviewer, id, { result: 'approved', comment });
      approved.push(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ id, message: error.message });
    }
  }
  return { approved, skipped };
}
