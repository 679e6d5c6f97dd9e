/**
 * The review workflow every reviewed thing follows (DOMAIN §7): it waits at a stage of its chain (院系,
 * then 学校), the reviewer of that stage decides one of the results the subject allows, and the last
 * stage's 通过 finishes the review. What a result does to its subject is the subject's own business.
 */
export const REVIEW_STAGES = ['college', 'school'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];
/** What a reviewer may say at a stage: 通过, 不通过, 退回修改 (each subject says which it allows). */
export const REVIEW_RESULTS = ['approved', 'rejected', 'returned'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export type ReviewerRole = 'college_reviewer' | 'school_admin';
/** The school's chain: 院系 → 学校, or 学校 only. */
export const REVIEW_CHAINS = ['college_school', 'school_only'] as const;
export type ReviewChain = (typeof REVIEW_CHAINS)[number];

/**
 * What is reviewed. Each kind is one row of review history (`review_step.subject_type`): an agreement's
 * content and its sealed scan are two kinds of the same agreement.
 */
export type ReviewKind =
  | 'agreement'
  | 'agreement_scan'
  | 'registration'
  | 'destination_cancellation'
  | 'termination'
  | 'info_import'
  | 'info_update';

export const STAGE_OF_ROLE: Record<ReviewerRole, ReviewStage> = { college_reviewer: 'college', school_admin: 'school' };
/** Who reviews at the stage, as messages name it. */
export const STAGE_REVIEWER_NAMES: Record<ReviewStage, string> = { college: '院系', school: '学校' };
/** The result as the screens and the review history name it. */
export const RESULT_NAMES: Record<ReviewResult, string> = { approved: '通过', rejected: '不通过', returned: '退回修改' };
/** 退回修改 and 不通过 tell the student why; 通过 may say nothing. */
export const COMMENT_REQUIRED: Record<ReviewResult, boolean> = { approved: false, returned: true, rejected: true };
export const COMMENT_REQUIRED_MESSAGE = '退回修改或审核不通过时须填写意见,说明原因和修改要求';

/**
 * How a kind's chain follows the school's: `school_chain` takes the school's as it is; `school_only`
 * is reviewed by 学校 alone unless the school adds 院系 for that kind (e.g. 解约).
 */
export type KindChainRule = 'school_chain' | 'school_only';
export const KIND_CHAIN_RULES: Record<ReviewKind, KindChainRule> = {
  agreement: 'school_chain',
  agreement_scan: 'school_chain',
  registration: 'school_chain',
  destination_cancellation: 'school_chain',
  termination: 'school_only',
  info_import: 'school_chain',
  info_update: 'school_chain',
};

/** A school's choice for one kind; a kind without one follows its rule. */
export type KindChainSettings = Partial<Record<ReviewKind, ReviewChain>>;

/** The stages a kind goes through at a school, in order. */
export function stagesOf(kind: ReviewKind, schoolChain: ReviewChain, settings: KindChainSettings = {}): ReviewStage[] {
  const chain = settings[kind] ?? (KIND_CHAIN_RULES[kind] === 'school_only' ? 'school_only' : schoolChain);
  return chain === 'college_school' ? ['college', 'school'] : ['school'];
}

/** The stage after `stage`, or undefined when `stage` is the last (its 通过 finishes the review). */
export function stageAfter(stages: readonly ReviewStage[], stage: ReviewStage): ReviewStage | undefined {
  return stages[stages.indexOf(stage) + 1];
}

/** Why a decision cannot be taken as given, or undefined when it can. */
export function decisionRefusal(
  allowed: readonly ReviewResult[],
  decision: { result: ReviewResult; comment?: string | undefined },
): 'result_not_allowed' | 'comment_required' | undefined {
  if (!allowed.includes(decision.result)) return 'result_not_allowed';
  if (COMMENT_REQUIRED[decision.result] && !decision.comment?.trim()) return 'comment_required';
  return undefined;
}
