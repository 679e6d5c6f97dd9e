import { acceptedStatus, nextStatus, reviewStageOf, STAGE_NAMES } from '../../../domain/agreement/status';
import { RefusalReason, refused } from '../../../domain/errors';
import { schoolOf } from '../../auth/access';
import type { Authentication } from '../../auth/request-context';
import { isUniqueViolation } from '../../db/constraint-errors';
import type { Agreement } from '../../db/schema';
import type { StudentRecordWithNames } from '../../db/repositories/student-record-repository';
import { transitionAgreement } from '../../db/repositories/agreement-repository';
import { markReauthenticated } from '../../db/repositories/session-repository';
import type { ServiceContext } from '../context';
import { requireRecentReauthentication } from '../auth/reauthenticate';
import { recordEvent } from '../notifications/record-event';
import { requireOpenInvitation } from './open-invitation';
import { ownAgreement } from './own-agreement';
import { refuseIfSlotHeld, slotConflict } from './signing-slot';

/**
 * 接受: the student's own act, after typing the password again. It takes the one signing slot — the
 * partial unique index decides between two acceptances at the same moment — and starts the review.
 * Returns the accepted agreement as it now is.
 */
export async function acceptInvitation(
  context: ServiceContext,
  authentication: Authentication,
  record: StudentRecordWithNames,
  agreementId: number,
): Promise<Agreement> {
  requireRecentReauthentication(authentication);
  const { db } = context;
  const agreement = await ownAgreement(db, record, agreementId);
  const school = await schoolOf(db, agreement.school_id);
  const to = requireOpenInvitation(agreement, acceptedStatus(agreement.status, school.review_chain));
  try {
    return await db.transaction().execute(async (trx) => {
      await refuseIfSlotHeld(trx, agreement.student_record_id);
      const now = new Date().toISOString();
      const accepted = await transitionAgreement(trx, agreement.id, agreement.status, { status: to, answered_at: now });
      if (!accepted) {
        throw refused(RefusalReason.InvitationAnswered, '该签约邀请已被处理,请刷新后查看');
      }
      // The password typed again covers this one act only.
      await markReauthenticated(trx, authentication.sessionId, null);
      await recordEvent(
        trx,
        {
          actor: context.actor,
          entityType: 'agreement',
          entityId: agreement.id,
          schoolId: agreement.school_id,
          action: 'agreement.accepted',
          fromStatus: agreement.status,
          toStatus: to,
        },
        {
          notices: [
            {
              to: { employer: agreement.employer_id },
              message: {
                title: '学生已接受签约邀请',
                body: `${record.name}已接受你单位的签约邀请(${agreement.position_title}),现进入${STAGE_NAMES[reviewStageOf(to)!]}`,
                link: `/employer/agreements/${agreement.id}`,
              },
            },
          ],
        },
      );
      return accepted;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await slotConflict(db, agreement.student_record_id);
    throw error;
  }
}

/** 拒绝: the student declines; the employer may invite again later. */
export async function declineInvitation(context: ServiceContext, record: StudentRecordWithNames, agreementId: number) {
  const { db } = context;
  const agreement = await ownAgreement(db, record, agreementId);
  const to = requireOpenInvitation(agreement, nextStatus(agreement.status, 'decline', 'online'));
  await db.transaction().execute(async (trx) => {
    // While the slot is held, every other invitation is view-only (DOMAIN §4.1), declining included.
    await refuseIfSlotHeld(trx, agreement.student_record_id);
    const now = new Date().toISOString();
    if (!(await transitionAgreement(trx, agreement.id, agreement.status, { status: to, answered_at: now }))) {
      throw refused(RefusalReason.InvitationAnswered, '该签约邀请已被处理,请刷新后查看');
    }
    await recordEvent(
      trx,
      {
        actor: context.actor,
        entityType: 'agreement',
        entityId: agreement.id,
        schoolId: agreement.school_id,
        action: 'agreement.declined',
        fromStatus: agreement.status,
        toStatus: to,
      },
      {
        notices: [
          {
            to: { employer: agreement.employer_id },
            message: {
              title: '学生已拒绝签约邀请',
              body: `${record.name}拒绝了你单位的签约邀请(${agreement.position_title})`,
              link: `/employer/agreements/${agreement.id}`,
            },
          },
        ],
      },
    );
  });
}
