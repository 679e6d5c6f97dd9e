import type { CodeEntry } from './types.js';

/** The 层次 shown on the student screen (博士/硕士/本科/专科), plus 二学位. */
export type EducationLevelGroup = '博士' | '硕士' | '本科' | '专科' | '二学位';

export interface EducationLevelEntry extends CodeEntry {
  level: EducationLevelGroup;
}

/** 学历层次 (就业系统 xldm). The two-digit code is also the 学历代码 part of the 协议编号. */
export const educationLevel: readonly EducationLevelEntry[] = [
  { code: '01', name: '博士生毕业', level: '博士' },
  { code: '03', name: '博士生结业', level: '博士' },
  { code: '11', name: '硕士生毕业', level: '硕士' },
  { code: '13', name: '硕士生结业', level: '硕士' },
  { code: '25', name: '二学位毕业', level: '二学位' },
  { code: '26', name: '二学位结业', level: '二学位' },
  { code: '31', name: '本科生毕业', level: '本科' },
  { code: '33', name: '本科生结业', level: '本科' },
  { code: '41', name: '专科生毕业', level: '专科' },
  { code: '43', name: '专科生结业', level: '专科' },
];

/** The 层次 of a 学历层次 code, or undefined for an unknown code. */
export function educationLevelGroup(code: string): EducationLevelGroup | undefined {
  return educationLevel.find((e) => e.code === code)?.level;
}
