import { entries, type CodeEntry } from './types.js';

/** 证件类型. */
export const idType: readonly CodeEntry[] = entries([
  ['1', '居民身份证'],
  ['2', '护照'],
  ['3', '港澳居民来往内地通行证'],
  ['4', '台湾居民来往大陆通行证'],
]);

/** The code of 居民身份证 (validated with the GB 11643 check digit). */
export const ID_TYPE_RESIDENT_ID_CARD = '1';
