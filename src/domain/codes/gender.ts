import { entries, type CodeEntry } from './types.js';

/** 性别 (GB/T 2261.1). */
export const gender: readonly CodeEntry[] = entries([
  ['1', '男'],
  ['2', '女'],
]);
