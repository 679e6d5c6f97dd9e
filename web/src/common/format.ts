/** How the pages write values: a dash for nothing (as the seed's 协议编号 -), whole 元 with the unit. */

export const EMPTY = '-';

export function orDash(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return EMPTY;
  const text = String(value).trim();
  return text === '' ? EMPTY : text;
}

/** 8000 → "8000 元"; nothing → "-". */
export function yuan(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : `${value} 元`;
}

/** 应约有效期: 5 → "5天". */
export function days(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : `${value}天`;
}

/** An ISO instant as China time 'YYYY-MM-DD HH:mm:ss' (the server sends most times formatted already). */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + 8 * 3600 * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
