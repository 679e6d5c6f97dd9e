import { entries, type CodeEntry } from './types.js';

/** 单位是否解决户档. */
export const hukouHandling: readonly CodeEntry[] = entries([
  ['1', '单位接收'],
  ['2', '托管单位接收'],
  ['3', '不接收'],
]);
