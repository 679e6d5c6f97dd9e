import type { NewReviewStep, ReviewChain } from '../schema';
import type { Executor } from './executor';

/** Records one stage decision; the unique (subject, round, stage) lets only one reviewer decide it. */
export async function insertReviewStep(db: Executor, step: NewReviewStep): Promise<void> {
  await db.insertInto('review_step').values(step).execute();
}

/** Every decision on the subjects named (an agreement's content and its sealed scan), in order. */
export async function listReviewSteps(db: Executor, subjectTypes: string[], subjectId: number) {
  return db
    .selectFrom('review_step')
    .selectAll()
    .where('subject_type', 'in', subjectTypes)
    .where('subject_id', '=', subjectId)
    .orderBy('id')
    .execute();
}

/** The school's review chain (DOMAIN §7). */
export async function updateReviewChain(db: Executor, schoolId: number, chain: ReviewChain): Promise<void> {
  await db.updateTable('school').set({ review_chain: chain }).where('id', '=', schoolId).execute();
}
