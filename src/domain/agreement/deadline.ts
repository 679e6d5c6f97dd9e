const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export const MIN_VALID_DAYS = 1;
export const MAX_VALID_DAYS = 30;
export const DEFAULT_VALID_DAYS = 5;

/**
 * 应约截止时间 = 00:00:00 China time of the day (邀约日期 + 有效期 + 1 day), DOMAIN §4.1.
 * Invited 2020-11-05 16:05:24 with 1 day → 2020-11-07 00:00:00 (China time).
 */
export function invitationDeadline(invitedAt: Date, validDays: number): Date {
  const chinaMidnightOfInvitation = Math.floor((invitedAt.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS;
  return new Date(chinaMidnightOfInvitation + (validDays + 1) * DAY_MS - CHINA_OFFSET_MS);
}

/** 'YYYY-MM-DD HH:mm:ss' in China time, as the seed's screens show times. */
export function formatChinaTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** An answer is in time strictly before the deadline. */
export function isBeforeDeadline(now: Date, deadline: Date | string): boolean {
  return now.getTime() < new Date(deadline).getTime();
}

/** The instant (ISO, UTC) at which a China-time calendar day 'YYYY-MM-DD' begins, plus whole days. */
export function chinaDayStartIso(date: string, plusDays = 0): string {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * DAY_MS).toISOString();
}

/** Today's calendar day in China time, 'YYYY-MM-DD'. */
export function chinaDate(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar day written 'YYYY-MM-DD' (no 2027-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
