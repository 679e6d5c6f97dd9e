import { nextStatus } from '../../../domain/agreement/status';
import { RefusalReason, refused } from '../../../domain/errors';
import { agreementVisibleTo } from '../../auth/access';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { accountIdOfRecord } from '../../db/repositories/student-record-repository';
import type { ServiceContext } from '../context';
import { recordEvent } from '../notifications/record-event';
import { requireOpenInvitation } from './open-invitation';

/** 撤回: the employer takes an invitation back before the student answers. */
export async function withdrawInvitation(context: ServiceContext, accountId: number, agreementId: number) {
  const { db } = context;
  const agreement = await agreementVisibleTo(db, agreementId, { accountId, role: 'employer' });
  // Only an invitation (online) is withdrawn here; a student's own submission has withdraw-submission.
  const to = requireOpenInvitation(agreement, nextStatus(agreement.status, 'withdraw', 'online'), {
    answered: (statusLabel) => `该邀请当前为「${statusLabel}」,不能撤回`,
    expired: '该邀请已超过应约截止时间,已失效,无需撤回',
  });
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
