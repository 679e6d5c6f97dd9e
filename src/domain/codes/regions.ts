import { areaList } from '@vant/area-data';
import type { CodeEntry } from './types.js';

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionEntry extends CodeEntry {
  level: RegionLevel;
}

/**
 * 行政区划 (GB/T 2260) from the maintained package @vant/area-data: provinces, cities (parent = province)
 * and counties (parent = city), in the package's order.
 */
export const regions: readonly RegionEntry[] = [
  ...Object.entries(areaList.province_list).map(([code, name]) => ({ code, name, level: 'province' as const })),
  ...Object.entries(areaList.city_list).map(([code, name]) => ({
    code,
    name,
    parentCode: `${code.slice(0, 2)}0000`,
    level: 'city' as const,
  })),
  ...Object.entries(areaList.county_list).map(([code, name]) => ({
    code,
    name,
    parentCode: `${code.slice(0, 4)}00`,
    level: 'county' as const,
  })),
];

/** City-level names that only group counties and are not part of an address. */
const PLACEHOLDER_CITY_NAMES: ReadonlySet<string> = new Set([
  '县',
  '市辖区',
  '省直辖县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

function lookup(list: Record<string, string>, code: string): string | undefined {
  return Object.hasOwn(list, code) ? list[code] : undefined;
}

/** The level of a known region code, or undefined. */
export function regionLevel(code: string): RegionLevel | undefined {
  if (lookup(areaList.province_list, code) !== undefined) return 'province';
  if (lookup(areaList.city_list, code) !== undefined) return 'city';
  if (lookup(areaList.county_list, code) !== undefined) return 'county';
  return undefined;
}

/**
 * The full name of a region code: province + city + county, leaving out a city level that repeats the
 * province (直辖市: 北京市 北京市) or only groups counties (省直辖县, 县). Examples: '110101' → '北京市东城区',
 * '440305' → '广东省深圳市南山区', '440300' → '广东省深圳市'. Returns '' for an unknown code.
 */
export function regionPath(code: string, separator = ''): string {
  const level = regionLevel(code);
  if (level === undefined) return '';
  const province = lookup(areaList.province_list, `${code.slice(0, 2)}0000`);
  const parts: string[] = [];
  if (province !== undefined) parts.push(province);
  if (level === 'province') return parts.join(separator);

  const city = lookup(areaList.city_list, `${code.slice(0, 4)}00`);
  const cityIsRedundant = city === undefined || city === province || PLACEHOLDER_CITY_NAMES.has(city);
  if (level === 'city') {
    // a city is always named, even when it repeats the province (110100 → 北京市)
    if (city !== undefined && city !== province) parts.push(city);
    return parts.join(separator);
  }
  if (!cityIsRedundant) parts.push(city);
  parts.push(lookup(areaList.county_list, code)!);
  return parts.join(separator);
}
