import type { NewStudentRecord } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

/** The record of a person for a 届别, with the school and college names it is shown with. */
export async function findRecordForIdentity(db: Executor, idNumber: string, cohort: number) {
  return db
    .selectFrom('student_record')
    .innerJoin('school', 'school.id', 'student_record.school_id')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .selectAll('student_record')
    .select(['school.name as school_name', 'school.code as school_code', 'college.name as college_name'])
    .where('student_record.id_number', '=', idNumber)
    .where('student_record.cohort', '=', cohort)
    .executeTakeFirst();
}
export type StudentRecordWithNames = NonNullable<Awaited<ReturnType<typeof findRecordForIdentity>>>;

/** The 学生信息 an agreement is shown with. */
export async function findAgreementStudent(db: Executor, recordId: number) {
  return db
    .selectFrom('student_record')
    .innerJoin('school', 'school.id', 'student_record.school_id')
    .innerJoin('college', 'college.id', 'student_record.college_id')
    .select([
      'student_record.name',
      'student_record.gender_code',
      'student_record.id_number',
      'student_record.education_level_code',
      'student_record.major_name',
      'student_record.cohort',
      'school.name as school_name',
      'college.name as college_name',
    ])
    .where('student_record.id', '=', recordId)
    .executeTakeFirstOrThrow();
}
export type AgreementStudent = Awaited<ReturnType<typeof findAgreementStudent>>;

/** Links and confirms a record once: only an unconfirmed record changes. */
export async function confirmRecord(db: Executor, recordId: number, accountId: number): Promise<boolean> {
  const now = nowIso();
  const result = await db
    .updateTable('student_record')
    .set({ account_id: accountId, confirmed_at: now, updated_at: now })
    .where('id', '=', recordId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertStudentRecords(db: Executor, records: NewStudentRecord[]): Promise<void> {
  // SQLite limits bound parameters per statement; 40 rows × 24 columns stays well under it.
  for (let start = 0; start < records.length; start += 40) {
    await db.insertInto('student_record').values(records.slice(start, start + 40)).execute();
  }
}

/** Students of a 届别 and how many confirmed their record: in some colleges, a school, or everywhere. */
export async function countRecords(db: Executor, scope: { schoolId?: number; collegeIds?: number[]; cohort: number }) {
  let query = db
    .selectFrom('student_record')
    .select((eb) => [eb.fn.countAll<number>().as('students'), eb.fn.count<number>('confirmed_at').as('confirmed')])
    .where('cohort', '=', scope.cohort);
  if (scope.schoolId !== undefined) query = query.where('school_id', '=', scope.schoolId);
  if (scope.collegeIds) {
    if (scope.collegeIds.length === 0) return { students: 0, confirmed: 0 };
    query = query.where('college_id', 'in', scope.collegeIds);
  }
  const row = await query.executeTakeFirstOrThrow();
  return { students: Number(row.students), confirmed: Number(row.confirmed) };
}

/** The account a record is linked to (set when the student confirms it). */
export async function accountIdOfRecord(db: Executor, recordId: number): Promise<number | null> {
  const row = await db.selectFrom('student_record').select('account_id').where('id', '=', recordId).executeTakeFirst();
  return row?.account_id ?? null;
}

/** The student's 姓名 on a record, for messages to the other party. */
export async function nameOfRecord(db: Executor, recordId: number): Promise<string> {
  const row = await db.selectFrom('student_record').select('name').where('id', '=', recordId).executeTakeFirstOrThrow();
  return row.name;
}

/** The 身份证号 and 考生号 a document prints in full. */
export async function findRecordIdentifiers(db: Executor, recordId: number) {
  return db.selectFrom('student_record').select(['id_number', 'exam_number']).where('id', '=', recordId).executeTakeFirstOrThrow();
}

/** Links and confirms the record of a 身份证号 and 届别 outright (the demo data's confirmed student). */
export async function linkConfirmedRecord(db: Executor, identity: { idNumber: string; cohort: number }, accountId: number, at: string) {
  await db
    .updateTable('student_record')
    .set({ account_id: accountId, confirmed_at: at })
    .where('id_number', '=', identity.idNumber)
    .where('cohort', '=', identity.cohort)
    .execute();
}
