import type { CodeEntry } from './types.js';

export interface IndustryEntry extends CodeEntry {
  /** the GB/T 4754-2017 section letter (门类); 军队 has none */
  section?: string;
}

/** 单位行业: GB/T 4754-2017 sections with the MOE two-digit codes. */
export const industry: readonly IndustryEntry[] = [
  { code: '11', section: 'A', name: '农、林、牧、渔业' },
  { code: '21', section: 'B', name: '采矿业' },
  { code: '22', section: 'C', name: '制造业' },
  { code: '23', section: 'D', name: '电力、热力、燃气及水生产和供应业' },
  { code: '24', section: 'E', name: '建筑业' },
  { code: '31', section: 'F', name: '批发和零售业' },
  { code: '32', section: 'G', name: '交通运输、仓储和邮政业' },
  { code: '33', section: 'H', name: '住宿和餐饮业' },
  { code: '34', section: 'I', name: '信息传输、软件和信息技术服务业' },
  { code: '35', section: 'J', name: '金融业' },
  { code: '36', section: 'K', name: '房地产业' },
  { code: '37', section: 'L', name: '租赁和商务服务业' },
  { code: '38', section: 'M', name: '科学研究和技术服务业' },
  { code: '39', section: 'N', name: '水利、环境和公共设施管理业' },
  { code: '41', section: 'O', name: '居民服务、修理和其他服务业' },
  { code: '42', section: 'P', name: '教育' },
  { code: '43', section: 'Q', name: '卫生和社会工作' },
  { code: '44', section: 'R', name: '文化、体育和娱乐业' },
  { code: '45', section: 'S', name: '公共管理、社会保障和社会组织' },
  { code: '46', section: 'T', name: '国际组织' },
  { code: '80', name: '军队' },
];
