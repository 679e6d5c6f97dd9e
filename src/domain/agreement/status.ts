import type { ReviewChain, ReviewStage } from '../review/workflow';

/**
 * The life of an agreement (就业协议). An online agreement starts as a 签约邀请 (`invited`) and becomes an
 * agreement when the student accepts. Offline (线下签约) and paper (纸质三方) agreements start when the
 * student submits the form; an offline one, once approved, waits for the employer's sealed scan, which is
 * reviewed again before it takes effect.
 */
export const AgreementStatus = {
  /** 签约邀请 sent, waiting for the student's 接受 / 拒绝 before the deadline. */
  Invited: 'invited',
  /** The student declined (拒绝). */
  Declined: 'declined',
  /** The deadline passed without an answer (已失效). */
  Expired: 'expired',
  /**
   * 已撤回: the employer took the invitation back before the answer, or the student took his offline or
   * paper submission back before any reviewer decided on it.
   */
  Withdrawn: 'withdrawn',
  /** Waiting for the college's review (院系审核) of the agreement. */
  CollegeReview: 'college_review',
  /** Waiting for the school's review (学校审核) of the agreement. */
  SchoolReview: 'school_review',
  /** 退回修改: the student edits the agreement and submits it again. */
  Returned: 'returned',
  /** 就业协议审核通过: the printed agreement waits for the employer's seal and its scan (回传协议书). */
  AwaitingScan: 'awaiting_scan',
  /** The sealed scan waits for the college's review (签约审核). */
  ScanCollegeReview: 'scan_college_review',
  /** The sealed scan waits for the school's review. */
  ScanSchoolReview: 'scan_school_review',
  /** 退回修改 of the scan: the student (or the employer through a link) uploads it again. */
  ScanReturned: 'scan_returned',
  /** An online agreement's review said 不通过 (签约失败). */
  Failed: 'failed',
  /** An offline or paper agreement's review said 不通过 (已作废); a new form must be filled. */
  Voided: 'voided',
  /** Approved by the school: 签约成功, 已生效. */
  Effective: 'effective',
} as const;
export type AgreementStatus = (typeof AgreementStatus)[keyof typeof AgreementStatus];
export const AGREEMENT_KINDS = ['online', 'offline', 'paper'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** 签约类型 as the screens name it. */
export const AGREEMENT_KIND_NAMES: Record<AgreementKind, string> = { online: '线上签约', offline: '线下签约', paper: '纸质协议书登记' };

/**
 * Statuses that hold the student's one signing slot (DOMAIN §5.1): in review, returned for edit, approved
 * and waiting for the sealed scan, scan in review, effective. The database's partial unique index mirrors
 * this list (migration 0003).
 */
export const SLOT_HOLDING_STATUSES: readonly AgreementStatus[] = [
  'college_review',
  'school_review',
  'returned',
  'awaiting_scan',
  'scan_college_review',
  'scan_school_review',
  'scan_returned',
  'effective',
];

/**
 * Statuses in which an employer's online agreement with a student stands (DOMAIN §4.1): the live
 * invitation, and the accepted agreement in review or effective. While one stands, the same employer
 * cannot invite that student again; 拒绝, 已失效, 已撤回 and 签约失败 end it. The database's partial unique
 * index on (employer_id, student_record_id) mirrors this list (migration 0006).
 */
export const ONE_PER_EMPLOYER_STATUSES: readonly AgreementStatus[] = ['invited', 'college_review', 'school_review', 'effective'];

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
  returned: '退回修改',
  awaiting_scan: '就业协议审核通过,待回传协议书',
  scan_college_review: '协议书院系审核中',
  scan_school_review: '协议书学校审核中',
  scan_returned: '协议书退回修改',
  failed: '签约失败',
  voided: '已作废',
  effective: '已生效',
};

export type AgreementAction =
  | 'accept'
  | 'decline'
  | 'expire'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'return'
  | 'resubmit'
  | 'upload_scan';
// The review vocabulary (stages, results, chains and their names) is the review workflow's, for every subject.
export { REVIEW_CHAINS, REVIEW_RESULTS, REVIEW_STAGES, RESULT_NAMES } from '../review/workflow';
export type { ReviewChain, ReviewResult, ReviewStage } from '../review/workflow';

type Table = Partial<Record<AgreementStatus, Partial<Record<AgreementAction, AgreementStatus>>>>;

// The first review stage is written as the college's; `applyChain` skips it for schools that review alone.
const ONLINE: Table = {
  invited: { decline: 'declined', expire: 'expired', withdraw: 'withdrawn' },
  college_review: { approve: 'school_review', reject: 'failed' },
  school_review: { approve: 'effective', reject: 'failed' },
};
// 撤回 of a submission: the service also requires that no reviewer has decided on its current round.
const OFFLINE: Table = {
  college_review: { approve: 'school_review', return: 'returned', reject: 'voided', withdraw: 'withdrawn' },
  school_review: { approve: 'awaiting_scan', return: 'returned', reject: 'voided', withdraw: 'withdrawn' },
  returned: { resubmit: 'college_review' },
  awaiting_scan: { upload_scan: 'scan_college_review' },
  scan_college_review: { approve: 'scan_school_review', return: 'scan_returned', reject: 'voided' },
  scan_school_review: { approve: 'effective', return: 'scan_returned', reject: 'voided' },
  scan_returned: { upload_scan: 'scan_college_review' },
};
const PAPER: Table = {
  college_review: { approve: 'school_review', return: 'returned', reject: 'voided', withdraw: 'withdrawn' },
  school_review: { approve: 'effective', return: 'returned', reject: 'voided', withdraw: 'withdrawn' },
  returned: { resubmit: 'college_review' },
};
const TRANSITIONS: Record<AgreementKind, Table> = { online: ONLINE, offline: OFFLINE, paper: PAPER };

/** Allowed transitions: (kind, from, action) → to; anything else is refused as stale. */
export function nextStatus(
  from: AgreementStatus,
  action: AgreementAction,
  kind: AgreementKind = 'online',
): AgreementStatus | undefined {
  return TRANSITIONS[kind][from]?.[action];
}

/**
 * 接受 of an invitation: open to the same answers as 拒绝 (the online table), it goes to the first review
 * stage of the school's chain, so its target is not a fixed cell of the table.
 */
export function acceptedStatus(from: AgreementStatus, chain: ReviewChain): AgreementStatus | undefined {
  return nextStatus(from, 'decline', 'online') ? firstReviewStatus(chain) : undefined;
}

/** A school that reviews alone (学校 only) skips the college's stages. */
export function applyChain(status: AgreementStatus, chain: ReviewChain): AgreementStatus {
  if (chain === 'college_school') return status;
  if (status === 'college_review') return 'school_review';
  if (status === 'scan_college_review') return 'scan_school_review';
  return status;
}

/** Where an accepted or submitted agreement goes first, by the school's review chain. */
export function firstReviewStatus(chain: ReviewChain): AgreementStatus {
  return applyChain('college_review', chain);
}

/** The review stage as the screens and messages name it. */
export const STAGE_NAMES: Record<ReviewStage, string> = { college: '院系审核', school: '学校审核' };
/** The review stage of a sealed scan (签约审核). */
export const SCAN_STAGE_NAMES: Record<ReviewStage, string> = { college: '院系签约审核', school: '学校签约审核' };

export function reviewStageOf(status: AgreementStatus): ReviewStage | undefined {
  if (status === 'college_review' || status === 'scan_college_review') return 'college';
  if (status === 'school_review' || status === 'scan_school_review') return 'school';
  return undefined;
}

/** Review of the agreement's content, or of the sealed scan (签约审核). */
export function reviewSubjectOf(status: AgreementStatus): 'agreement' | 'agreement_scan' {
  return status === 'scan_college_review' || status === 'scan_school_review' ? 'agreement_scan' : 'agreement';
}

/** 退回修改 exists for offline and paper agreements, not for online invitations (DOMAIN §7). */
export function canReturn(kind: AgreementKind): boolean {
  return kind !== 'online';
}

export const AGREEMENT_STATUSES = Object.values(AgreementStatus) as [AgreementStatus, ...AgreementStatus[]];

// Invitations not yet answered (and their endings, and a submission taken back before any decision) are
// the employer's and the student's business, not a reviewer's.
const REVIEWER_HIDDEN: readonly AgreementStatus[] = ['invited', 'declined', 'expired', 'withdrawn'];
/** The statuses a reviewer sees in his queue and can filter it by. */
export const REVIEWER_VISIBLE_STATUSES: readonly AgreementStatus[] = AGREEMENT_STATUSES.filter(
  (status) => !REVIEWER_HIDDEN.includes(status),
);
