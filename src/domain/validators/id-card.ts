/**
 * 居民身份证号码 (GB 11643-1999): 6-digit 行政区划 code, 8-digit birth date (YYYYMMDD), 3-digit sequence
 * (odd = male, even = female), and a check character computed with ISO 7064 MOD 11-2 ('X' stands for 10).
 */

export type IdCardFailureReason = 'format' | 'region' | 'birth_date' | 'check_digit';

export type IdCardValidation =
  | {
      ok: true;
      /** the number with a lowercase 'x' normalised to 'X' */
      normalized: string;
      /** YYYY-MM-DD */
      birthDate: string;
      gender: 'M' | 'F';
      /** the first six digits (行政区划 at the time of issue; may be an old, no longer listed code) */
      regionCode: string;
    }
  | { ok: false; reason: IdCardFailureReason };

/**
 * Province-level prefixes accepted in the first two digits: the 31 mainland provinces, 71 台湾,
 * 81 香港, 82 澳门 (港澳台居民居住证) and 83 (台湾居民居住证 in some issues).
 */
export const ID_CARD_PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const FIRST17 = /^\d{17}$/;
const FULL = /^\d{17}[\dX]$/;
const MIN_BIRTH_DATE = '1900-01-01';

/** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCardCheckChar(first17: string): string {
  if (!FIRST17.test(first17)) {
    throw new RangeError('idCardCheckChar: expected exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

/** Appends the check character to 17 digits. */
export function makeIdCard(first17: string): string {
  return first17 + idCardCheckChar(first17);
}

/** Today's date (YYYY-MM-DD) in China Standard Time (UTC+8, no DST). */
function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export interface IdCardValidationOptions {
  /** the moment that counts as "now" for the birth-date upper bound (default: the current time) */
  now?: Date;
}

/**
 * Validates an 18-character 居民身份证号码. Checks, in order: format (17 digits + digit or X; a lowercase
 * x is accepted), province prefix, birth date (a real date between 1900-01-01 and today, China time),
 * check character. Unknown county codes are accepted: older people keep codes that no longer exist.
 */
export function validateIdCard(value: string, options: IdCardValidationOptions = {}): IdCardValidation {
  if (typeof value !== 'string' || value.length !== 18) return { ok: false, reason: 'format' };
  const normalized = value.endsWith('x') ? value.slice(0, 17) + 'X' : value;
  if (!FULL.test(normalized)) return { ok: false, reason: 'format' };

  if (!ID_CARD_PROVINCE_PREFIXES.has(normalized.slice(0, 2))) return { ok: false, reason: 'region' };

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  if (!isRealDate(year, month, day)) return { ok: false, reason: 'birth_date' };
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (birthDate < MIN_BIRTH_DATE || birthDate > chinaToday(options.now ?? new Date())) {
    return { ok: false, reason: 'birth_date' };
  }

  if (idCardCheckChar(normalized.slice(0, 17)) !== normalized[17]) return { ok: false, reason: 'check_digit' };

  const sequenceLastDigit = normalized.charCodeAt(16) - 48;
  return {
    ok: true,
    normalized,
    birthDate,
    gender: sequenceLastDigit % 2 === 1 ? 'M' : 'F',
    regionCode: normalized.slice(0, 6),
  };
}
