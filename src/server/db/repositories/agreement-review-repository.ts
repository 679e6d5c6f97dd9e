import type { AgreementKind, AgreementStatus } from '../../../domain/agreement/status';
import type { Executor } from './executor';

// 提交时间 is when what waits in review was handed in: accepted, submitted, resubmitted or its scan uploaded.
const SUBMISSION_ACTIONS = [
  'agreement.accepted',
  'agreement.submitted',
  'agreement.resubmitted',
  'agreement.scan_uploaded',
];

export type AgreementQueueQuery = {
  schoolId: number;
  collegeIds: number[] | 'all';
  statuses: readonly AgreementStatus[];
  collegeId?: number | undefined;
  major?: string | undefined;
  kind?: AgreementKind | undefined;
  /** Last change at or after / before these instants. */
  updatedFrom?: string | undefined;
  updatedBefore?: string | undefined;
  keyword?: string | undefined;
  limit: number;
  offset: number;
};

/** One page of agreements for the review queue, with the student, the college and the 提交时间. */
export async function listAgreementReviewQueue(db: Executor, filter: AgreementQueueQuery) {
  let query = db
    .selectFrom('agreement')
    .innerJoin('student_record', 'student_record.id', 'agreement.student_record_id')
    .innerJoin('college', 'college.id', 'agreement.college_id')
    .where('agreement.school_id', '=', filter.schoolId)
    .where('agreement.status', 'in', filter.statuses);
  if (filter.collegeIds !== 'all') query = query.where('agreement.college_id', 'in', filter.collegeIds);
  if (filter.collegeId) query = query.where('agreement.college_id', '=', filter.collegeId);
  if (filter.major) query = query.where('student_record.major_name', 'like', `%${filter.major}%`);
  if (filter.kind) query = query.where('agreement.kind', '=', filter.kind);
  if (filter.updatedFrom) query = query.where('agreement.updated_at', '>=', filter.updatedFrom);
  if (filter.updatedBefore) query = query.where('agreement.updated_at', '<', filter.updatedBefore);
  if (filter.keyword) {
    const like = `%${filter.keyword}%`;
    query = query.where((eb) =>
      eb.or([eb('student_record.name', 'like', like), eb('agreement.employer_name', 'like', like)]),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'agreement.id',
      'agreement.kind',
      'agreement.status',
      'agreement.employer_name',
      'agreement.position_title',
      'agreement.answered_at',
      'agreement.created_at',
      'agreement.updated_at',
      'agreement.review_round',
      'agreement.scan_round',
      'student_record.name as student_name',
      'student_record.id_number',
      'student_record.major_name',
      'student_record.education_level_code',
      'college.name as college_name',
      (eb) =>
        eb
          .selectFrom('audit_event')
          .select((inner) => inner.fn.max('audit_event.occurred_at').as('at'))
          .where('audit_event.entity_type', '=', 'agreement')
          .whereRef('audit_event.entity_id', '=', 'agreement.id')
          .where('audit_event.action', 'in', SUBMISSION_ACTIONS)
          .as('submitted_at'),
    ])
    .orderBy('agreement.updated_at')
    .orderBy('agreement.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: Number(total), rows };
}

/** The student's 届别 and 学历层次, which number the agreement (DOMAIN §8). */
export async function findNumberingOfRecord(db: Executor, studentRecordId: number) {
  return db
    .selectFrom('student_record')
    .select(['cohort', 'education_level_code'])
    .where('id', '=', studentRecordId)
    .executeTakeFirstOrThrow();
}
