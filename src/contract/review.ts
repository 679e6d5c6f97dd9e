import { z } from 'zod';
import { agreementStatusSchema } from './agreement';

/** 审核列表 filters: `pending` is what waits at the reviewer's own stage. */
export const reviewQueueQuery = z.object({
  status: z.union([agreementStatusSchema, z.literal('pending'), z.literal('all')]).default('pending'),
  collegeId: z.coerce.number().int().positive().optional(),
  major: z.string().trim().max(50).optional(),
  kind: z.enum(['online', 'offline', 'paper']).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '开始日期格式为 YYYY-MM-DD').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '结束日期格式为 YYYY-MM-DD').optional(),
  keyword: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const reviewQueueResponse = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      kind: z.enum(['online', 'offline', 'paper']),
      kindName: z.string(),
      status: agreementStatusSchema,
      statusLabel: z.string(),
      studentName: z.string(),
      idNumberMasked: z.string(),
      collegeName: z.string(),
      majorName: z.string(),
      levelName: z.string(),
      employerName: z.string(),
      positionTitle: z.string(),
      needsRereview: z.boolean(),
      submittedAt: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
});
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponse>;
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
