import { z } from 'zod';
import { checkPasswordPolicy, isContactPhone, isEmail, isMainlandMobile, validateIdCard } from '../domain/validators';

/** Reusable field schemas; every message names the field and says how to fix it. */
export const mobileField = z
  .string({ error: '请填写手机号' })
  .trim()
  .refine(isMainlandMobile, '手机号格式不正确,请输入 11 位中国大陆手机号');

/** 联系人电话 (optional): a fixed-line number with 区号, or a mobile; '' counts as not given. */
export const contactPhoneField = z
  .string({ error: '联系人电话须为文字' })
  .trim()
  .refine(
    (value) => value === '' || isContactPhone(value),
    '联系人电话格式不正确,请填写带区号的固定电话(如 010-12345678,分机写在 - 之后)或 11 位手机号',
  )
  .optional()
  .transform((value) => (value ? value : undefined));

export const emailField = z
  .string({ error: '请填写邮箱' })
  .trim()
  .max(254, '邮箱过长,请检查后重新输入')
  .refine(isEmail, '邮箱格式不正确,请输入如 name@example.com 的邮箱');

export const passwordField = z
  .string({ error: '请填写密码' })
  .superRefine((value, context) => {
    const problem = checkPasswordPolicy(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const captchaFields = {
  captchaId: z.string({ error: '请刷新验证码' }).max(64, '验证码已失效,请刷新验证码'),
  captchaAnswer: z.string({ error: '请填写验证码' }).trim().min(1, '请填写验证码').max(10, '验证码不正确,请重新输入'),
};

export const smsCodeField = z
  .string({ error: '请填写短信验证码' })
  .trim()
  .regex(/^\d{6}$/, '短信验证码为 6 位数字,请检查后重新输入');

export const idTypeField = z.enum(['1', '2', '3', '4'], { error: '请选择证件类型' });

const idCardMessages = {
  format: '身份证号应为 18 位(最后一位可为 X),请检查后重新输入',
  region: '身份证号前 6 位不是有效的行政区划代码,请检查后重新输入',
  birth_date: '身份证号中的出生日期无效,请检查后重新输入',
  check_digit: '身份证号校验位不正确,请核对最后一位后重新输入',
} as const;

/** Message for an invalid 居民身份证号, or null when valid. */
export function idCardProblem(value: string): string | null {
  const result = validateIdCard(value);
  return result.ok ? null : idCardMessages[result.reason];
}

/** Other certificates: passport and 港澳台 permits, 5–20 letters and digits. */
export const otherIdPattern = /^[A-Za-z0-9]{5,20}$/;

/** A decision with a comment that every result but 通过 requires (reviews and verifications alike). */
export function decisionBody<R extends readonly ['approved', ...string[]]>(results: R, reasonRequired: string) {
  return z
    .object({
      result: z.enum(results, { error: '请选择结果' }),
      comment: z.string().trim().max(500, '意见不能超过 500 字').optional(),
    })
    .superRefine((body, context) => {
      if (body.result !== 'approved' && !body.comment) {
        context.addIssue({ code: 'custom', path: ['comment'], message: reasonRequired });
      }
    });
}
