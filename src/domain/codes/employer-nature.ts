import { entries, type CodeEntry } from './types.js';

/** 单位性质: names used by school systems today, codes as in the MOE legacy list. */
export const employerNature: readonly CodeEntry[] = entries([
  ['10', '机关'],
  ['20', '科研设计单位'],
  ['21', '高等教育单位'],
  ['22', '中初教育单位'],
  ['23', '医疗卫生单位'],
  ['29', '其他事业单位'],
  ['31', '国有企业'],
  ['32', '三资企业'],
  ['39', '其他企业'],
  ['40', '部队'],
  ['55', '农村建制村'],
  ['56', '城镇社区'],
  ['99', '其他'],
]);
