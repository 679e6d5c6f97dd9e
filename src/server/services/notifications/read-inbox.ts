import { formatChinaTime } from '../../../domain/agreement/deadline';
import type { Executor } from '../../db/repositories/executor';
import { countUnread, listNotifications, markNotificationsRead } from '../../db/repositories/notification-repository';

/** 我的消息: the newest hundred messages of an account and how many are unread. */
export async function readInbox(db: Executor, accountId: number) {
  const rows = await listNotifications(db, accountId, 100);
  return {
    unread: await countUnread(db, accountId),
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      link: row.link,
      read: row.read_at !== null,
      createdAt: formatChinaTime(row.created_at),
    })),
  };
}

/** 标为已读: the given messages of the account (or all of them); answers how many stay unread. */
export async function markInboxRead(db: Executor, accountId: number, ids: number[] | 'all') {
  await markNotificationsRead(db, accountId, ids);
  return { unread: await countUnread(db, accountId) };
}
