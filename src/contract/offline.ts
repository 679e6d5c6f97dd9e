import { z } from 'zod';
import { isValidCode } from '../domain/codes';
import { agreementTermsInput, invitationContactInput } from './agreement';
import { emailField } from './fields';
import { usccField } from './employer';

const codeField = (dictionary: Parameters<typeof isValidCode>[0], label: string) =>
  z.string({ error: `请选择${label}` }).refine((value) => isValidCode(dictionary, value), `${label}不在代码表中,请从列表中选择`);

/** 单位信息 typed by the student for an employer not registered in the system (DOMAIN §4.2). */
export const offlineEmployerInput = z.object({
  employerName: z.string({ error: '请填写单位名称' }).trim().min(2, '请填写单位全称').max(100, '单位名称不能超过 100 个字'),
  employerUscc: usccField,
  employerNatureCode: codeField('employer-nature', '单位性质'),
  employerIndustryCode: codeField('industry', '单位行业'),
  employerRegionCode: z
    .string({ error: '请选择通讯地址所在省市' })
    .refine((value) => /^\d{6}$/.test(value) && isValidCode('region', value), '请从列表中选择通讯地址所在省市'),
  employerAddress: z.string({ error: '请填写详细的通讯地址' }).trim().min(2, '请填写详细的通讯地址').max(200, '详细地址不能超过 200 个字'),
});

/** The 申请签约 form: 单位信息 + 签约信息; 联系人邮箱 is required here (the sealed-scan link goes there). */
export const offlineAgreementInput = offlineEmployerInput
  .extend(agreementTermsInput.shape)
  .extend(invitationContactInput.shape)
  .extend({ contactEmail: emailField });
export type OfflineAgreementInput = z.infer<typeof offlineAgreementInput>;

/** 纸质协议书登记: the same fields plus the paper agreement's own number. */
export const paperAgreementInput = offlineAgreementInput.extend({
  paperAgreementNumber: z
    .string({ error: '请填写纸质协议书编号' })
    .trim()
    .min(4, '请填写纸质协议书上的编号')
    .max(40, '纸质协议书编号不能超过 40 个字符')
    .regex(/^[0-9A-Za-z-]+$/, '纸质协议书编号只能包含数字、字母和短横线'),
});
export type PaperAgreementInput = z.infer<typeof paperAgreementInput>;

/** 暂存 keeps whatever has been typed, each present field still checked. */
export const offlineDraftInput = paperAgreementInput.partial();
export type OfflineDraftInput = z.infer<typeof offlineDraftInput>;

/** The draft as saved (already validated on the way in), field by field. */
export const draftResponse = z.object({
  draft: z
    .object({ kind: z.enum(['offline', 'paper']), data: z.record(z.string(), z.unknown()), updatedAt: z.string() })
    .nullable(),
});

export const kindParams = z.object({ kind: z.enum(['offline', 'paper'], { error: '签约类型无效' }) });

export const employerSearchQuery = z.object({ q: z.string().trim().min(1, '请输入单位名称关键字').max(50) });
export const employerSearchResponse = z.object({
  items: z.array(
    z.object({
      employerName: z.string(),
      employerUscc: z.string(),
      employerNatureCode: z.string(),
      employerIndustryCode: z.string(),
      employerRegionCode: z.string(),
      employerAddress: z.string(),
    }),
  ),
});

export const returnLinkBody = z.object({
  channel: z.enum(['email', 'sms'], { error: '请选择发送方式:邮箱或手机短信' }),
});
export const returnLinkView = z.object({
  id: z.number(),
  channel: z.enum(['email', 'sms']),
  recipientMasked: z.string(),
  expiresAt: z.string(),
  state: z.enum(['active', 'used', 'revoked', 'expired']),
  createdAt: z.string(),
});
export const returnLinksResponse = z.object({ items: z.array(returnLinkView) });

export const attachmentView = z.object({
  id: z.number(),
  purpose: z.enum(['sealed_scan', 'paper_scan']),
  round: z.number(),
  page: z.number(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedVia: z.enum(['student', 'employer_link']),
  createdAt: z.string(),
});
export const attachmentsResponse = z.object({ items: z.array(attachmentView) });

/** What the employer sees through a return link, without an account. */
export const returnLinkSummary = z.object({
  agreementNumber: z.string().nullable(),
  employerName: z.string(),
  studentName: z.string(),
  schoolName: z.string(),
  positionTitle: z.string(),
  expiresAt: z.string(),
});
