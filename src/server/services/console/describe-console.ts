import type { ConsoleView } from '../../../contract/console';
import { maskIdNumber } from '../../../domain/masking';
import { AppError, AppErrorCode } from '../../../domain/errors';
import type { Role, RoleGrant } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findAccountById, listRoleGrants } from '../../db/repositories/account-repository';
import { findEmployer } from '../../db/repositories/employer-repository';
import { findSchool, listColleges, listCollegesOfSchool } from '../../db/repositories/school-repository';
import { countRecords } from '../../db/repositories/student-record-repository';

const CONSOLE_ROLES: Role[] = ['platform_admin', 'school_admin', 'college_reviewer', 'employer'];

/** Who is logged in to a console and over what: school, colleges, employer, with live counts. */
export async function describeConsole(db: Executor, accountId: number, cohort: number): Promise<ConsoleView> {
  const account = await findAccountById(db, accountId);
  const grants = await listRoleGrants(db, accountId);
  const role = CONSOLE_ROLES.find((candidate) => grants.some((grant) => grant.role === candidate));
  if (!account || !role) throw new AppError(AppErrorCode.Forbidden);
  const ofRole = grants.filter((grant) => grant.role === role);
  const base = { role, cohort, realName: account.real_name, username: account.username, school: null, colleges: [], employer: null, counts: null };
  if (role === 'employer') return { ...base, employer: await describeEmployer(db, ofRole) };
  if (role === 'platform_admin') return { ...base, counts: await countRecords(db, { cohort }) };

  const schoolId = ofRole[0]?.school_id;
  const school = schoolId ? await findSchool(db, schoolId) : undefined;
  if (!school) throw new AppError(AppErrorCode.Forbidden);
  const colleges =
    role === 'school_admin'
      ? await listCollegesOfSchool(db, school.id)
      : await listColleges(db, ofRole.flatMap((grant) => (grant.college_id ? [grant.college_id] : [])));
  const counts = await countRecords(db, {
    schoolId: school.id,
    cohort,
    ...(role === 'college_reviewer' ? { collegeIds: colleges.map((college) => college.id) } : {}),
  });
  return {
    ...base,
    school: { code: school.code, name: school.name, reviewChain: school.review_chain },
    colleges: colleges.map((college) => ({ id: college.id, code: college.code, name: college.name })),
    counts,
  };
}

async function describeEmployer(db: Executor, grants: RoleGrant[]): Promise<ConsoleView['employer']> {
  const employerId = grants[0]?.employer_id;
  const employer = employerId ? await findEmployer(db, employerId) : undefined;
  if (!employer) throw new AppError(AppErrorCode.Forbidden);
  return {
    name: employer.name,
    usccMasked: maskIdNumber(employer.uscc),
    verificationStatus: employer.verification_status,
  };
}
