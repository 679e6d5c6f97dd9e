import { formatChinaTime } from '../../../domain/agreement/deadline';
import { nextStatus } from '../../../domain/agreement/status';
import type { Kysely } from 'kysely';
import type { Agreement, Database } from '../../db/schema';
import {
  listInvitationsToRemind,
  listOverdueInvitations,
  markReminded,
  transitionAgreement,
} from '../../db/repositories/agreement-repository';
import type { AuditActor } from '../../db/repositories/audit-repository';
import { isoAfter, nowIso, type Executor } from '../../db/repositories/executor';
import { accountIdOfRecord, nameOfRecord } from '../../db/repositories/student-record-repository';
import { recordEvent } from '../notifications/record-event';

const SYSTEM: AuditActor = { accountId: null, role: 'system', ip: null };
const BATCH = 200;
const REMINDER_WINDOW_MS = 24 * 3600 * 1000;

/** Marks unanswered invitations past their deadline 已失效 (DOMAIN §5.7); safe to run in several processes. */
export async function expireInvitations(db: Kysely<Database>): Promise<number> {
  let expired = 0;
  for (const invitation of await listOverdueInvitations(db, nowIso(), BATCH)) {
    if (await db.transaction().execute((trx) => expireInvitation(trx, invitation))) expired += 1;
  }
  return expired;
}

/**
 * 已失效 for one invitation past its deadline, in the caller's transaction: audited as the system's act
 * (the deadline, not the caller, ended it), both parties told.
 * False when another request (the sweep in another process, an answer) changed it first.
 */
export async function expireInvitation(db: Executor, invitation: Agreement): Promise<boolean> {
  const to = nextStatus(invitation.status, 'expire', 'online');
  if (!to || !(await transitionAgreement(db, invitation.id, invitation.status, { status: to }))) return false;
  const what = `的签约邀请(${invitation.position_title})已超过应约截止时间,已失效`;
  await recordEvent(
    db,
    {
      actor: SYSTEM,
      entityType: 'agreement',
      entityId: invitation.id,
      schoolId: invitation.school_id,
      action: 'agreement.expired',
      fromStatus: invitation.status,
      toStatus: to,
    },
    {
      notices: [
        {
          to: { student: await accountIdOfRecord(db, invitation.student_record_id) },
          message: {
            title: '签约邀请已失效',
            body: `${invitation.employer_name}${what}`,
            link: `/student/agreements/${invitation.id}`,
          },
        },
        {
          to: { employer: invitation.employer_id },
          message: {
            title: '签约邀请已失效',
            body: `你单位发给${await nameOfRecord(db, invitation.student_record_id)}${what},学生未答复`,
            link: `/employer/agreements/${invitation.id}`,
          },
        },
      ],
    },
  );
  return true;
}

/** Reminds the student once when an unanswered invitation's deadline is less than 24 hours away. */
export async function remindExpiringInvitations(db: Kysely<Database>): Promise<number> {
  let reminded = 0;
  const now = nowIso();
  for (const invitation of await listInvitationsToRemind(db, now, isoAfter(REMINDER_WINDOW_MS), BATCH)) {
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, invitation.id, now))) return false;
      await recordEvent(
        trx,
        {
          actor: SYSTEM,
          entityType: 'agreement',
          entityId: invitation.id,
          schoolId: invitation.school_id,
          action: 'agreement.reminded',
        },
        {
          notices: [
            {
              to: { student: await accountIdOfRecord(trx, invitation.student_record_id) },
              message: {
                title: '签约邀请即将截止',
                body: `${invitation.employer_name}的签约邀请将于 ${formatChinaTime(invitation.deadline_at!)} 截止,请及时接受或拒绝`,
                link: `/student/agreements/${invitation.id}`,
              },
            },
          ],
        },
      );
      return true;
    });
    if (sent) reminded += 1;
  }
  return reminded;
}
