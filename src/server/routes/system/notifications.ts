import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationsResponse, readNotificationsBody } from '../../../contract/notifications';
import { formatChinaTime } from '../../../domain/agreement/deadline';
import { requireAuthentication } from '../../auth/request-context';
import { countUnread, listNotifications, markNotificationsRead } from '../../db/repositories/notification-repository';

/** 消息: each account's in-app messages. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    { schema: { tags: ['notifications'], summary: '我的消息', response: { 200: notificationsResponse } } },
    async (request) => {
      const { accountId } = requireAuthentication(request);
      const rows = await listNotifications(app.db, accountId, 100);
      return {
        unread: await countUnread(app.db, accountId),
        items: rows.map((row) => ({
          id: row.id,
          title: row.title,
          body: row.body,
          link: row.link,
          read: row.read_at !== null,
          createdAt: formatChinaTime(row.created_at),
        })),
      };
    },
  );

  app.post(
    '/api/notifications/read',
    { schema: { tags: ['notifications'], summary: '标为已读', body: readNotificationsBody, response: { 200: z.object({ unread: z.number() }) } } },
    async (request) => {
      const { accountId } = requireAuthentication(request);
      await markNotificationsRead(app.db, accountId, request.body.ids);
      return { unread: await countUnread(app.db, accountId) };
    },
  );
};
