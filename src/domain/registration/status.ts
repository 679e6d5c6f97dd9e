import type { ReviewStage } from '../review/workflow';

/**
 * The life of a 其他毕业去向登记 (DOMAIN §4.4): 暂存 → 提交 → 院系审核 → 学校审核 → 登记成功; 退回修改 → edit
 * and 提交 again (需重审); 不通过 → 已作废. An approved registration ends as 已作废 by the student's
 * 毕业去向作废申请, or when he signs a 就业协议 (DOMAIN §5.4). A 暂存 the student gives up is 已取消.
 */
export const REGISTRATION_STATUSES = [
  'draft',
  'college_review',
  'school_review',
  'returned',
  'approved',
  'voided',
  'discarded',
] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  draft: '暂存',
  college_review: '院系审核中',
  school_review: '学校审核中',
  returned: '退回修改',
  approved: '登记成功',
  voided: '已作废',
  discarded: '已取消',
};

/**
 * The registration a student has (DOMAIN §5.3): at most one in these statuses. The database's partial
 * unique index on registration(student_record_id) mirrors this list (migration 0009).
 */
export const LIVE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['college_review', 'school_review', 'returned', 'approved'];
/** The one 暂存 per student (partial unique index, migration 0009). */
export const DRAFT_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['draft'];
/** What the student may still edit: his 暂存, or a registration returned to him. */
export const EDITABLE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['draft', 'returned'];

/** Why a registration became 已作废. */
export const VOID_REASONS = ['rejected', 'cancelled', 'signed'] as const;
export type VoidReason = (typeof VOID_REASONS)[number];
export const VOID_REASON_LABELS: Record<VoidReason, string> = {
  rejected: '审核不通过',
  cancelled: '毕业去向作废申请已通过',
  signed: '已签订就业协议,原登记的毕业去向作废',
};

export type RegistrationAction = 'submit' | 'approve' | 'return' | 'reject' | 'discard' | 'cancel' | 'sign';

type Table = Partial<Record<RegistrationStatus, Partial<Record<RegistrationAction, RegistrationStatus>>>>;
// The first review stage is written as the college's; `firstRegistrationStatus` skips it for schools
// that review alone. 签约 (sign) voids whatever registration is live: the agreement is the destination now.
const TRANSITIONS: Table = {
  draft: { submit: 'college_review', discard: 'discarded' },
  college_review: { approve: 'school_review', return: 'returned', reject: 'voided', sign: 'voided' },
  school_review: { approve: 'approved', return: 'returned', reject: 'voided', sign: 'voided' },
  returned: { submit: 'college_review', sign: 'voided' },
  approved: { cancel: 'voided', sign: 'voided' },
};

export function nextRegistrationStatus(from: RegistrationStatus, action: RegistrationAction): RegistrationStatus | undefined {
  return TRANSITIONS[from]?.[action];
}

/** Where a submitted registration goes first, by the chain its school uses for registrations. */
export function firstRegistrationStatus(stages: readonly ReviewStage[]): RegistrationStatus {
  return stages[0] === 'college' ? 'college_review' : 'school_review';
}

/** The statuses a 签约 voids (every live one). */
export const VOIDED_BY_SIGNING: readonly RegistrationStatus[] = REGISTRATION_STATUSES.filter(
  (status) => nextRegistrationStatus(status, 'sign') !== undefined,
);

export function registrationStageOf(status: RegistrationStatus): ReviewStage | undefined {
  if (status === 'college_review') return 'college';
  if (status === 'school_review') return 'school';
  return undefined;
}

/** Statuses reviewers see (a 暂存 or a 已取消 draft is the student's own business). */
export const REVIEWER_VISIBLE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = REGISTRATION_STATUSES.filter(
  (status) => status !== 'draft' && status !== 'discarded',
);

/**
 * 毕业去向作废申请: asked for an approved registration, reviewed 院系 → 学校 (通过 or 不通过; there is
 * nothing to edit), 通过 makes the registration 已作废.
 */
export const CANCELLATION_STATUSES = ['college_review', 'school_review', 'approved', 'rejected'] as const;
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];
export const CANCELLATION_STATUS_LABELS: Record<CancellationStatus, string> = {
  college_review: '作废申请院系审核中',
  school_review: '作废申请学校审核中',
  approved: '作废申请已通过',
  rejected: '作废申请未通过',
};
/** One pending 作废申请 per registration (partial unique index, migration 0009). */
export const PENDING_CANCELLATION_STATUSES: readonly CancellationStatus[] = ['college_review', 'school_review'];

export function cancellationStageOf(status: CancellationStatus): ReviewStage | undefined {
  if (status === 'college_review') return 'college';
  if (status === 'school_review') return 'school';
  return undefined;
}

export function firstCancellationStatus(stages: readonly ReviewStage[]): CancellationStatus {
  return stages[0] === 'college' ? 'college_review' : 'school_review';
}

/** 作废申请 reasons offered (a note says more). */
export const CANCELLATION_REASONS = ['去向发生变化', '登记信息有误', '已签订就业协议', '其他'] as const;
