import type { Account } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findAccountById } from '../../db/repositories/account-repository';
import {
  findRecordForIdentity,
  type StudentRecordWithNames,
} from '../../db/repositories/student-record-repository';
import { AppError, AppErrorCode } from '../../../domain/errors';

export type RecordState = 'confirmed' | 'unconfirmed' | 'missing' | 'mismatch';

/**
 * The student's record of the current 届别, found by the account's 身份证号. The key fields 姓名 and
 * 身份证号 must match the account (毕业院校 and 学历层次 come from the record itself, which the school
 * imported); a record linked to another account is a mismatch too.
 */
export async function getOwnRecord(
  db: Executor,
  accountId: number,
  cohort: number,
): Promise<{ state: RecordState; record: StudentRecordWithNames | undefined; mismatchFields: string[]; account: Account }> {
  const account = await findAccountById(db, accountId);
  if (!account) throw new AppError(AppErrorCode.Unauthenticated);
  const record = account.id_number ? await findRecordForIdentity(db, account.id_number, cohort) : undefined;
  if (!record) return { state: 'missing', record: undefined, mismatchFields: [], account };
  const mismatchFields: string[] = [];
  if (record.name !== account.real_name) mismatchFields.push('姓名');
  if (record.id_type !== account.id_type) mismatchFields.push('身份证号');
  if (record.account_id !== null && record.account_id !== account.id) mismatchFields.push('学信网账号');
  if (mismatchFields.length > 0) return { state: 'mismatch', record, mismatchFields, account };
  return { state: record.confirmed_at ? 'confirmed' : 'unconfirmed', record, mismatchFields, account };
}

/** Guard for every student page except the confirmation: the record must be confirmed. */
export async function requireConfirmedRecord(db: Executor, accountId: number, cohort: number) {
  const own = await getOwnRecord(db, accountId, cohort);
  if (own.state !== 'confirmed' || !own.record) throw new AppError(AppErrorCode.RecordNotConfirmed);
  return own.record;
}
