import { chinaDate } from '../../../../src/domain/agreement/deadline';
import { isContactPhone, isEmail, isMainlandMobile } from '../../../../src/domain/validators/contact';
import { validateUscc } from '../../../../src/domain/validators/uscc';
import type { AgreementView, CodeItem, EmployerSearchItem, OfflineFormBody } from '../../common/types';
import type { ScanPage } from '../../common/scan-files';

export type FormKind = 'offline' | 'paper';

/** The 申请签约 form as the page holds it: every value a string (money as typed), the scans for paper. */
export interface OfflineFormValues {
  paperAgreementNumber?: string;
  scans?: ScanPage[];
  employerName?: string;
  employerUscc?: string;
  employerNatureCode?: string;
  employerIndustryCode?: string;
  employerRegionCode?: string;
  employerAddress?: string;
  positionCategoryCode?: string;
  positionTitle?: string;
  contactName?: string;
  contactPhone?: string;
  contactMobile?: string;
  contactEmail?: string;
  probation?: string;
  probationSalary?: string;
  regularSalary?: string;
  breachPenalty?: string;
  reportLocation?: string;
  reportDeadline?: string;
  workLocation?: string;
  hukouHandlingCode?: string;
  supplement?: string;
}

/** The fields in the seed's order (paper first adds its number and scans); server errors name these. */
export const FORM_FIELDS = [
  'paperAgreementNumber',
  'scans',
  'employerName',
  'employerUscc',
  'employerNatureCode',
  'employerIndustryCode',
  'employerRegionCode',
  'employerAddress',
  'positionCategoryCode',
  'positionTitle',
  'contactName',
  'contactPhone',
  'contactMobile',
  'contactEmail',
  'probation',
  'probationSalary',
  'regularSalary',
  'breachPenalty',
  'reportLocation',
  'reportDeadline',
  'workLocation',
  'hukouHandlingCode',
  'supplement',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const MONEY_FIELDS = ['probationSalary', 'regularSalary', 'breachPenalty'] as const;
type TextField = Exclude<FormField, 'scans' | 'supplement' | (typeof MONEY_FIELDS)[number]>;
/** The fields sent as typed, trimmed: all but the scans, the money (sent in whole 元) and the free 补充条款. */
const TEXT_FIELDS = FORM_FIELDS.filter(
  (field): field is TextField =>
    field !== 'scans' && field !== 'supplement' && !(MONEY_FIELDS as readonly string[]).includes(field),
);

/** The JSON the server takes: empty fields left out, money in whole 元, codes as chosen. */
export function toBody(values: OfflineFormValues, kind: FormKind): OfflineFormBody {
  const body: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    if (field === 'paperAgreementNumber' && kind !== 'paper') continue;
    const value = values[field]?.trim();
    if (value) body[field] = field === 'employerUscc' || field === 'paperAgreementNumber' ? value.toUpperCase() : value;
  }
  for (const field of MONEY_FIELDS) {
    const value = values[field]?.trim();
    // Anything but digits goes as it is typed, so the server names the field and the fix.
    if (value) body[field] = /^\d+$/.test(value) ? Number(value) : value;
  }
  if (values.supplement?.trim()) body.supplement = values.supplement.trim();
  return body as OfflineFormBody;
}

/** A saved draft (暂存) back into the form. */
export function fromBody(data: OfflineFormBody): OfflineFormValues {
  const values: OfflineFormValues = {};
  for (const field of TEXT_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value !== '') values[field] = value;
  }
  for (const field of MONEY_FIELDS) {
    const value = data[field];
    if (typeof value === 'number') values[field] = String(value);
  }
  if (typeof data.supplement === 'string') values.supplement = data.supplement;
  return values;
}

/** A registered employer picked from the 单位名称 search fills the rest of 单位信息. */
export function fromEmployer(item: EmployerSearchItem): OfflineFormValues {
  return {
    employerName: item.employerName,
    employerUscc: item.employerUscc,
    employerNatureCode: item.employerNatureCode,
    employerIndustryCode: item.employerIndustryCode,
    employerRegionCode: item.employerRegionCode,
    employerAddress: item.employerAddress,
  };
}

export interface CodeTables {
  nature: CodeItem[];
  industry: CodeItem[];
  position: CodeItem[];
  hukou: CodeItem[];
  region: CodeItem[];
}

const codeByName = (items: CodeItem[], name: string) => items.find((item) => item.name === name)?.code;

/**
 * The region whose full name is `name` as the server writes it (province + city + county, the city left
 * out when it repeats the province or only groups counties).
 */
export function regionCodeByName(items: CodeItem[], name: string): string | undefined {
  if (!name) return undefined;
  const byCode = new Map(items.map((item) => [item.code, item]));
  for (const item of items) {
    const names: string[] = [];
    for (
      let current: CodeItem | undefined = item;
      current;
      current = current.parentCode ? byCode.get(current.parentCode) : undefined
    ) {
      names.unshift(current.name);
    }
    if (names.join('') === name) return item.code;
    if (names.length === 3 && names[0]! + names[2]! === name) return item.code;
  }
  return undefined;
}

/**
 * An agreement returned for edit (退回修改) back into the form. The agreement is shown by names, so the
 * codes are looked up in the code tables.
 */
export function fromAgreement(agreement: AgreementView, tables: CodeTables): OfflineFormValues {
  const { employer, terms } = agreement;
  const text = (value: string | null) => (value ? value : undefined);
  const money = (value: number | null) => (value === null ? undefined : String(value));
  return {
    paperAgreementNumber: text(agreement.paperAgreementNumber),
    employerName: employer.name,
    employerUscc: employer.uscc,
    employerNatureCode: codeByName(tables.nature, employer.natureName),
    employerIndustryCode: codeByName(tables.industry, employer.industryName),
    employerRegionCode: regionCodeByName(tables.region, employer.regionName),
    employerAddress: text(employer.address),
    positionCategoryCode: codeByName(tables.position, terms.positionCategoryName),
    positionTitle: terms.positionTitle,
    contactName: employer.contactName,
    contactPhone: text(employer.contactPhone),
    contactMobile: employer.contactMobile,
    contactEmail: text(employer.contactEmail),
    probation: text(terms.probation),
    probationSalary: money(terms.probationSalary),
    regularSalary: money(terms.regularSalary),
    breachPenalty: money(terms.breachPenalty),
    reportLocation: text(terms.reportLocation),
    reportDeadline: text(terms.reportDeadline),
    workLocation: text(terms.workLocation),
    hukouHandlingCode: codeByName(tables.hukou, terms.hukouHandlingName),
    supplement: text(terms.supplement),
  };
}

// --- client-side checks (the server checks everything again and names the field) ---------------------

type Validator = (rule: unknown, value: string | undefined) => Promise<void>;
const check =
  (test: (value: string) => boolean, message: string): Validator =>
  (_rule, value) =>
    !value?.trim() || test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(message));

export const RULES = {
  fill: (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }],
  pick: (label: string) => [{ required: true, message: `请选择${label}` }],
  uscc: [
    { required: true, whitespace: true, message: '请填写统一社会信用代码' },
    {
      validator: (_rule: unknown, value: string | undefined) => {
        if (!value?.trim()) return Promise.resolve();
        const result = validateUscc(value.trim());
        if (result.ok) return Promise.resolve();
        return Promise.reject(
          new Error(
            result.reason === 'format'
              ? '统一社会信用代码应为 18 位数字或大写字母(不含 I、O、S、V、Z),请核对营业执照'
              : '统一社会信用代码校验位不正确,请核对营业执照上的最后一位',
          ),
        );
      },
    },
  ],
  mobile: [
    { required: true, whitespace: true, message: '请填写联系人手机' },
    { validator: check(isMainlandMobile, '联系人手机应为 11 位中国大陆手机号') },
  ],
  email: [
    { required: true, whitespace: true, message: '请填写联系人邮箱' },
    { validator: check(isEmail, '联系人邮箱格式不正确,例如 hr@example.com') },
  ],
  money: (label: string) => [
    { validator: check((value) => /^\d+$/.test(value), `${label}须为整数元,不能有小数(角分),只填数字,如 8000`) },
  ],
  contactPhone: [
    {
      validator: check(
        isContactPhone,
        '联系人电话格式不正确,请填写带区号的固定电话(如 010-12345678,分机写在 - 之后)或 11 位手机号',
      ),
    },
  ],
  reportDeadline: [
    { validator: check((value) => value >= chinaDate(new Date()), '报到期限不能早于今天,请选择今天或以后的日期') },
  ],
  paperNumber: [
    { required: true, whitespace: true, message: '请填写纸质协议书编号' },
    {
      validator: check(
        (value) => /^[0-9A-Za-z-]{4,40}$/.test(value),
        '纸质协议书编号为 4–40 位数字、字母或短横线,请按协议书上的编号填写',
      ),
    },
  ],
};
