/**
 * The life of an agreement (就业协议). An online agreement starts as a 签约邀请 (`invited`) and becomes an
 * agreement when the student accepts; offline and paper agreements (later paths) join at review.
 */
export const AgreementStatus = {
  /** 签约邀请 sent, waiting for the student's 接受 / 拒绝 before the deadline. */
  Invited: 'invited',
  /** The student declined (拒绝). */
  Declined: 'declined',
  /** The deadline passed without an answer (已失效). */
  Expired: 'expired',
  /** The employer took the invitation back before the answer (已撤回). */
  Withdrawn: 'withdrawn',
  /** Accepted; waiting for the college's review (院系审核). */
  CollegeReview: 'college_review',
  /** Waiting for the school's review (学校审核). */
  SchoolReview: 'school_review',
  /** A review stage said 不通过 (签约失败). */
  Failed: 'failed',
  /** Approved by the school: 签约成功, 已生效. */
  Effective: 'effective',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];

/** Statuses that hold the student's one signing slot (DOMAIN §5.1); the database index mirrors this list. */
export const SLOT_HOLDING_STATUSES: readonly AgreementStatus[] = ['college_review', 'school_review', 'effective'];

export function holdsSlot(status: AgreementStatus): boolean {
  return SLOT_HOLDING_STATUSES.includes(status);
}

/** The 签约状态 a student and an employer see. */
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  invited: '未生效(待应约)',
  declined: '已拒绝',
  expired: '已失效',
  withdrawn: '已撤回',
  college_review: '院系审核中',
  school_review: '学校审核中',
  failed: '签约失败',
  effective: '已生效',
};

export type AgreementAction = 'accept' | 'decline' | 'expire' | 'withdraw' | 'approve' | 'reject';
export type ReviewStage = 'college' | 'school';

/** Allowed transitions: (from, action) → to. Anything else is refused as stale. */
const TRANSITIONS: Partial<Record<AgreementStatus, Partial<Record<AgreementAction, AgreementStatus>>>> = {
  invited: { decline: 'declined', expire: 'expired', withdraw: 'withdrawn' },
  college_review: { approve: 'school_review', reject: 'failed' },
  school_review: { approve: 'effective', reject: 'failed' },
};

export function nextStatus(from: AgreementStatus, action: AgreementAction): AgreementStatus | undefined {
  return TRANSITIONS[from]?.[action];
}

/** Where an accepted agreement goes first, by the school's review chain. */
export function firstReviewStatus(chain: 'college_school' | 'school_only'): AgreementStatus {
  return chain === 'college_school' ? 'college_review' : 'school_review';
}

export function reviewStageOf(status: AgreementStatus): ReviewStage | undefined {
  if (status === 'college_review') return 'college';
  if (status === 'school_review') return 'school';
  return undefined;
}
