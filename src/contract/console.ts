import { z } from 'zod';
import { REVIEW_CHAINS } from '../domain/agreement/status';
import { VERIFICATION_STATUSES } from '../domain/employer/verification';
import { roleSchema } from './auth';

export const consoleResponse = z.object({
  role: roleSchema,
  /** The 届别 the counts are for. */
  cohort: z.number(),
  realName: z.string(),
  username: z.string().nullable(),
  school: z
    .object({ code: z.string(), name: z.string(), reviewChain: z.enum(REVIEW_CHAINS) })
    .nullable(),
  colleges: z.array(z.object({ id: z.number(), code: z.string(), name: z.string() })),
  employer: z
    .object({
      name: z.string(),
      usccMasked: z.string(),
      verificationStatus: z.enum(VERIFICATION_STATUSES),
    })
    .nullable(),
  counts: z.object({ students: z.number(), confirmed: z.number() }).nullable(),
});
export type ConsoleView = z.infer<typeof consoleResponse>;

export const codeListResponse = z.object({
  dictionary: z.string(),
  items: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
});

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
