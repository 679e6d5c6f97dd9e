/**
 * 月最低工资标准 (元, 全日制) by province, as dated rows (REFERENCE §4: the 人社部 national table as of
 * 2026-01-01, and the changes announced for later in 2026). A province has one to four tiers (档); which
 * tier a city or county is in is each province's own list, which is not data here, so a pay is judged
 * against the province's tiers: at or above the highest it reaches the minimum wherever the work is,
 * below the lowest it does not reach it anywhere, in between it depends on the tier of the place.
 * A city with its own figure (深圳, and 广州 from 2026-09-01) is a row of its own, keyed by its city code.
 */
export interface MinimumWageRow {
  /** six-digit 行政区划 code of the province (`xx0000`) or of a city with its own figure (`xxxx00`) */
  regionCode: string;
  /** monthly minimum per tier, 第一档 first (the highest) */
  tiers: readonly number[];
  /** first day (China time, YYYY-MM-DD) on which the row is in force */
  effectiveFrom: string;
  source: string;
}

const NATIONAL_TABLE = '人社部 全国各地区月最低工资标准情况 (截至 2026-01-01)';
const ANNOUNCED = '省人民政府公布的调整 (2026)';

const row = (regionCode: string, tiers: number[], effectiveFrom = '2026-01-01', source = NATIONAL_TABLE): MinimumWageRow => ({
  regionCode,
  tiers,
  effectiveFrom,
  source,
});

export const MINIMUM_WAGES: readonly MinimumWageRow[] = [
  row('110000', [2540]),
  row('120000', [2510]),
  row('130000', [2380, 2230, 2080]),
  row('140000', [2150, 2050, 1950]),
  row('140000', [2350, 2250, 2150], '2026-10-01', ANNOUNCED),
  row('150000', [2380, 2310, 2250]),
  row('210000', [2230, 2080, 1930]),
  row('220000', [2230, 2020, 1870]),
  row('230000', [2270, 2010, 1910]),
  row('310000', [2740]),
  row('320000', [2660, 2430, 2180]),
  row('330000', [2660, 2430, 2180]),
  row('340000', [2320, 2170, 2100, 2000]),
  row('350000', [2265, 2195, 2045, 1895]),
  row('360000', [2240, 2090, 1950]),
  row('370000', [2400, 2210, 2020]),
  row('410000', [2350, 2150, 2000]),
  row('420000', [2400, 2130, 1970]),
  row('430000', [2200, 2000, 1800]),
  row('440000', [2500, 2080, 1850, 1750]),
  row('440300', [2520]),
  row('440000', [2300, 2040], '2026-09-01', ANNOUNCED),
  row('440100', [2680], '2026-09-01', ANNOUNCED),
  row('440300', [2700], '2026-09-01', ANNOUNCED),
  row('450000', [2200, 2040, 1870]),
  row('460000', [2250, 2070]),
  row('500000', [2330, 2200]),
  row('510000', [2330, 2200]),
  row('520000', [2130, 1980, 1890]),
  row('530000', [2170, 2020, 1870]),
  row('530000', [2270, 2120, 1970], '2026-09-01', ANNOUNCED),
  row('540000', [2360]),
  row('610000', [2376, 2250, 2140]),
  row('620000', [2200, 2130, 2080]),
  row('630000', [2080]),
  row('640000', [2235, 2080]),
  // 新疆's first tier of 2070 is unverified in the source files.
  row('650000', [2070, 1890, 1750]),
  row('650000', [2270, 2080, 1930], '2026-10-01', ANNOUNCED),
];

/** The year of the table, as the reviewer is told. */
export const MINIMUM_WAGE_TABLE_YEAR = 2026;

/** The row in force for a place on a day: the city's own if it has one, else its province's. */
export function minimumWageRow(regionCode: string, onDate: string): MinimumWageRow | undefined {
  const inForce = (code: string) =>
    MINIMUM_WAGES.filter((candidate) => candidate.regionCode === code && candidate.effectiveFrom <= onDate).sort((a, b) =>
      b.effectiveFrom.localeCompare(a.effectiveFrom),
    )[0];
  return inForce(`${regionCode.slice(0, 4)}00`) ?? inForce(`${regionCode.slice(0, 2)}0000`);
}

export type MinimumWageCheck =
  | { result: 'meets' | 'below' | 'depends_on_tier'; highest: number; lowest: number; row: MinimumWageRow }
  | { result: 'unknown' };

/** Whether a monthly pay reaches the minimum wage of the place of work on a day (see the table's note). */
export function checkMinimumWage(monthlyPay: number, regionCode: string, onDate: string): MinimumWageCheck {
  const found = minimumWageRow(regionCode, onDate);
  if (!found) return { result: 'unknown' };
  const highest = Math.max(...found.tiers);
  const lowest = Math.min(...found.tiers);
  const result = monthlyPay >= highest ? 'meets' : monthlyPay < lowest ? 'below' : 'depends_on_tier';
  return { result, highest, lowest, row: found };
}
