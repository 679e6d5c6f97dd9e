import { entries, type CodeEntry } from './types.js';

/**
 * 职位类别, main numbering. 09 博士后研究人员 and 18 飞机和船舶技术人员 come from the other numbering in
 * use and are kept as entries of their own.
 */
export const positionCategory: readonly CodeEntry[] = entries([
  ['09', '博士后研究人员'],
  ['10', '公务员'],
  ['11', '科学研究人员'],
  ['13', '工程技术人员'],
  ['17', '农林牧渔业技术人员'],
  ['18', '飞机和船舶技术人员'],
  ['19', '卫生专业技术人员'],
  ['21', '经济业务人员'],
  ['22', '金融业务人员'],
  ['23', '法律专业人员'],
  ['24', '教学人员'],
  ['25', '文学艺术工作人员'],
  ['26', '体育工作人员'],
  ['27', '新闻出版和文化工作人员'],
  ['29', '其他专业技术人员'],
  ['30', '办事人员和有关人员'],
  ['40', '商业和服务业人员'],
  ['60', '生产和运输设备操作人员'],
  ['80', '军人'],
  ['90', '其他人员'],
]);

/** Codes of the other numbering → the main numbering (an import accepts both). */
export const POSITION_CATEGORY_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  '31': '30',
  '49': '40',
});

/** Maps an alias code to the main numbering; other codes are returned unchanged. */
export function canonicalPositionCategory(code: string): string {
  return Object.hasOwn(POSITION_CATEGORY_ALIASES, code) ? POSITION_CATEGORY_ALIASES[code]! : code;
}
