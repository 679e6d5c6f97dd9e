/** One entry of a code table (代码表). Codes are strings ("01", not 1). */
export interface CodeEntry {
  code: string;
  name: string;
  /** the parent entry's code in the same dictionary (sub codes, 行政区划 levels) */
  parentCode?: string;
  /** first year (inclusive) in which the code is in force */
  validFrom?: number;
  /** last year (inclusive) in which the code is in force */
  validTo?: number;
}

/** Builds entries from `[code, name]` pairs, keeping the order as the display order. */
export function entries(pairs: ReadonlyArray<readonly [string, string]>): CodeEntry[] {
  return pairs.map(([code, name]) => ({ code, name }));
}
