import type { Executor } from '../../db/repositories/executor';
import { findAccountById } from '../../db/repositories/account-repository';
import { employerAccountIds, insertNotifications, platformAdminAccountIds } from '../../db/repositories/notification-repository';
import { enqueueOutbox } from '../../db/repositories/outbox-repository';

export type Message = { title: string; body: string; link: string | null };

/**
 * One event to its people, inside the transaction of the change: an in-app 消息 for each account and an
 * SMS to each phone through the outbox (delivered after commit).
 */
export async function notifyAccounts(db: Executor, accountIds: number[], message: Message): Promise<void> {
  await insertNotifications(db, accountIds, message);
  for (const accountId of accountIds) {
    const account = await findAccountById(db, accountId);
    if (!account?.phone) continue;
    await enqueueOutbox(db, {
      channel: 'sms',
      recipient: account.phone,
      template: 'notification',
      payload: { text: `【毕业去向登记系统】${message.title}:${message.body}` },
    });
  }
}

export async function notifyEmployer(db: Executor, employerId: number | null, message: Message): Promise<void> {
  if (employerId === null) return;
  await notifyAccounts(db, await employerAccountIds(db, employerId), message);
}

export async function notifyStudent(db: Executor, studentAccountId: number | null, message: Message): Promise<void> {
  if (studentAccountId === null) return;
  await notifyAccounts(db, [studentAccountId], message);
}

/** The platform's operators (资质认证 requests). */
export async function notifyPlatformAdmins(db: Executor, message: Message): Promise<void> {
  await notifyAccounts(db, await platformAdminAccountIds(db), message);
}
