import type { FormRule } from 'antd';
import { validateIdCard } from '../../../src/domain/validators/id-card';
import { checkPasswordPolicy, isEmail, isMainlandMobile } from '../../../src/domain/validators/contact';

export const phoneRules: FormRule[] = [
  { required: true, message: '请输入手机号' },
  {
    validator: (_, value: string | undefined) =>
      !value || isMainlandMobile(value.trim())
        ? Promise.resolve()
        : Promise.reject(new Error('手机号应为 11 位大陆手机号码,请检查后重新输入')),
  },
];

export const smsCodeRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入短信验证码' },
  { pattern: /^\s*\d{6}\s*$/, message: '短信验证码为 6 位数字,请检查后重新输入' },
];

export const newPasswordRules: FormRule[] = [
  { required: true, message: '请输入密码' },
  {
    validator: (_, value: string | undefined) => {
      const problem = value ? checkPasswordPolicy(value) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  },
];

/** "确认密码" must repeat the field named `passwordField`. */
export function confirmPasswordRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) =>
        !value || value === getFieldValue(passwordField)
          ? Promise.resolve()
          : Promise.reject(new Error('两次输入的密码不一致')),
    }),
  ];
}

const ID_CARD_PROBLEMS = {
  format: '身份证号应为 18 位,最后一位可以是数字或 X',
  region: '身份证号前 6 位的地区码不正确,请核对',
  birth_date: '身份证号中的出生日期不正确,请核对',
  check_digit: '身份证号校验位不正确,请逐位核对',
} as const;

/** 证件号码: 居民身份证 numbers are checked here (GB 11643); other documents by the server. */
export const idNumberRules: FormRule[] = [
  { required: true, whitespace: true, message: '请输入证件号码' },
  ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) => {
      if (!value || getFieldValue('idType') !== '1') return Promise.resolve();
      const result = validateIdCard(value.trim().toUpperCase());
      return result.ok ? Promise.resolve() : Promise.reject(new Error(ID_CARD_PROBLEMS[result.reason]));
    },
  }),
];

export const optionalEmailRules: FormRule[] = [
  {
    validator: (_, value: string | undefined) =>
      !value || isEmail(value.trim())
        ? Promise.resolve()
        : Promise.reject(new Error('邮箱格式不正确,例如 name@example.com')),
  },
];
