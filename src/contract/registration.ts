import { z } from 'zod';
import { CANCELLATION_REASONS, CANCELLATION_STATUSES, REGISTRATION_STATUSES, VOID_REASONS } from '../domain/registration/status';
import { reviewView } from './agreement';
import { decisionBody } from './fields';

/**
 * 其他毕业去向登记 and 毕业去向作废申请 (DOMAIN §4.4). A form's fields travel as strings keyed by the
 * field keys of its declaration (`src/domain/codes/destination-forms.ts`); the server checks them against
 * that declaration, so this schema only bounds their shape.
 */
const formCode = z.string({ error: '请选择毕业去向' }).trim().regex(/^\d{2,3}$/, '请从列表中选择毕业去向');
const fieldValues = z.record(z.string().max(40), z.unknown(), { error: '登记信息格式不正确' });

/** 暂存 (a new registration, or the one 暂存 the student has): the values typed so far, each checked. */
export const registrationDraftBody = z.object({ formCode, fields: fieldValues.default({}) });
/** Edits of a 暂存 or 退回修改 registration (its type can change only while it is a 暂存). */
export const registrationEditBody = z.object({ formCode: formCode.optional(), fields: fieldValues });
export const proofParams = z.object({
  id: z.coerce.number({ error: '编号无效' }).int().positive('编号无效'),
  proof: z.string().regex(/^[A-Za-z]{1,40}$/, '证明材料类型无效'),
});
export const registrationFileParams = z.object({
  id: z.coerce.number({ error: '编号无效' }).int().positive('编号无效'),
  fileId: z.coerce.number({ error: '编号无效' }).int().positive('编号无效'),
});

export const cancellationBody = z.object({
  reason: z.enum(CANCELLATION_REASONS, { error: '请选择作废原因' }),
  note: z.string({ error: '说明须为文字' }).trim().max(500, '说明不能超过 500 字').optional(),
});

const fileView = z.object({
  id: z.number(),
  page: z.number(),
  round: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
});

/** Whether the pay reaches the place's minimum wage (shown to reviewers; registering is not refused). */
export const minimumWageView = z.object({
  result: z.enum(['meets', 'below', 'depends_on_tier', 'unknown']),
  /** e.g. 月薪 2000 元低于广东省最低工资标准(第四档 1750 元 – 第一档 2500 元,2026-01-01 起) */
  message: z.string(),
});

export const cancellationView = z.object({
  id: z.number(),
  status: z.enum(CANCELLATION_STATUSES),
  statusLabel: z.string(),
  reason: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  reviews: z.array(reviewView),
});

export const registrationView = z.object({
  id: z.number(),
  formCode: z.string(),
  formName: z.string(),
  category: z.string(),
  destinationCode: z.string(),
  destinationName: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  statusLabel: z.string(),
  voidReason: z.enum(VOID_REASONS).nullable(),
  voidReasonLabel: z.string().nullable(),
  /** Submissions so far; above 1 the reviewer sees 需重审. */
  reviewRound: z.number(),
  /** 单位 or 院校, as lists name it. */
  title: z.string(),
  /** The raw values, for editing (keys of the form's declaration). */
  values: z.record(z.string(), z.string()),
  /** Every asked field with its label and the value as shown (names instead of codes). */
  fields: z.array(z.object({ key: z.string(), label: z.string(), display: z.string() })),
  /** The current round's pages of each proof the form asks for now; earlier rounds stay in `earlierFiles`. */
  proofs: z.array(z.object({ key: z.string(), label: z.string(), hint: z.string(), required: z.boolean(), files: z.array(fileView) })),
  earlierFiles: z.array(fileView.extend({ proof: z.string(), proofLabel: z.string() })),
  minimumWage: minimumWageView.nullable(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  voidedAt: z.string().nullable(),
  updatedAt: z.string(),
  reviews: z.array(reviewView),
  cancellations: z.array(cancellationView),
  canEdit: z.boolean(),
  canDiscard: z.boolean(),
  canRequestCancellation: z.boolean(),
  /** Why he cannot submit now (e.g. the signing slot is held), or null. */
  blockedReason: z.string().nullable(),
  student: z.object({
    name: z.string(),
    idNumberMasked: z.string(),
    collegeName: z.string(),
    majorName: z.string(),
    levelName: z.string(),
    cohort: z.number(),
  }),
});
export type RegistrationView = z.infer<typeof registrationView>;
export const registrationResponse = z.object({ registration: registrationView });
export const registrationListResponse = z.object({ items: z.array(registrationView) });

/**
 * The student's current 毕业去向 whatever path it came from (DOMAIN §4): the agreement that holds his
 * signing slot, else his live registration, else 待就业. His 暂存 is named beside it.
 */
export const currentDestinationResponse = z.object({
  destination: z.object({
    source: z.enum(['agreement', 'registration', 'none']),
    id: z.number().nullable(),
    /** 线上签约 / 线下签约 / 纸质协议书登记 / 其他毕业去向登记 */
    pathName: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    status: z.string().nullable(),
    statusLabel: z.string(),
    placed: z.boolean(),
  }),
  draft: z.object({ id: z.number(), formCode: z.string(), formName: z.string(), updatedAt: z.string() }).nullable(),
});

/** 审核列表 of registrations: `pending` is what waits at the reviewer's own stage. */
export const registrationQueueQuery = z.object({
  status: z.union([z.enum(REGISTRATION_STATUSES), z.literal('pending'), z.literal('all')]).default('pending'),
  formCode: formCode.optional(),
  collegeId: z.coerce.number().int().positive().optional(),
  major: z.string().trim().max(50).optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '开始日期格式为 YYYY-MM-DD').optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '结束日期格式为 YYYY-MM-DD').optional(),
  keyword: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type RegistrationQueueQuery = z.infer<typeof registrationQueueQuery>;

export const registrationQueueResponse = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      formCode: z.string(),
      formName: z.string(),
      destinationName: z.string(),
      status: z.enum(REGISTRATION_STATUSES),
      statusLabel: z.string(),
      studentName: z.string(),
      idNumberMasked: z.string(),
      collegeName: z.string(),
      majorName: z.string(),
      levelName: z.string(),
      title: z.string(),
      needsRereview: z.boolean(),
      /** below / depends_on_tier flags the row for the reviewer */
      minimumWage: minimumWageView.nullable(),
      submittedAt: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
});
export type RegistrationQueueResponse = z.infer<typeof registrationQueueResponse>;

/** 审核列表 of 毕业去向作废申请. */
export const cancellationQueueQuery = z.object({
  status: z.union([z.enum(CANCELLATION_STATUSES), z.literal('pending'), z.literal('all')]).default('pending'),
  collegeId: z.coerce.number().int().positive().optional(),
  keyword: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CancellationQueueQuery = z.infer<typeof cancellationQueueQuery>;
export const cancellationQueueResponse = z.object({
  total: z.number(),
  items: z.array(
    cancellationView.omit({ reviews: true }).extend({
      registrationId: z.number(),
      formName: z.string(),
      destinationName: z.string(),
      title: z.string(),
      studentName: z.string(),
      idNumberMasked: z.string(),
      collegeName: z.string(),
      majorName: z.string(),
    }),
  ),
});
export type CancellationQueueResponse = z.infer<typeof cancellationQueueResponse>;
/** A 作废申请 in review, with the registration it would void. */
export const cancellationResponse = z.object({ cancellation: cancellationView, registration: registrationView });

/** A 作废申请 is 通过 or 不通过: there is nothing to edit, so no 退回修改. Registrations take `reviewDecisionBody`. */
export const cancellationDecisionBody = decisionBody(['approved', 'rejected'] as const, '审核不通过时须填写意见,说明原因');
