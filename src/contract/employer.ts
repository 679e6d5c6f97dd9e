import { z } from 'zod';
import { VERIFICATION_STATUSES } from '../domain/employer/verification';
import { AGREEMENT_STATUSES } from '../domain/agreement/status';
import { agreementView, contactView } from './agreement';
import { isValidCode } from '../domain/codes';
import { validateUscc } from '../domain/validators';
import { decisionBody, emailField, mobileField, passwordField, smsCodeField } from './fields';

const codeField = (dictionary: Parameters<typeof isValidCode>[0], label: string) =>
  z.string({ error: `请选择${label}` }).refine((value) => isValidCode(dictionary, value), `${label}不在代码表中,请从列表中选择`);

export const usccField = z
  .string({ error: '请填写统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((value, context) => {
    const result = validateUscc(value);
    if (!result.ok) {
      context.addIssue({
        code: 'custom',
        message:
          result.reason === 'format'
            ? '统一社会信用代码应为 18 位数字或大写字母(不含 I、O、S、V、Z),请核对营业执照'
            : '统一社会信用代码校验位不正确,请核对营业执照上的最后一位',
      });
    }
  });

/** 单位注册 (DOMAIN §1): sent as the `data` field of a multipart form with the 营业执照 file `license`. */
export const registerEmployerData = z.object({
  name: z.string({ error: '请填写单位名称' }).trim().min(2, '请填写单位全称').max(100, '单位名称不能超过 100 个字'),
  uscc: usccField,
  natureCode: codeField('employer-nature', '单位性质'),
  industryCode: codeField('industry', '单位行业'),
  regionCode: z
    .string({ error: '请选择通讯地址所在省市区' })
    .refine((value) => /^\d{6}$/.test(value) && isValidCode('region', value), '请从列表中选择通讯地址所在省市区'),
  address: z.string({ error: '请填写详细地址' }).trim().min(2, '请填写详细地址').max(200, '详细地址不能超过 200 个字'),
  operatorName: z.string({ error: '请填写经办人姓名' }).trim().min(1, '请填写经办人姓名').max(30, '经办人姓名不能超过 30 个字'),
  operatorPhone: mobileField,
  code: smsCodeField,
  password: passwordField,
  contactEmail: emailField.optional().or(z.literal('').transform(() => undefined)),
});
export type RegisterEmployerData = z.infer<typeof registerEmployerData>;

export const employerProfileResponse = z.object({
  id: z.number(),
  name: z.string(),
  uscc: z.string(),
  natureCode: z.string(),
  natureName: z.string(),
  industryCode: z.string(),
  industryName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  ...contactView.shape,
  verificationStatus: z.enum(VERIFICATION_STATUSES),
  verificationComment: z.string().nullable(),
  createdAt: z.string(),
  hasLicense: z.boolean(),
  /** The license scan's type, for the inline preview. */
  licenseMediaType: z.string().nullable(),
});
export type EmployerProfile = z.infer<typeof employerProfileResponse>;

export const employerListResponse = z.object({ items: z.array(employerProfileResponse) });

export const verificationDecisionBody = decisionBody(
  ['approved', 'rejected'] as const,
  '不通过时须填写原因,以便单位修改后重新提交',
);

export const employerAgreementsQuery = z.object({
  status: z.enum(AGREEMENT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const employerAgreementsResponse = z.object({ total: z.number(), items: z.array(agreementView) });

/** 重新提交资质认证 after 不通过: corrected 单位信息 (the 统一社会信用代码 stays) with a new license scan. */
export const resubmitVerificationData = registerEmployerData.pick({
  name: true,
  natureCode: true,
  industryCode: true,
  regionCode: true,
  address: true,
});
export type ResubmitVerificationData = z.infer<typeof resubmitVerificationData>;
