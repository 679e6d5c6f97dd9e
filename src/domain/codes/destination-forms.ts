/**
 * 其他毕业去向登记 (DOMAIN §4.4): what each destination that is not a 就业协议 asks for, as data beside the
 * 毕业去向 code table — its fields, which are required, how each is checked, and the proof (证明材料) it
 * needs. The web renders the form from it and the server checks it with the same declaration
 * (`registration/validate-form.ts`).
 */
import type { CodeDictionary } from './index.js';

export type FieldKind = 'text' | 'textarea' | 'date' | 'money' | 'region' | 'code' | 'choice' | 'uscc' | 'url';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** `choice`: the values offered (stored as written) */
  options?: readonly string[];
  /** `code`: the code table the value comes from */
  dictionary?: CodeDictionary;
  maxLength?: number;
  /** asked (and required) only when another field has one of these values */
  when?: { field: string; oneOf: readonly string[] };
  /** `date`: must not be before this other date field */
  notBefore?: string;
  placeholder?: string;
}

export interface ProofSpec {
  key: string;
  label: string;
  /** what to upload, in the student's words */
  hint: string;
  required: boolean;
  when?: { field: string; oneOf: readonly string[] };
}

/** 其他形式就业, 升学, or a 未就业 status. */
export type DestinationCategory = '其他形式就业' | '升学' | '未就业';

export interface DestinationForm {
  /** the 毕业去向 code the form registers (its top-level code) */
  code: string;
  name: string;
  category: DestinationCategory;
  fields: readonly FieldSpec[];
  proofs: readonly ProofSpec[];
  /**
   * The pay must reach the local minimum wage (教学厅函〔2021〕19号 for 12, 27, 76; 劳动合同法 for 11): the
   * fields holding the monthly pay, the place of work and the day it starts (the day of review if none).
   */
  minimumWage?: { pay: string; region: string; date?: string };
  /** the code recorded when a field chooses a sub code (三支一扶 → 502); otherwise `code` */
  subCode?: { field: string; codes: Readonly<Record<string, string>> };
  /** the code recorded when it is always a sub code (科研助理、管理助理 → 271) */
  recordedCode?: string;
  /** the field that names the 单位 or 院校 in lists and on the home page */
  titleField?: string;
}

const text = (key: string, label: string, maxLength = 100, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  label,
  kind: 'text',
  required: true,
  maxLength,
  ...extra,
});
const date = (key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ key, label, kind: 'date', required: true, ...extra });
const choice = (key: string, label: string, options: readonly string[], extra: Partial<FieldSpec> = {}): FieldSpec => ({
  key,
  label,
  kind: 'choice',
  required: true,
  options,
  ...extra,
});
const region = (key: string, label: string): FieldSpec => ({ key, label, kind: 'region', required: true });
const money = (key: string, label: string): FieldSpec => ({ key, label, kind: 'money', required: true });
const proof = (key: string, label: string, hint: string, extra: Partial<ProofSpec> = {}): ProofSpec => ({
  key,
  label,
  hint,
  required: true,
  ...extra,
});

/** 单位信息 as the 线下签约 form asks it (DOMAIN §4.2). */
const EMPLOYER_FIELDS: readonly FieldSpec[] = [
  text('employerName', '单位名称'),
  { key: 'employerUscc', label: '统一社会信用代码', kind: 'uscc', required: true },
  { key: 'employerNatureCode', label: '单位性质', kind: 'code', dictionary: 'employer-nature', required: true },
  { key: 'employerIndustryCode', label: '单位行业', kind: 'code', dictionary: 'industry', required: true },
  region('employerRegionCode', '单位所在地'),
  text('employerAddress', '单位地址', 200),
];

export const OTHER_EMPLOYMENT_FORMS = ['聘用证明', '公招接收函', '士官', '医学规培', '国际组织', '出国出境工作'] as const;
const ABROAD_FORMS = ['国际组织', '出国出境工作'];
const DOMESTIC_FORMS = OTHER_EMPLOYMENT_FORMS.filter((form) => !ABROAD_FORMS.includes(form));
export const NATIONAL_PROJECTS = ['三支一扶', '西部计划', '特岗教师', '其他国家基层项目'] as const;
export const LOCAL_PROJECTS = ['地方选调生', '其他地方基层项目'] as const;
export const FURTHER_STUDY_LEVELS = ['专升本', '第二学位', '硕士研究生', '博士研究生'] as const;

export const DESTINATION_FORMS: readonly DestinationForm[] = [
  {
    code: '11',
    name: '签劳动合同形式就业',
    category: '其他形式就业',
    fields: [
      ...EMPLOYER_FIELDS,
      date('contractStart', '合同开始日期'),
      date('contractEnd', '合同结束日期', { notBefore: 'contractStart' }),
      money('monthlyPay', '月薪(元)'),
      region('workRegionCode', '工作地点'),
    ],
    proofs: [proof('laborContract', '劳动合同', '劳动合同的首页、工作内容与报酬页和双方签字盖章页')],
    minimumWage: { pay: 'monthlyPay', region: 'workRegionCode', date: 'contractStart' },
    titleField: 'employerName',
  },
  {
    code: '12',
    name: '其他录用形式就业',
    category: '其他形式就业',
    fields: [
      choice('employmentForm', '录用形式', OTHER_EMPLOYMENT_FORMS),
      text('employerName', '单位名称'),
      { key: 'employerUscc', label: '统一社会信用代码', kind: 'uscc', required: false, when: { field: 'employmentForm', oneOf: DOMESTIC_FORMS } },
      { ...region('workRegionCode', '工作地点'), when: { field: 'employmentForm', oneOf: DOMESTIC_FORMS } },
      { ...text('workCountry', '工作国家/地区', 50), when: { field: 'employmentForm', oneOf: ABROAD_FORMS } },
      date('startDate', '到岗日期'),
      money('monthlyPay', '月薪(元)'),
    ],
    proofs: [proof('employmentProof', '录用证明', '聘用证明、公招接收函、入伍(士官)通知、规培录取通知或国际组织、境外单位的录用文件,须有单位盖章或签字')],
    minimumWage: { pay: 'monthlyPay', region: 'workRegionCode', date: 'startDate' },
    titleField: 'employerName',
  },
  {
    code: '27',
    name: '科研助理、管理助理',
    category: '其他形式就业',
    fields: [
      text('employerName', '聘用单位'),
      text('projectName', '所在项目(课题)', 100),
      date('termStart', '聘期开始日期'),
      date('termEnd', '聘期结束日期', { notBefore: 'termStart' }),
      money('monthlyPay', '月薪(元)'),
      region('workRegionCode', '工作地点'),
    ],
    proofs: [proof('employmentProof', '聘用证明', '聘用单位出具并盖章的科研助理或管理助理聘用证明或聘用合同')],
    minimumWage: { pay: 'monthlyPay', region: 'workRegionCode', date: 'termStart' },
    recordedCode: '271',
    titleField: 'employerName',
  },
  {
    code: '46',
    name: '应征义务兵',
    category: '其他形式就业',
    fields: [region('enlistRegionCode', '入伍地'), date('enlistDate', '入伍时间')],
    proofs: [proof('enlistmentNotice', '入伍通知书', '县(市、区)人民政府征兵办公室签发的入伍通知书')],
    titleField: 'enlistRegionCode',
  },
  {
    code: '50',
    name: '国家基层项目',
    category: '其他形式就业',
    fields: [
      choice('project', '项目', NATIONAL_PROJECTS),
      { ...text('projectName', '项目名称', 50), when: { field: 'project', oneOf: ['其他国家基层项目'] } },
      region('serviceRegionCode', '服务地'),
      date('serviceStart', '服务开始日期'),
    ],
    proofs: [proof('projectProof', '项目录取证明', '项目主管部门出具的录取通知、聘用合同或服务协议')],
    subCode: { field: 'project', codes: { 三支一扶: '502', 西部计划: '503' } },
    titleField: 'project',
  },
  {
    code: '51',
    name: '地方基层项目',
    category: '其他形式就业',
    fields: [
      choice('project', '项目', LOCAL_PROJECTS),
      { ...text('projectName', '项目名称', 50), when: { field: 'project', oneOf: ['其他地方基层项目'] } },
      region('serviceRegionCode', '服务地'),
      date('serviceStart', '服务开始日期'),
    ],
    proofs: [proof('projectProof', '项目录取证明', '组织、人社等部门出具的录用通知或服务协议')],
    subCode: { field: 'project', codes: { 地方选调生: '512', 其他地方基层项目: '519' } },
    titleField: 'project',
  },
  {
    code: '75',
    name: '自主创业',
    category: '其他形式就业',
    fields: [
      choice('ventureForm', '创业形式', ['创办企业或个体工商户', '开办网店']),
      { ...text('companyName', '企业(个体工商户)名称'), when: { field: 'ventureForm', oneOf: ['创办企业或个体工商户'] } },
      { key: 'companyUscc', label: '统一社会信用代码', kind: 'uscc', required: true, when: { field: 'ventureForm', oneOf: ['创办企业或个体工商户'] } },
      { key: 'shopUrl', label: '网店网址', kind: 'url', required: true, when: { field: 'ventureForm', oneOf: ['开办网店'] } },
      choice('founderRole', '本人角色', ['法定代表人', '股东', '合伙人', '个体工商户经营者', '网店店主']),
      region('workRegionCode', '经营地'),
    ],
    proofs: [
      proof('businessLicense', '营业执照', '企业或个体工商户的营业执照(本人须为法定代表人、股东或经营者)', {
        when: { field: 'ventureForm', oneOf: ['创办企业或个体工商户'] },
      }),
      proof('shopScreenshot', '网店截图', '网店首页及店主信息页的截图', { when: { field: 'ventureForm', oneOf: ['开办网店'] } }),
      proof('incomeRecords', '收入流水', '网店近 3 个月的经营收入流水', { when: { field: 'ventureForm', oneOf: ['开办网店'] } }),
    ],
    titleField: 'companyName',
  },
  {
    code: '76',
    name: '自由职业',
    category: '其他形式就业',
    fields: [
      choice('workForm', '从业形式', ['自媒体', '设计', '写作', '翻译', '演艺', '技术服务', '电子竞技', '其他']),
      { key: 'workDescription', label: '从业描述', kind: 'textarea', required: true, maxLength: 500, placeholder: '从事的工作内容、服务对象和收入来源' },
      money('monthlyPay', '月均收入(元)'),
      region('workRegionCode', '工作地点'),
    ],
    proofs: [
      proof('incomeProof', '收入证明', '近 3 个月的劳务报酬或收入流水'),
      proof('signedStatement', '本人签字的自由职业承诺书', '写明从业情况并由本人签字的承诺书'),
    ],
    minimumWage: { pay: 'monthlyPay', region: 'workRegionCode' },
    titleField: 'workForm',
  },
  {
    code: '80',
    name: '升学',
    category: '升学',
    fields: [
      choice('studyLevel', '升学层次', FURTHER_STUDY_LEVELS),
      text('admittingSchool', '录取院校'),
      text('admittingCollege', '院系', 100),
      text('admittingMajor', '专业', 100),
    ],
    proofs: [proof('admissionLetter', '录取通知书或调档函', '录取院校的录取通知书或调档函')],
    subCode: { field: 'studyLevel', codes: { 第二学位: '802', 硕士研究生: '801', 博士研究生: '801' } },
    titleField: 'admittingSchool',
  },
  {
    code: '85',
    name: '出国、出境',
    category: '升学',
    fields: [
      text('countryRegion', '国家/地区', 50),
      text('admittingSchool', '院校'),
      text('admittingMajor', '专业', 100),
      choice('degree', '学位', ['学士', '硕士', '博士', '其他']),
    ],
    proofs: [proof('offerLetter', 'offer 或录取通知', '境外院校的录取通知(offer),非中文的可附译文')],
    titleField: 'admittingSchool',
  },
  ...(['70', '71', '72'] as const).map(
    (code): DestinationForm => ({
      code,
      name: { '70': '待就业', '71': '不就业拟升学', '72': '其他暂不就业' }[code],
      category: '未就业',
      fields: [{ key: 'note', label: '说明', kind: 'textarea', required: false, maxLength: 500 }],
      proofs: [],
    }),
  ),
];

/** The form of a top-level destination code, or undefined (an unknown code, or 10, which is a 就业协议). */
export function destinationForm(code: string): DestinationForm | undefined {
  return DESTINATION_FORMS.find((form) => form.code === code);
}

/** Whether a field (or proof) is asked given the values so far. */
export function isAsked(item: { when?: { field: string; oneOf: readonly string[] } }, values: Readonly<Record<string, string>>): boolean {
  return !item.when || item.when.oneOf.includes(values[item.when.field] ?? '');
}

/** The 毕业去向 code recorded for a registration: the chosen sub code, else the form's own. */
export function recordedDestinationCode(form: DestinationForm, values: Readonly<Record<string, string>>): string {
  return (form.subCode && form.subCode.codes[values[form.subCode.field] ?? '']) ?? form.recordedCode ?? form.code;
}
