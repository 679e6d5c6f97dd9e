import { AGREEMENT_STATUS_LABELS, nextStatus } from '../../../domain/agreement/status';
import { isBeforeDeadline } from '../../../domain/agreement/deadline';
import { RefusalReason, refused } from '../../../domain/errors';
import { agreementVisibleTo } from '../../auth/access';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { accountIdOfRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { recordEvent } from '../notifications/record-event';

/** 撤回: the employer takes an invitation back before the student answers. */
export async function withdrawInvitation(context: ServiceContext, accountId: number, agreementId: number) {
  const { db } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'employer' });
  // Only an invitation (online) is withdrawn here; a student's own submission has withdraw-submission.
  const to = nextStatus(agreement.status, 'withdraw', 'online');
  if (!to) {
    throw refused(
      RefusalReason.InvitationAnswered,
      `该邀请当前为「${AGREEMENT_STATUS_LABELS[agreement.status]}」,不能撤回`,
    );
  }
  if (agreement.deadline_at && !isBeforeDeadline(new Date(), agreement.deadline_at)) {
    throw refused(RefusalReason.InvitationExpired, '该邀请已超过应约截止时间,已失效,无需撤回');
  }
  await db.transaction().execute(async (trx) => {
    if (!(await transitionAgreement(trx, agreement.id, agreement.status, { status: to }))) {
      throw refused(RefusalReason.InvitationAnswered, '学生已答复该邀请,不能撤回,请刷新后查看');
    }
    await recordEvent(
      trx,
      {
        actor: context.actor,
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: 'agreement.withdrawn',
        fromStatus: agreement.status,
        toStatus: to,
      },
      {
        notices: [
          {
            to: { student: await accountIdOfRecord(trx, agreement.student_record_id) },
            message: {
              title: '签约邀请已撤回',
              body: `${agreement.employer_name}撤回了签约邀请(${agreement.position_title})`,
              link: `/student/agreements/${agreement.id}`,
            },
          },
        ],
      },
    );
  });
}
