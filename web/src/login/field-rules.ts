import type { FormRule } from 'antd';
import { validateIdCard } from '../../../src/domain/validators/id-card';
import { checkPasswordPolicy, isEmail, isMainlandMobile } from '../../../src/domain/validators/contact';

// The checks themselves, shared by the antd forms here and the student's antd-mobile forms (whose
// rule types come from another copy of the form library).
export function checkPhone(_rule: unknown, value: string | undefined): Promise<void> {
  return !value || isMainlandMobile(value.trim())
    ? Promise.resolve()
    : Promise.reject(new Error('手机号应为 11 位大陆手机号码,请检查后重新输入'));
}

export function checkNewPassword(_rule: unknown, value: string | undefined): Promise<void> {
  const problem = value ? checkPasswordPolicy(value) : null;
  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
}

export function checkEmail(_rule: unknown, value: string | undefined): Promise<void> {
  return !value || isEmail(value.trim())
    ? Promise.resolve()
    : Promise.reject(new Error('邮箱格式不正确,例如 name@example.com'));
}

/** "确认密码" repeats the password typed above it. */
export function checkRepeated(password: unknown, value: string | undefined): Promise<void> {
  return !value || value === password ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'));
}

export const smsCodePattern = { pattern: /^\s*\d{6}\s*$/, message: '短信验证码为 6 位数字,请检查后重新输入' };

export const phoneRules: FormRule[] = [{ required: true, message: '请输入手机号' }, { validator: checkPhone }];

export const smsCodeRules: FormRule[] = [{ required: true, whitespace: true, message: '请输入短信验证码' }, smsCodePattern];

export const newPasswordRules: FormRule[] = [{ required: true, message: '请输入密码' }, { validator: checkNewPassword }];

/** "确认密码" must repeat the field named `passwordField`. */
export function confirmPasswordRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => checkRepeated(getFieldValue(passwordField), value),
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

export const optionalEmailRules: FormRule[] = [{ validator: checkEmail }];
