/**
 * 协议编号 = 届别 (4) + 院校代码 (5) + 学历代码 (2) + serial (5), DOMAIN §8. The serial counts per
 * 届别, school and 学历代码, so the whole number is unique.
 */
export function formatAgreementNumber(parts: {
  cohort: number;
  schoolCode: string;
  educationLevelCode: string;
  serial: number;
}): string {
  if (!/^\d{4}$/.test(String(parts.cohort))) throw new RangeError('届别须为 4 位年份');
  if (!/^\d{5}$/.test(parts.schoolCode)) throw new RangeError('院校代码须为 5 位数字');
  if (!/^\d{2}$/.test(parts.educationLevelCode)) throw new RangeError('学历代码须为 2 位数字');
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > 99999) {
    throw new RangeError('协议序号须在 1–99999 之间');
  }
  return `${parts.cohort}${parts.schoolCode}${parts.educationLevelCode}${String(parts.serial).padStart(5, '0')}`;
}
