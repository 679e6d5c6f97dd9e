import type { SendInvitationBody } from '../../../contract/agreement';
import { formatChinaTime, invitationDeadline, isBeforeDeadline } from '../../../domain/agreement/deadline';
import { AGREEMENT_STATUS_LABELS, ONE_PER_EMPLOYER_STATUSES } from '../../../domain/agreement/status';
import { AppError, AppErrorCode, RefusalReason, refused } from '../../../domain/errors';
import { employerIdOf } from '../../auth/access';
import { isUniqueViolation } from '../../db/constraint-errors';
import type { Agreement } from '../../db/schema';
import { findEmployerAgreementWith, insertAgreement } from '../../db/repositories/agreement-repository';
import { findEmployer } from '../../db/repositories/employer-repository';
import type { Executor } from '../../db/repositories/executor';
import type { ServiceContext } from '../context';
import { recordEvent } from '../notifications/record-event';
import { expireInvitation } from './expire-invitations';
import { findInvitableStudent } from './find-invitable-student';
import { termsColumns, UNDECIDED_COLUMNS } from './terms-columns';

/**
 * 发起签约邀请 (DOMAIN §4.1): a verified employer invites a confirmed student. The terms and a snapshot of
 * 单位信息 are frozen into the invitation; the deadline is computed from the validity in China time.
 */
export async function sendInvitation(context: ServiceContext & { accountId: number }, input: SendInvitationBody) {
  const { db, config } = context;
  const employerId = await employerIdOf(db, context.accountId);
  const employer = await findEmployer(db, employerId);
  if (!employer || employer.verification_status !== 'verified') {
    throw new AppError(AppErrorCode.Forbidden, '单位资质尚未通过平台认证,认证通过后才能发起签约邀请');
  }
  const student = await findInvitableStudent(db, { name: input.studentName, idNumber: input.studentIdNumber }, config.cohort);
  const invitedAt = new Date();
  const deadline = invitationDeadline(invitedAt, input.validDays);
  const now = invitedAt.toISOString();
  const pair = { employerId: employer.id, studentRecordId: student.id };
  try {
    return await db.transaction().execute(async (trx) => {
      await refuseIfAgreementStands(trx, pair, invitedAt);
      const id = await insertAgreement(trx, {
        kind: 'online',
        status: 'invited',
        school_id: student.school_id,
        college_id: student.college_id,
        student_record_id: student.id,
        employer_id: employer.id,
        created_by_account_id: context.accountId,
        valid_days: input.validDays,
        invited_at: now,
        deadline_at: deadline.toISOString(),
        ...termsColumns(input),
        employer_name: employer.name,
        employer_uscc: employer.uscc,
        employer_nature_code: employer.nature_code,
        employer_industry_code: employer.industry_code,
        employer_region_code: employer.region_code,
        employer_address: employer.address,
        ...UNDECIDED_COLUMNS,
        created_at: now,
        updated_at: now,
      });
      await recordEvent(
        trx,
        {
          actor: context.actor,
          entityType: 'agreement',
          entityId: id,
          schoolId: student.school_id,
          action: 'agreement.invited',
          toStatus: 'invited',
          details: { validDays: input.validDays, deadlineAt: deadline.toISOString() },
        },
        {
          notices: [
            {
              to: { student: student.account_id },
              message: {
                title: '新的签约邀请',
                body: `${employer.name}向你发起签约邀请(${input.positionTitle}),请在 ${formatChinaTime(deadline)} 前在"我的签约"中接受或拒绝`,
                link: `/student/agreements/${id}`,
              },
            },
          ],
        },
      );
      return id;
    });
  } catch (error) {
    // DOMAIN §4.1: one online agreement per employer and student, held by a partial unique index; a
    // concurrent invitation that won the race is named like one found by the check.
    if (isUniqueViolation(error)) {
      const standing = await findEmployerAgreementWith(db, pair, ONE_PER_EMPLOYER_STATUSES);
      throw standing ? standingAgreementError(standing) : refused(RefusalReason.SigningChanged, '签约状态已变化,请刷新后重试');
    }
    throw error;
  }
}

/**
 * An invitation past its deadline is 已失效 even before the sweep marks it (DOMAIN §5.7): it is expired
 * here, in the sending transaction, and no longer stands in the way.
 */
async function refuseIfAgreementStands(db: Executor, pair: { employerId: number; studentRecordId: number }, now: Date) {
  const standing = await findEmployerAgreementWith(db, pair, ONE_PER_EMPLOYER_STATUSES);
  if (!standing) return;
  if (standing.status === 'invited' && standing.deadline_at && !isBeforeDeadline(now, standing.deadline_at)) {
    await expireInvitation(db, standing);
    return;
  }
  throw standingAgreementError(standing);
}

function standingAgreementError(standing: Agreement): AppError {
  if (standing.status === 'invited') {
    return refused(RefusalReason.AgreementStanding, '你单位已向该学生发出签约邀请且尚未答复,请等待学生应约或撤回后再发起');
  }
  return refused(
    RefusalReason.AgreementStanding,
    `你单位与该学生的就业协议当前为「${AGREEMENT_STATUS_LABELS[standing.status]}」,不能再次发起签约邀请`,
  );
}
