import { z } from 'zod';
import { ROLES } from '../domain/roles';
import {
  captchaFields,
  emailField,
  idCardProblem,
  idTypeField,
  mobileField,
  otherIdPattern,
  passwordField,
  smsCodeField,
} from './fields';

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const accountSchema = z.object({
  id: z.number(),
  realName: z.string(),
  roles: z.array(roleSchema),
  primaryRole: roleSchema,
  home: z.enum(['/student', '/employer', '/college', '/school', '/platform']),
  phoneMasked: z.string().nullable(),
  emailMasked: z.string().nullable(),
});
export type AccountView = z.infer<typeof accountSchema>;

export const meResponse = z.object({ account: accountSchema.nullable(), csrfToken: z.string() });
export const sessionResponse = z.object({ account: accountSchema, csrfToken: z.string() });
export const okResponse = z.object({ ok: z.literal(true) });

export const captchaResponse = z.object({ captchaId: z.string(), svg: z.string() });

export const loginBody = z.object({
  identifier: z
    .string({ error: '请填写手机号/身份证号/邮箱' })
    .trim()
    .min(1, '请填写手机号/身份证号/邮箱')
    .max(254, '账号过长,请输入手机号、身份证号或邮箱'),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码过长,请检查后重新输入'),
  ...captchaFields,
});

export const smsCodeBody = z.object({
  phone: mobileField,
  purpose: z.enum(['register', 'reset_password', 'recover_username', 'change_phone'], { error: '验证码用途无效,请刷新页面' }),
  ...captchaFields,
});
export const smsCodeResponse = z.object({ expiresInSeconds: z.number(), resendAfterSeconds: z.number() });

export const registerBody = z
  .object({
    phone: mobileField,
    code: smsCodeField,
    password: passwordField,
    realName: z
      .string({ error: '请填写真实姓名' })
      .trim()
      .min(1, '请填写真实姓名')
      .max(50, '姓名不能超过 50 个字符'),
    idType: idTypeField,
    idNumber: z.string({ error: '请填写证件号码' }).trim().toUpperCase(),
    email: emailField.optional(),
  })
  .superRefine((body, context) => {
    const problem =
      body.idType === '1'
        ? idCardProblem(body.idNumber)
        : otherIdPattern.test(body.idNumber)
          ? null
          : '证件号码应为 5–20 位字母或数字,请检查后重新输入';
    if (problem) context.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
  });
export type RegisterBody = z.infer<typeof registerBody>;

export const resetPasswordBody = z.object({ phone: mobileField, code: smsCodeField, newPassword: passwordField });

export const recoverUsernameBody = z.object({ phone: mobileField, code: smsCodeField });
export const recoverUsernameResponse = z.object({
  identifiers: z.object({ phone: z.string(), idNumber: z.string().nullable(), email: z.string().nullable() }),
});

/** The signed-in person's present password, asked again. */
const currentPasswordField = z
  .string({ error: '请填写登录密码' })
  .min(1, '请填写登录密码')
  .max(128, '密码过长,请检查后重新输入');

export const reauthenticateBody = z.object({ password: currentPasswordField });
export const reauthenticateResponse = z.object({ reauthenticatedUntil: z.string() });

// 账号设置: each change asks the present password again.
export const changePasswordBody = z.object({
  oldPassword: z.string({ error: '请填写原密码' }).min(1, '请填写原密码').max(128, '原密码过长,请检查后重新输入'),
  newPassword: passwordField,
});
export const changePhoneBody = z.object({ password: currentPasswordField, phone: mobileField, code: smsCodeField });
export const changeEmailBody = z.object({ password: currentPasswordField, email: emailField });
export const accountResponse = z.object({ account: accountSchema });
