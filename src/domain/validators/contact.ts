/** Mainland China mobile number: 11 digits starting with 1[3-9]. */
export function isMainlandMobile(value: string): boolean {
  return typeof value === 'string' && /^1[3-9]\d{9}$/.test(value);
}

// 固定电话: an optional 区号 (0 + 2–3 digits, in parentheses or followed by -), a 7–8 digit number and an
// optional 分机 (-, 转 or #); or a 400/800 service number.
const FIXED_LINE = /^(?:(?:\(0\d{2,3}\)|0\d{2,3}-?)?[1-9]\d{6,7}(?:(?:-|转|#)\d{1,6})?|[48]00-?\d{3}-?\d{4})$/;

/** 联系人电话: a mainland fixed-line number (010-12345678, (0755)1234567, 021-12345678-123, 400-123-4567) or a mobile. */
export function isContactPhone(value: string): boolean {
  return typeof value === 'string' && (FIXED_LINE.test(value) || isMainlandMobile(value));
}

const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A pragmatic e-mail check: ASCII `local@domain.tld`, at most 254 characters, local part at most 64,
 * dot-separated domain labels (letters, digits, inner hyphens) and an alphabetic TLD of 2+ letters.
 */
export function isEmail(value: string): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => EMAIL_DOMAIN_LABEL.test(label))) return false;
  return /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1]!);
}

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 64;

export const PASSWORD_POLICY_MESSAGE = '密码至少 8 位,且须同时包含字母和数字';
export const PASSWORD_TOO_LONG_MESSAGE = '密码不能超过 64 位,请缩短后重试';

/**
 * Password policy: 8–64 characters, containing at least one letter (A-Z, a-z) and one digit.
 * Returns null when the password is acceptable, otherwise the Chinese sentence to show.
 */
export function checkPasswordPolicy(pw: string): string | null {
  if (typeof pw !== 'string') return PASSWORD_POLICY_MESSAGE;
  const length = [...pw].length;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_TOO_LONG_MESSAGE;
  if (length < PASSWORD_MIN_LENGTH || !/[A-Za-z]/.test(pw) || !/\d/.test(pw)) return PASSWORD_POLICY_MESSAGE;
  return null;
}
