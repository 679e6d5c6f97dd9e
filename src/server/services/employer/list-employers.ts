import type { EmployerProfile } from '../../../contract/employer';
import { AppError, AppErrorCode } from '../../../domain/errors';
import type { VerificationStatus } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { listEmployersWithLicense } from '../../db/repositories/employer-repository';
import { employerIdOf } from '../../auth/access';
import { presentEmployer } from './present-employer';

/** 单位资质认证列表: the employers of one verification status, or all. */
export async function listEmployers(db: Executor, status?: VerificationStatus): Promise<EmployerProfile[]> {
  return (await listEmployersWithLicense(db, { status })).map(presentEmployer);
}

/** 本单位信息与资质认证状态 of the employer the account acts for. */
export async function describeOwnEmployer(db: Executor, accountId: number): Promise<EmployerProfile> {
  const [employer] = await listEmployersWithLicense(db, { id: await employerIdOf(db, accountId) });
  if (!employer) throw new AppError(AppErrorCode.NotFound);
  return presentEmployer(employer);
}
