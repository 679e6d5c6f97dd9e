/**
 * The Chinese names of review's vocabulary, as the screens and messages spell them: what is reviewed, the
 * results a reviewer gives, and the queue's two filters that are not statuses.
 */

/** What one review looks at: the agreement's content, or the sealed scan sent back (签约审核). */
export type ReviewSubjectKind = 'agreement' | 'agreement_scan';
export const REVIEW_SUBJECT_NAMES: Record<ReviewSubjectKind, string> = {
  agreement: '协议审核',
  agreement_scan: '签约审核',
};

// The results and their names (通过 / 退回修改 / 不通过) are the review workflow's.
export { RESULT_NAMES as REVIEW_RESULT_NAMES } from '../review/workflow';
export type { ReviewResult } from '../review/workflow';

/** 待审核 is what waits at the reviewer's own stage; 全部 is every status he can see. */
export type ReviewQueueScope = 'pending' | 'all';
export const REVIEW_QUEUE_SCOPE_NAMES: Record<ReviewQueueScope, string> = { pending: '待审核', all: '全部' };
