import { z } from 'zod';
import { isValidCode } from '../domain/codes';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, REVIEW_RESULTS, REVIEW_STAGES } from '../domain/agreement/status';
import { chinaDate, DEFAULT_VALID_DAYS, isCalendarDate, MAX_VALID_DAYS, MIN_VALID_DAYS } from '../domain/agreement/deadline';
import { contactPhoneField, decisionBody, emailField, idCardProblem, mobileField } from './fields';

export const SUPPLEMENT_MAX_LENGTH = 1000;
const MONEY_MAX = 1_000_000;

const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}须为文字` })
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** Money in whole 元: 0 … 1 000 000, so a typo like 50000000 is caught. */
const money = (label: string) =>
  z
    .number({ error: `${label}须为数字(单位:元)` })
    .int(`${label}须为整数元,不能有小数(角分),请改为整数金额`)
    .min(0, `${label}不能为负数`)
    .max(MONEY_MAX, `${label}不能超过 ${MONEY_MAX} 元,请核对金额`)
    .optional();

const code = (dictionary: Parameters<typeof isValidCode>[0], label: string) =>
  z
    .string({ error: `请选择${label}` })
    .refine((value) => isValidCode(dictionary, value), `${label}不在代码表中,请从列表中选择`);

/** 签约信息 of DOMAIN §4.1, shared by online invitations and (later) offline and paper agreements. */
export const agreementTermsInput = z.object({
  positionCategoryCode: code('position-category', '职位类别'),
  positionTitle: z.string({ error: '请填写岗位名称' }).trim().min(1, '请填写岗位名称').max(50, '岗位名称不能超过 50 个字'),
  probation: optionalText('试用期', 20),
  probationSalary: money('试用起薪'),
  regularSalary: money('转正起薪'),
  breachPenalty: money('违约金'),
  reportLocation: optionalText('报到地点', 100),
  reportDeadline: z
    .string({ error: '报到期限须为日期,如 2027-07-15' })
    .refine(isCalendarDate, '报到期限须为日期,如 2027-07-15')
    // Checked against the day of the request: a 报到期限 already passed cannot be agreed to.
    .refine((value) => value >= chinaDate(new Date()), '报到期限不能早于今天,请选择今天或以后的日期')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  workLocation: optionalText('实际工作地点', 100),
  hukouHandlingCode: code('hukou-handling', '单位是否解决户档'),
  supplement: z
    .string()
    .refine((value) => [...value].length <= SUPPLEMENT_MAX_LENGTH, `协议补充内容不能超过 ${SUPPLEMENT_MAX_LENGTH} 字`)
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined)),
});
export type AgreementTermsInput = z.infer<typeof agreementTermsInput>;

export const invitationContactInput = z.object({
  contactName: z.string({ error: '请填写单位联系人' }).trim().min(1, '请填写单位联系人').max(30, '单位联系人不能超过 30 个字'),
  contactPhone: contactPhoneField,
  contactMobile: mobileField,
  contactEmail: emailField.optional().or(z.literal('').transform(() => undefined)),
});

const studentName = z.string({ error: '请填写学生姓名' }).trim().min(1, '请填写学生姓名').max(50, '姓名不能超过 50 个字');
const studentIdNumber = z
  .string({ error: '请填写学生身份证号' })
  .trim()
  .toUpperCase()
  .superRefine((value, context) => {
    const problem = idCardProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem.replace('身份证号', '学生身份证号') });
  });

export const findStudentBody = z.object({ name: studentName, idNumber: studentIdNumber });
export const foundStudentResponse = z.object({
  name: z.string(),
  idNumberMasked: z.string(),
  schoolName: z.string(),
  collegeName: z.string(),
  levelName: z.string(),
  majorName: z.string(),
  cohort: z.number(),
});

export const sendInvitationBody = agreementTermsInput.extend({
  ...invitationContactInput.shape,
  studentName,
  studentIdNumber,
  validDays: z
    .number({ error: '应约有效期须为天数' })
    .int('应约有效期须为整数天')
    .min(MIN_VALID_DAYS, `应约有效期为 ${MIN_VALID_DAYS}–${MAX_VALID_DAYS} 天`)
    .max(MAX_VALID_DAYS, `应约有效期为 ${MIN_VALID_DAYS}–${MAX_VALID_DAYS} 天`)
    .default(DEFAULT_VALID_DAYS),
});
export type SendInvitationBody = z.infer<typeof sendInvitationBody>;

export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);

export const reviewView = z.object({
  stage: z.enum(REVIEW_STAGES),
  stageName: z.string(),
  result: z.enum(REVIEW_RESULTS),
  resultName: z.string(),
  comment: z.string().nullable(),
  reviewerName: z.string(),
  decidedAt: z.string(),
});

/** 单位联系人 as shown in agreements and employer profiles. */
export const contactView = z.object({
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  contactMobile: z.string(),
  contactEmail: z.string().nullable(),
});

export const agreementView = z.object({
  id: z.number(),
  kind: z.enum(AGREEMENT_KINDS),
  kindName: z.string(),
  status: agreementStatusSchema,
  statusLabel: z.string(),
  agreementNumber: z.string().nullable(),
  invitedAt: z.string().nullable(),
  validDays: z.number().nullable(),
  deadlineAt: z.string().nullable(),
  deadlineIso: z.string().nullable(),
  answeredAt: z.string().nullable(),
  effectiveAt: z.string().nullable(),
  failureReason: z.string().nullable(),
  /** The student may answer now (接受 / 拒绝). */
  canAnswer: z.boolean(),
  /** The student may edit and resubmit (退回修改). */
  canEdit: z.boolean(),
  /** The student may take his offline or paper submission back (撤回): no reviewer has decided on it yet. */
  canWithdraw: z.boolean(),
  /** The sealed scan may be returned now (回传协议书). */
  canUploadScan: z.boolean(),
  /** Submissions so far; above 1 the reviewer sees 需重审. */
  reviewRound: z.number(),
  scanRound: z.number(),
  paperAgreementNumber: z.string().nullable(),
  /** Why the student cannot act on this invitation, e.g. the signing slot is held. */
  blockedReason: z.string().nullable(),
  /** The document 下载协议 gives now exists: the agreement, or an offline one's pre-seal document before its seal. */
  hasPdf: z.boolean(),
  /** An effective offline agreement still offers the document that was printed for the seal (待盖章协议书). */
  hasPresealPdf: z.boolean(),
  verificationCode: z.string().nullable(),
  terms: z.object({
    positionCategoryName: z.string(),
    positionTitle: z.string(),
    probation: z.string().nullable(),
    probationSalary: z.number().nullable(),
    regularSalary: z.number().nullable(),
    breachPenalty: z.number().nullable(),
    reportLocation: z.string().nullable(),
    reportDeadline: z.string().nullable(),
    workLocation: z.string().nullable(),
    hukouHandlingName: z.string(),
    supplement: z.string().nullable(),
  }),
  employer: z.object({
    name: z.string(),
    uscc: z.string(),
    natureName: z.string(),
    industryName: z.string(),
    regionName: z.string(),
    address: z.string(),
    ...contactView.shape,
  }),
  student: z.object({
    name: z.string(),
    genderName: z.string(),
    idNumberMasked: z.string(),
    schoolName: z.string(),
    collegeName: z.string(),
    levelName: z.string(),
    majorName: z.string(),
    cohort: z.number(),
  }),
  reviews: z.array(reviewView),
});
export type AgreementView = z.infer<typeof agreementView>;

export const agreementListResponse = z.object({ items: z.array(agreementView) });
export const agreementResponse = z.object({ agreement: agreementView });

export const idParams = z.object({ id: z.coerce.number({ error: '编号无效' }).int().positive('编号无效') });

export const reviewDecisionBody = decisionBody(
  ['approved', 'returned', 'rejected'] as const,
  '退回修改或审核不通过时须填写意见,说明原因和修改要求',
);

export const batchApproveBody = z.object({
  ids: z.array(z.number().int().positive()).min(1, '请至少选择一条记录').max(200, '一次最多批量通过 200 条'),
  comment: z.string().trim().max(500, '审核意见不能超过 500 字').optional(),
});
export const batchApproveResponse = z.object({
  approved: z.array(z.number()),
  skipped: z.array(z.object({ id: z.number(), message: z.string() })),
});

export const verifyResponse = z.object({
  agreementNumber: z.string(),
  statusLabel: z.string(),
  kindName: z.string(),
  employerName: z.string(),
  studentName: z.string(),
  studentIdNumber: z.string(),
  schoolName: z.string(),
  effectiveAt: z.string().nullable(),
  /** SHA-256 of the agreement document; for an offline agreement, the final one with the sealed pages. */
  pdfSha256: z.string().nullable(),
  /** The approved pages of the employer-sealed scan appended to it. */
  sealedPages: z.array(z.object({ page: z.number(), sha256: z.string() })),
});

/** 协议书预览 (inline=1) or 下载协议 (attachment); `document=preseal` gives an offline agreement's 待盖章协议书. */
export const pdfQuery = z.object({
  inline: z.enum(['0', '1']).default('0'),
  document: z.enum(['agreement', 'preseal'], { error: 'document 只能为 agreement 或 preseal' }).default('agreement'),
});
