import { AppError, AppErrorCode } from '../../domain/errors';
import type { Agreement, Role } from '../db/schema';
import type { Executor } from '../db/repositories/executor';
import { listRoleGrants } from '../db/repositories/account-repository';
import { findAgreement } from '../db/repositories/agreement-repository';
import { findSchool } from '../db/repositories/school-repository';
import { accountIdOfRecord } from '../db/repositories/student-record-repository';

export type ReviewerScope = { role: 'college_reviewer' | 'school_admin'; schoolId: number; collegeIds: number[] | 'all' };

/** The colleges (or the whole school) a reviewer acts for. */
export async function reviewerScope(db: Executor, accountId: number, role: ReviewerScope['role']): Promise<ReviewerScope> {
  const grants = (await listRoleGrants(db, accountId)).filter((grant) => grant.role === role && grant.school_id !== null);
  const schoolId = grants[0]?.school_id;
  if (!schoolId) throw new AppError(AppErrorCode.Forbidden);
  if (role === 'school_admin') return { role, schoolId, collegeIds: 'all' };
  return { role, schoolId, collegeIds: grants.flatMap((grant) => (grant.college_id ? [grant.college_id] : [])) };
}

export function isInScope(scope: ReviewerScope, agreement: Pick<Agreement, 'school_id' | 'college_id'>): boolean {
  return (
    agreement.school_id === scope.schoolId &&
    (scope.collegeIds === 'all' || scope.collegeIds.includes(agreement.college_id))
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
 * Loads an agreement the caller may see in the given role; anything outside the caller's own records or
 * scope looks exactly like a missing one (404), so ids reveal nothing.
 */
export async function agreementVisibleTo(
  db: Executor,
  agreementId: number,
  caller: { accountId: number; role: Role },
): Promise<Agreement> {
  const agreement = await findAgreement(db, agreementId);
  const notFound = new AppError(AppErrorCode.NotFound, '协议不存在或无权查看');
  if (!agreement) throw notFound;
  switch (caller.role) {
    case 'student': {
      if ((await accountIdOfRecord(db, agreement.student_record_id)) !== caller.accountId) throw notFound;
      return agreement;
    }
    case 'employer':
      if (agreement.employer_id !== (await employerIdOf(db, caller.accountId))) throw notFound;
      return agreement;
    case 'college_reviewer':
    case 'school_admin':
      if (!isInScope(await reviewerScope(db, caller.accountId, caller.role), agreement)) throw notFound;
      return agreement;
    default:
      throw notFound;
  }
}
