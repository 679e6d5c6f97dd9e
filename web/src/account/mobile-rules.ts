import { checkEmail, checkNewPassword, checkPhone, checkRepeated, smsCodePattern } from '../login/field-rules';

/** The login pages' checks as antd-mobile rules. */
export const MOBILE_RULES = {
  currentPassword: [{ required: true, message: '请输入当前登录密码' }],
  newPassword: [{ required: true, message: '请输入新密码' }, { validator: checkNewPassword }],
  confirmPassword: (passwordField: string) => [
    { required: true, message: '请再次输入新密码' },
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
      validator: (_rule: unknown, value: string | undefined) => checkRepeated(getFieldValue(passwordField), value),
    }),
  ],
  phone: [{ required: true, message: '请输入新手机号' }, { validator: checkPhone }],
  smsCode: [{ required: true, whitespace: true, message: '请输入短信验证码' }, smsCodePattern],
  email: [{ required: true, whitespace: true, message: '请输入新邮箱' }, { validator: checkEmail }],
};
