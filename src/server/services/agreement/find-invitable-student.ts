import { educationLevelGroup } from '../../../domain/codes';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { maskIdNumber } from '../../../domain/masking';
import { employerIdOf } from '../../auth/access';
import { findEmployer } from '../../db/repositories/employer-repository';
import type { Executor } from '../../db/repositories/executor';
import { findRecordForIdentity } from '../../db/repositories/student-record-repository';

/**
 * Only an employer whose 资质认证 has passed may look a graduate up: the answer tells his school, college,
 * major and level, which an unchecked registration must not learn.
 */
export async function requireVerifiedEmployer(db: Executor, accountId: number): Promise<void> {
  const employer = await findEmployer(db, await employerIdOf(db, accountId));
  if (employer?.verification_status !== 'verified') {
    throw new AppError(AppErrorCode.Forbidden, '单位资质尚未通过平台认证,认证通过后才能查找学生、发起签约邀请');
  }
}

/**
 * Finds the confirmed record of the current 届别 that 姓名 + 身份证号 name together. A wrong name, an
 * unknown number and an unconfirmed record all get the same answer, so the search reveals nothing.
 */
export async function findInvitableStudent(db: Executor, input: { name: string; idNumber: string }, cohort: number) {
  const record = await findRecordForIdentity(db, input.idNumber, cohort);
  if (!record || record.name !== input.name || !record.confirmed_at || record.account_id === null) {
    throw new AppError(
      AppErrorCode.NotFound,
      `未找到姓名与身份证号一致、且已确认学生信息的 ${cohort} 届毕业生,请核对后重试;若信息无误,请学生先登录系统确认学生信息`,
      [{ path: 'studentIdNumber', message: '请核对学生姓名与身份证号' }],
    );
  }
  return record;
}

export function presentFoundStudent(record: Awaited<ReturnType<typeof findInvitableStudent>>) {
  return {
    name: record.name,
    idNumberMasked: maskIdNumber(record.id_number),
    schoolName: record.school_name,
    collegeName: record.college_name,
    levelName: educationLevelGroup(record.education_level_code) ?? record.education_level_code,
    majorName: record.major_name,
    cohort: record.cohort,
  };
}
