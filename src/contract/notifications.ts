import { z } from 'zod';

/** 消息: in-app messages of the logged-in account. */
export const notificationsResponse = z.object({
  unread: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      body: z.string(),
      link: z.string().nullable(),
      read: z.boolean(),
      createdAt: z.string(),
    }),
  ),
});
export const readNotificationsBody = z.object({
  ids: z.union([z.array(z.number().int().positive()).max(200, '一次最多 200 条'), z.literal('all')], {
    error: '请指定要标为已读的消息',
  }),
});
