import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationsResponse, readNotificationsBody } from '../../../contract/notifications';
import { requireAuthentication } from '../../auth/request-context';
import { markInboxRead, readInbox } from '../../services/notifications/read-inbox';

/** 消息: each account's in-app messages. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    { schema: { tags: ['notifications'], summary: '我的消息', response: { 200: notificationsResponse } } },
    async (request) => {
      const { accountId } = requireAuthentication(request);
      return readInbox(app.db, accountId);
    },
  );

  app.post(
    '/api/notifications/read',
    { schema: { tags: ['notifications'], summary: '标为已读', body: readNotificationsBody, response: { 200: z.object({ unread: z.number() }) } } },
    async (request) => {
      const { accountId } = requireAuthentication(request);
      return markInboxRead(app.db, accountId, request.body.ids);
    },
  );
};
