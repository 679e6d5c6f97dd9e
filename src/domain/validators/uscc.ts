/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, S, V, Z
 * (登记管理部门代码, 机构类别代码, 登记管理机关行政区划码, 主体标识码 and a check character).
 * The check character is a weighted MOD 31 over the first 17 characters.
 */

export type UsccValidation =
  | { ok: true; /** the code in upper case */ normalized: string }
  | { ok: false; reason: 'format' | 'check_char' };

/** The 31 characters of the code, in value order (index = numeric value). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const FIRST17 = /^[0-9A-HJ-NP-RTUWXY]{17}$/;
const FULL = /^[0-9A-HJ-NP-RTUWXY]{18}$/;

/** The check character for the first 17 characters (upper case, from USCC_CHARSET). */
export function usccCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) {
    throw new RangeError('usccCheckChar: expected 17 characters from 0-9 and A-Z without I, O, S, V, Z');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += USCC_CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Appends the check character to 17 characters. */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/** Validates a 统一社会信用代码; lower-case letters are accepted and normalised to upper case. */
export function validateUscc(value: string): UsccValidation {
  if (typeof value !== 'string' || value.length !== 18) return { ok: false, reason: 'format' };
  const normalized = value.toUpperCase();
  if (!FULL.test(normalized)) return { ok: false, reason: 'format' };
  if (usccCheckChar(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: 'check_char' };
  return { ok: true, normalized };
}
