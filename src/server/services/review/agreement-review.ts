import { randomBytes } from 'node:crypto';
import type { ReviewQueueQuery, ReviewQueueResponse } from '../../../contract/review';
import { formatAgreementNumber } from '../../../domain/agreement/agreement-number';
import { chinaDayStartIso, formatChinaTime } from '../../../domain/agreement/deadline';
import {
  AGREEMENT_KIND_NAMES,
  AGREEMENT_STATUS_LABELS,
  canReturn,
  nextStatus,
  REVIEWER_VISIBLE_STATUSES,
  reviewStageOf,
  reviewSubjectOf,
  type AgreementAction,
  type AgreementStatus,
} from '../../../domain/agreement/status';
import { educationLevelGroup } from '../../../domain/codes';
import { maskIdNumber } from '../../../domain/masking';
import type { ReviewResult } from '../../../domain/review/workflow';
import { agreementAccess } from '../../auth/access';
import type { Agreement } from '../../db/schema';
import { nextAgreementSerial, transitionAgreement } from '../../db/repositories/agreement-repository';
import { findNumberingOfRecord, listAgreementReviewQueue } from '../../db/repositories/agreement-review-repository';
import type { Executor } from '../../db/repositories/executor';
import { enqueueJob } from '../../db/repositories/job-repository';
import { revokeLiveLinks } from '../../db/repositories/return-link-repository';
import { findSchool } from '../../db/repositories/school-repository';
import { accountIdOfRecord, nameOfRecord } from '../../db/repositories/student-record-repository';
import { notifyEmployer, notifyStudent } from '../notifications/notify';
import type { DecidedStep, ReviewSubject } from './review-subject';

export const AGREEMENT_PDF_JOB = 'agreement_pdf';
const ACTION_OF: Record<ReviewResult, AgreementAction> = {
  approved: 'approve',
  rejected: 'reject',
  returned: 'return',
};
const ONLINE_RESULTS: readonly ReviewResult[] = ['approved', 'rejected'];
const ALL_RESULTS: readonly ReviewResult[] = ['approved', 'returned', 'rejected'];

/**
 * An agreement as the review engine sees it: its content (`agreement`) and, for an offline one, its
 * sealed scan (`agreement_scan`) are reviewed in turn on the same row. The school's 通过 makes an online
 * or paper agreement effective, and an offline one 就业协议审核通过 (waiting for the sealed scan), each
 * with its 协议编号; 退回修改 (offline and paper only) hands it back to the student; 不通过 ends it
 * (签约失败 / 已作废) with the reason.
 */
export const agreementReview: ReviewSubject<
  Agreement,
  AgreementStatus,
  ReviewQueueQuery,
  ReviewQueueResponse['items'][number]
> = {
  ...agreementAccess,
  entityType: 'agreement',
  staleMessage: '该协议已由其他审核人处理,请刷新后查看',
  pending: (agreement) => {
    const kind = reviewSubjectOf(agreement.status);
    return { kind, round: kind === 'agreement' ? agreement.review_round : agreement.scan_round };
  },
  results: (agreement) => ({
    allowed: canReturn(agreement.kind) ? ALL_RESULTS : ONLINE_RESULTS,
    refusal: { message: '线上签约不能退回修改,请选择通过或不通过', field: '线上签约只能通过或不通过' },
  }),
  apply: decideAgreement,
  notify: (db, agreement, outcome, step) => notifyParties(db, agreement, outcome.toStatus, step.comment),
  queue: async (db, { scope, stage, filter, limit, offset }) => {
    const statuses =
      filter.status === 'pending'
        ? REVIEWER_VISIBLE_STATUSES.filter((status) => reviewStageOf(status) === stage)
        : filter.status === 'all'
          ? REVIEWER_VISIBLE_STATUSES
          : [filter.status];
    if (!statuses.every((status) => REVIEWER_VISIBLE_STATUSES.includes(status))) return { total: 0, items: [] };
    const { total, rows } = await listAgreementReviewQueue(db, {
      schoolId: scope.schoolId,
      collegeIds: scope.collegeIds,
      statuses,
      collegeId: filter.collegeId,
      major: filter.major,
      kind: filter.kind,
      updatedFrom: filter.from ? chinaDayStartIso(filter.from) : undefined,
      updatedBefore: filter.to ? chinaDayStartIso(filter.to, 1) : undefined,
      keyword: filter.keyword,
      limit,
      offset,
    });
    return {
      total,
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
  },
};

async function decideAgreement(db: Executor, agreement: Agreement, step: DecidedStep) {
  const to = nextStatus(agreement.status, ACTION_OF[step.result], agreement.kind);
  if (!to) return undefined;
  // 协议编号 is assigned when the agreement document is first generated (DOMAIN §8).
  const generatesDocument = (to === 'effective' || to === 'awaiting_scan') && agreement.agreement_number === null;
  // An ended agreement needs no sealed scan: a link sent during the upload must not outlive it. Links
  // are locked before the agreement, as a link upload does, so the two cannot deadlock.
  const revokedLinks =
    to === 'effective' || to === 'voided' ? await revokeLiveLinks(db, agreement.id, step.decidedAt) : 0;
  const changed = await transitionAgreement(db, agreement.id, agreement.status, {
    status: to,
    failure_reason: step.result === 'approved' ? null : (step.comment ?? null),
    ...(generatesDocument ? await documentFields(db, agreement) : {}),
    ...(to === 'effective' ? { effective_at: step.decidedAt } : {}),
  });
  if (!changed) return undefined;
  // An offline agreement approved before has its pre-seal document; effective, it gets its final one.
  const documentJob = generatesDocument
    ? `agreement_pdf:${agreement.id}`
    : to === 'effective'
      ? `agreement_pdf:${agreement.id}:final`
      : null;
  if (documentJob)
    await enqueueJob(db, { kind: AGREEMENT_PDF_JOB, payload: { agreementId: agreement.id }, dedupeKey: documentJob });
  return {
    fromStatus: agreement.status,
    toStatus: to,
    ...(revokedLinks > 0 ? { details: { returnLinksRevoked: revokedLinks } } : {}),
  };
}

/** 协议编号 and verification code, assigned in the approving transaction. */
async function documentFields(db: Executor, agreement: Agreement) {
  const record = await findNumberingOfRecord(db, agreement.student_record_id);
  const school = await findSchool(db, agreement.school_id);
  const serial = await nextAgreementSerial(db, {
    cohort: record.cohort,
    schoolId: agreement.school_id,
    educationLevelCode: record.education_level_code,
  });
  return {
    agreement_number: formatAgreementNumber({
      cohort: record.cohort,
      schoolCode: school!.code,
      educationLevelCode: record.education_level_code,
      serial,
    }),
    // 16 characters from an unambiguous alphabet: unguessable, and easy to read aloud or type.
    verification_code: randomCode(16),
  };
}

function randomCode(length: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

const KIND_WORDS = { online: '就业协议', offline: '线下登记的就业协议', paper: '纸质就业协议书登记' } as const;

async function notifyParties(db: Executor, agreement: Agreement, to: AgreementStatus, comment: string | undefined) {
  const kind = KIND_WORDS[agreement.kind];
  // The student reads about his agreement with the employer; the employer about the student by name.
  const student = resultText(to, `与${agreement.employer_name}的${kind}`, comment);
  if (!student) return;
  await notifyStudent(db, await accountIdOfRecord(db, agreement.student_record_id), {
    ...student,
    link: `/student/agreements/${agreement.id}`,
  });
  const employer = resultText(to, `${await nameOfRecord(db, agreement.student_record_id)}的${kind}`, comment)!;
  await notifyEmployer(db, agreement.employer_id, { ...employer, link: `/employer/agreements/${agreement.id}` });
}

function resultText(to: AgreementStatus, what: string, comment: string | undefined) {
  const texts: Partial<Record<AgreementStatus, { title: string; body: string }>> = {
    school_review: { title: '院系审核通过', body: `${what}已通过院系审核,等待学校审核` },
    scan_school_review: { title: '协议书院系审核通过', body: `${what}回传的协议书已通过院系审核,等待学校审核` },
    awaiting_scan: {
      title: '就业协议审核通过',
      body: `${what}已审核通过,请下载电子协议书,请用人单位盖章后回传协议书`,
    },
    effective: { title: '签约成功', body: `${what}已通过学校审核,签约成功` },
    returned: { title: '退回修改', body: `${what}被退回修改,意见:${comment ?? ''}` },
    scan_returned: { title: '协议书退回修改', body: `${what}回传的协议书被退回,请重新上传。意见:${comment ?? ''}` },
    failed: { title: '签约失败', body: `${what}审核不通过,原因:${comment ?? ''}` },
    voided: { title: '审核不通过,已作废', body: `${what}审核不通过,已作废,需重新填写提交。原因:${comment ?? ''}` },
  };
  return texts[to];
}
