import type { CodeEntry } from './types.js';

export type DestinationGroup = '就业' | '升学' | '未就业';

export interface DestinationEntry extends CodeEntry {
  group: DestinationGroup;
  /** counts as 落实 (placed) in 去向落实率 */
  isPlaced: boolean;
  /** what the code covers, where the name alone does not say it */
  description?: string;
}

/** The MOE scheme in force since 2021 (教学厅函〔2021〕19号). */
const SCHEME_2021 = 2021;

const DESTINATIONS: ReadonlyArray<Omit<DestinationEntry, 'validFrom' | 'validTo'>> = [
  { code: '10', name: '签就业协议形式就业', group: '就业', isPlaced: true },
  { code: '11', name: '签劳动合同形式就业', group: '就业', isPlaced: true },
  {
    code: '12',
    name: '其他录用形式就业',
    group: '就业',
    isPlaced: true,
    description: '聘用证明, 公招接收函, 士官, 医学规培, 国际组织, 出国出境工作',
  },
  { code: '27', name: '科研助理、管理助理', group: '就业', isPlaced: true },
  { code: '271', name: '科研助理、管理助理', parentCode: '27', group: '就业', isPlaced: true },
  { code: '46', name: '应征义务兵', group: '就业', isPlaced: true },
  {
    code: '50',
    name: '国家基层项目',
    group: '就业',
    isPlaced: true,
    description: '三支一扶, 西部计划, 特岗教师等',
  },
  { code: '502', name: '三支一扶', parentCode: '50', group: '就业', isPlaced: true },
  { code: '503', name: '西部计划', parentCode: '50', group: '就业', isPlaced: true },
  { code: '51', name: '地方基层项目', group: '就业', isPlaced: true },
  { code: '512', name: '地方选调生', parentCode: '51', group: '就业', isPlaced: true },
  { code: '519', name: '其他地方基层项目', parentCode: '51', group: '就业', isPlaced: true },
  { code: '75', name: '自主创业', group: '就业', isPlaced: true, description: '含电子商务/网店' },
  { code: '76', name: '自由职业', group: '就业', isPlaced: true },
  { code: '80', name: '升学', group: '升学', isPlaced: true, description: '境内升学: 研究生, 第二学士学位, 专升本' },
  { code: '801', name: '研究生', parentCode: '80', group: '升学', isPlaced: true },
  { code: '802', name: '第二学士学位', parentCode: '80', group: '升学', isPlaced: true },
  { code: '85', name: '出国、出境', group: '升学', isPlaced: true, description: '出国、出境深造' },
  { code: '70', name: '待就业', group: '未就业', isPlaced: false },
  { code: '71', name: '不就业拟升学', group: '未就业', isPlaced: false },
  { code: '72', name: '其他暂不就业', group: '未就业', isPlaced: false },
];

/** 毕业去向: three groups; sub codes carry the parent's group and placement. */
export const destination: readonly DestinationEntry[] = DESTINATIONS.map((e) => ({ ...e, validFrom: SCHEME_2021 }));

/** The destination of a graduate who has registered nothing. */
export const DEFAULT_DESTINATION_CODE = '70';

/** Whether a destination code counts as placed (落实); false for unknown codes. */
export function isPlacedDestination(code: string): boolean {
  return destination.find((e) => e.code === code)?.isPlaced ?? false;
}
