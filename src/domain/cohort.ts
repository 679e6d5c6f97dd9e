/**
 * The 届别 being registered: graduates leave in June–July, and a school year's registration opens in
 * September, so from September on the current 届别 is next year's (China time).
 */
export function currentCohort(now: Date): number {
  const china = new Date(now.getTime() + 8 * 3600 * 1000);
  const year = china.getUTCFullYear();
  return china.getUTCMonth() >= 8 ? year + 1 : year;
}
