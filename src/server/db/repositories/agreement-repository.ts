import type { AgreementStatus } from '../../../domain/agreement/status';
import type { Agreement, NewAgreement } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

export async function insertAgreement(db: Executor, agreement: NewAgreement): Promise<number> {
  const row = await db.insertInto('agreement').values(agreement).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findAgreement(db: Executor, id: number): Promise<Agreement | undefined> {
  return db.selectFrom('agreement').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The one way an agreement changes status: only from the expected status (DOMAIN §5.6). Returns the changed
 * row, or undefined when another request changed it first, so the caller answers 409 instead of
 * transitioning twice (and need not read the row again to show it).
 */
export async function transitionAgreement(
  db: Executor,
  id: number,
  from: AgreementStatus,
  changes: Partial<Omit<Agreement, 'id' | 'created_at'>> & { status: AgreementStatus },
): Promise<Agreement | undefined> {
  return db
    .updateTable('agreement')
    .set({ ...changes, updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', from)
    .returningAll()
    .executeTakeFirst();
}

/** The agreement that holds the student's signing slot, if any. */
export async function findSlotHolder(db: Executor, studentRecordId: number, holding: readonly AgreementStatus[]) {
  return db
    .selectFrom('agreement')
    .selectAll()
    .where('student_record_id', '=', studentRecordId)
    .where('status', 'in', [...holding])
    .executeTakeFirst();
}

/** The employer's online agreement with the student in one of the given statuses, if any. */
export async function findEmployerAgreementWith(
  db: Executor,
  key: { employerId: number; studentRecordId: number },
  statuses: readonly AgreementStatus[],
) {
  return db
    .selectFrom('agreement')
    .selectAll()
    .where('kind', '=', 'online')
    .where('employer_id', '=', key.employerId)
    .where('student_record_id', '=', key.studentRecordId)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
}

export async function listAgreementsOfStudent(db: Executor, studentRecordId: number): Promise<Agreement[]> {
  return db
    .selectFrom('agreement')
    .selectAll()
    .where('student_record_id', '=', studentRecordId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function listAgreementsOfEmployer(
  db: Executor,
  employerId: number,
  filter: { status?: AgreementStatus; limit: number; offset: number },
) {
  let query = db.selectFrom('agreement').where('agreement.employer_id', '=', employerId);
  if (filter.status) query = query.where('agreement.status', '=', filter.status);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('agreement').orderBy('agreement.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return { total: Number(total), rows };
}

/** Invitations past their deadline that nobody answered. */
export async function listOverdueInvitations(db: Executor, now: string, limit: number) {
  return db
    .selectFrom('agreement')
    .selectAll()
    .where('status', '=', 'invited')
    .where('deadline_at', '<=', now)
    .orderBy('deadline_at')
    .limit(limit)
    .execute();
}

/** Live invitations whose deadline falls within the window and that were not reminded yet. */
export async function listInvitationsToRemind(db: Executor, now: string, until: string, limit: number) {
  return db
    .selectFrom('agreement')
    .selectAll()
    .where('status', '=', 'invited')
    .where('deadline_at', '>', now)
    .where('deadline_at', '<=', until)
    .where('reminder_sent_at', 'is', null)
    .limit(limit)
    .execute();
}

export async function markReminded(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('agreement')
    .set({ reminder_sent_at: now })
    .where('id', '=', id)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Next serial of 协议编号 for (届别, school, 学历代码), counted atomically in the caller's transaction. */
export async function nextAgreementSerial(
  db: Executor,
  key: { cohort: number; schoolId: number; educationLevelCode: string },
): Promise<number> {
  const row = await db
    .insertInto('agreement_serial')
    .values({ cohort: key.cohort, school_id: key.schoolId, education_level_code: key.educationLevelCode, last_serial: 1 })
    .onConflict((conflict) =>
      conflict
        .columns(['cohort', 'school_id', 'education_level_code'])
        .doUpdateSet((eb) => ({ last_serial: eb('agreement_serial.last_serial', '+', 1) })),
    )
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return row.last_serial;
}

/** Records a generated document once: only while its column is still empty. */
export async function setAgreementDocument(
  db: Executor,
  id: number,
  column: 'pdf_file_id' | 'preseal_pdf_file_id',
  fileId: number,
): Promise<boolean> {
  const result = await db.updateTable('agreement').set({ [column]: fileId }).where('id', '=', id).where(column, 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What 验真 shows of the agreement a verification code belongs to. */
export async function findVerifiableAgreement(db: Executor, code: string) {
  return db
    .selectFrom('agreement')
    .innerJoin('student_record', 'student_record.id', 'agreement.student_record_id')
    .innerJoin('school', 'school.id', 'agreement.school_id')
    .leftJoin('stored_file', 'stored_file.id', 'agreement.pdf_file_id')
    .select([
      'agreement.id',
      'agreement.scan_round',
      'agreement.agreement_number',
      'agreement.status',
      'agreement.kind',
      'agreement.employer_name',
      'agreement.effective_at',
      'student_record.name as student_name',
      'student_record.id_number',
      'school.name as school_name',
      'stored_file.sha256',
    ])
    .where('agreement.verification_code', '=', code)
    .executeTakeFirst();
}
