import { AGREEMENT_STATUS_LABELS, REVIEWER_VISIBLE_STATUSES, reviewStageOf } from '../../domain/agreement/status';
import { AppError, AppErrorCode, RefusalReason, refused } from '../../domain/errors';
import { STAGE_OF_ROLE, STAGE_REVIEWER_NAMES, type ReviewerRole, type ReviewStage } from '../../domain/review/workflow';
import type { Agreement, Role } from '../db/schema';
import type { Executor } from '../db/repositories/executor';
import { listRoleGrants } from '../db/repositories/account-repository';
import { findAgreement } from '../db/repositories/agreement-repository';
import { findSchool } from '../db/repositories/school-repository';
import { accountIdOfRecord } from '../db/repositories/student-record-repository';

export type ReviewerScope = { role: ReviewerRole; schoolId: number; collegeIds: number[] | 'all' };
export type Caller = { accountId: number; role: Role };

/** The colleges (or the whole school) a reviewer acts for. */
export async function reviewerScope(db: Executor, accountId: number, role: ReviewerRole): Promise<ReviewerScope> {
  const grants = (await listRoleGrants(db, accountId)).filter(
    (grant) => grant.role === role && grant.school_id !== null,
  );
  const schoolId = grants[0]?.school_id;
  if (!schoolId) throw new AppError(AppErrorCode.Forbidden);
  if (role === 'school_admin') return { role, schoolId, collegeIds: 'all' };
  return { role, schoolId, collegeIds: grants.flatMap((grant) => (grant.college_id ? [grant.college_id] : [])) };
}

export function isInScope(scope: ReviewerScope, subject: { school_id: number; college_id: number }): boolean {
  return (
    subject.school_id === scope.schoolId &&
    (scope.collegeIds === 'all' || scope.collegeIds.includes(subject.college_id))
  );
}

export async function schoolOf(db: Executor, schoolId: number) {
  const school = await findSchool(db, schoolId);
  if (!school) throw new AppError(AppErrorCode.NotFound);
  return school;
}

/** The employer an account acts for. */
export async function employerIdOf(db: Executor, accountId: number): Promise<number> {
  const grant = (await listRoleGrants(db, accountId)).find((candidate) => candidate.role === 'employer');
  if (!grant?.employer_id) throw new AppError(AppErrorCode.Forbidden);
  return grant.employer_id;
}

/**
 * What access needs to know of a kind of subject. Its parties are the student who owns it and, when it
 * has one, the employer; reviewers see it in their scope once it is theirs to see, and decide it only at
 * their own stage.
 */
export interface AccessSubject<T extends { school_id: number; college_id: number }> {
  load(db: Executor, id: number): Promise<T | undefined>;
  studentRecordOf(item: T): number;
  employerOf?(item: T): number | null;
  /** Whether reviewers see it at all (an unanswered invitation is not theirs yet). */
  reviewerVisible(item: T): boolean;
  /** The stage it waits at, if any. */
  stageOf(item: T): ReviewStage | undefined;
  /** The 404 message: parties and reviewers are told in their own words. */
  notFound: { party: string; reviewer: string };
  /** Why a reviewer of `stage` cannot decide it now. */
  notAtStage(item: T, stage: ReviewStage): string;
}

/** `read`: see it and its files; `decide`: take the review decision of the caller's stage. */
export type AccessAction = 'read' | 'decide';

/**
 * The one question of access: may this caller do this to this subject? The subject is returned when he
 * may; anything outside his own records or scope answers exactly like a missing id (404), so ids reveal
 * nothing. A reviewer who may read it but whose stage it is not at is told so (409).
 */
export async function authorize<T extends { school_id: number; college_id: number }>(
  db: Executor,
  caller: Caller,
  subject: AccessSubject<T>,
  id: number,
  action: AccessAction,
): Promise<T> {
  const item = await subject.load(db, id);
  const reviewerRole = caller.role === 'college_reviewer' || caller.role === 'school_admin' ? caller.role : undefined;
  const notFound = new AppError(
    AppErrorCode.NotFound,
    reviewerRole ? subject.notFound.reviewer : subject.notFound.party,
  );
  if (!item || !(await mayRead(db, caller, subject, item))) throw notFound;
  if (action === 'read') return item;
  if (!reviewerRole) throw notFound;
  const stage = STAGE_OF_ROLE[reviewerRole];
  if (subject.stageOf(item) !== stage) throw refused(RefusalReason.NotYourStage, subject.notAtStage(item, stage));
  return item;
}

async function mayRead<T extends { school_id: number; college_id: number }>(
  db: Executor,
  caller: Caller,
  subject: AccessSubject<T>,
  item: T,
): Promise<boolean> {
  switch (caller.role) {
    case 'student':
      return (await accountIdOfRecord(db, subject.studentRecordOf(item))) === caller.accountId;
    case 'employer':
      return subject.employerOf?.(item) === (await employerIdOf(db, caller.accountId));
    case 'college_reviewer':
    case 'school_admin':
      return subject.reviewerVisible(item) && isInScope(await reviewerScope(db, caller.accountId, caller.role), item);
    default:
      return false;
  }
}

/** An agreement, to access: the student's and (online or matched) the employer's; reviewed in two subjects. */
export const agreementAccess: AccessSubject<Agreement> = {
  load: findAgreement,
  studentRecordOf: (agreement) => agreement.student_record_id,
  employerOf: (agreement) => agreement.employer_id,
  reviewerVisible: (agreement) => REVIEWER_VISIBLE_STATUSES.includes(agreement.status),
  stageOf: (agreement) => reviewStageOf(agreement.status),
  notFound: { party: '协议不存在或无权查看', reviewer: '协议不存在或不在你的审核范围内' },
  notAtStage: (agreement, stage) =>
    `该协议当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,不在${STAGE_REVIEWER_NAMES[stage]}审核环节,请刷新后查看`,
};

/** Loads an agreement its student or employer may see; anything else is a 404 like a missing one. */
export function agreementVisibleTo(
  db: Executor,
  agreementId: number,
  caller: { accountId: number; role: 'student' | 'employer' },
): Promise<Agreement> {
  return authorize(db, caller, agreementAccess, agreementId, 'read');
}
