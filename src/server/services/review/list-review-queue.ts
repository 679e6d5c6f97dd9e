import {
  AGREEMENT_KIND_NAMES,
  AGREEMENT_STATUS_LABELS,
  REVIEWER_VISIBLE_STATUSES,
  reviewSubjectOf,
  type AgreementStatus,
} from '../../../domain/agreement/status';
import { chinaDayStartIso, formatChinaTime } from '../../../domain/agreement/deadline';
import { educationLevelGroup } from '../../../domain/codes';
import { maskIdNumber } from '../../../domain/masking';
import type { ReviewerScope } from '../../auth/access';
import type { Executor } from '../../db/repositories/executor';

export type QueueFilter = {
  /** `pending`: waiting at the reviewer's own stage; `all`: every status a reviewer sees. */
  status: AgreementStatus | 'pending' | 'all';
  collegeId?: number | undefined;
  major?: string | undefined;
  kind?: 'online' | 'offline' | 'paper' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  keyword?: string | undefined;
  page: number;
  pageSize: number;
};

const PENDING_OF_ROLE: Record<ScopeRole, AgreementStatus[]> = {
  college_reviewer: ['college_review', 'scan_college_review'],
  school_admin: ['school_review', 'scan_school_review'],
};
export const REVIEWER_VISIBLE = REVIEWER_VISIBLE_STATUSES;
type ScopeRole = ReviewerScope['role'];
// 提交时间 is when what waits in review was handed in: accepted, submitted, resubmitted or its scan uploaded.
const SUBMISSION_ACTIONS = ['agreement.accepted', 'agreement.submitted', 'agreement.resubmitted', 'agreement.scan_uploaded'];

/** 审核列表: the agreements in the reviewer's scope, by default those waiting at his stage, with filters. */
export async function listReviewQueue(db: Executor, scope: ReviewerScope, filter: QueueFilter) {
  let query = db
    .selectFrom('agreement')
    .innerJoin('student_record', 'student_record.id', 'agreement.student_record_id')
    .innerJoin('college', 'college.id', 'agreement.college_id')
    .where('agreement.school_id', '=', scope.schoolId);
  if (scope.collegeIds !== 'all') {
    if (scope.collegeIds.length === 0) return { total: 0, items: [] };
    query = query.where('agreement.college_id', 'in', scope.collegeIds);
  }
  const statuses =
    filter.status === 'pending' ? PENDING_OF_ROLE[scope.role] : filter.status === 'all' ? REVIEWER_VISIBLE : [filter.status];
  if (!statuses.every((status) => REVIEWER_VISIBLE.includes(status))) return { total: 0, items: [] };
  query = query.where('agreement.status', 'in', statuses);
  if (filter.collegeId) query = query.where('agreement.college_id', '=', filter.collegeId);
  if (filter.major) query = query.where('student_record.major_name', 'like', `%${filter.major}%`);
  if (filter.kind) query = query.where('agreement.kind', '=', filter.kind);
  if (filter.from) query = query.where('agreement.updated_at', '>=', chinaDayStartIso(filter.from));
  if (filter.to) query = query.where('agreement.updated_at', '<', chinaDayStartIso(filter.to, 1));
  if (filter.keyword) {
    const like = `%${filter.keyword}%`;
    query = query.where((eb) =>
      eb.or([eb('student_record.name', 'like', like), eb('agreement.employer_name', 'like', like)]),
    );
  }
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
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
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return {
    total: Number(total),
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      kindName: AGREEMENT_KIND_NAMES[row.kind],
      status: row.status,
      statusLabel: AGREEMENT_STATUS_LABELS[row.status],
      studentName: row.student_name,
      idNumberMasked: maskIdNumber(row.id_number),
      collegeName: row.college_name,
      majorName: row.major_name,
      levelName: educationLevelGroup(row.education_level_code) ?? row.education_level_code,
      employerName: row.employer_name,
      positionTitle: row.position_title,
      // 需重审: submitted again after 退回修改.
      needsRereview: reviewSubjectOf(row.status) === 'agreement_scan' ? row.scan_round > 1 : row.review_round > 1,
      submittedAt: formatChinaTime(row.submitted_at ?? row.answered_at ?? row.created_at),
      updatedAt: formatChinaTime(row.updated_at),
    })),
  };
}

