import { isAsked, type DestinationForm, type FieldSpec } from '../codes/destination-forms';
import { codeName, isValidCode, regionLevel, regionPath } from '../codes';
import { isCalendarDate } from '../agreement/deadline';
import type { FieldProblem } from '../errors';
import { validateUscc } from '../validators/uscc';

export type FormValues = Record<string, string>;

const MONEY = /^[1-9]\d{0,6}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What is wrong with one present value of a field, or undefined. */
function valueProblem(field: FieldSpec, value: string, values: FormValues): string | undefined {
  if (CONTROL.test(value)) return `${field.label}含有无法识别的字符,请重新输入`;
  if (field.maxLength !== undefined && value.length > field.maxLength) return `${field.label}不能超过 ${field.maxLength} 个字`;
  switch (field.kind) {
    case 'date': {
      if (!isCalendarDate(value)) return `${field.label}格式为 YYYY-MM-DD,请从日历中选择`;
      const after = field.notBefore ? values[field.notBefore] : undefined;
      if (after && isCalendarDate(after) && value < after) return `${field.label}不能早于开始日期,请检查`;
      return undefined;
    }
    case 'money':
      return MONEY.test(value) ? undefined : `${field.label}请填写整数金额(元),如 6000`;
    case 'region':
      return /^\d{6}$/.test(value) && regionLevel(value) ? undefined : `请从列表中选择${field.label}`;
    case 'code':
      return field.dictionary && isValidCode(field.dictionary, value) ? undefined : `${field.label}不在代码表中,请从列表中选择`;
    case 'choice':
      return field.options?.includes(value) ? undefined : `请从列表中选择${field.label}`;
    case 'uscc': {
      const result = validateUscc(value);
      if (result.ok) return undefined;
      return result.reason === 'format'
        ? `${field.label}应为 18 位数字或大写字母(不含 I、O、S、V、Z),请核对营业执照`
        : `${field.label}校验位不正确,请核对营业执照上的最后一位`;
    }
    case 'url':
      return /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]{2,}$/i.test(value) ? undefined : `${field.label}请填写以 http:// 或 https:// 开头的完整网址`;
    default:
      return value.trim().length === 0 ? `请填写${field.label}` : undefined;
  }
}

/**
 * The values a form keeps: its own asked fields only, trimmed (a 统一社会信用代码 in upper case). What
 * another type or an unasked branch would hold is dropped, so a record never carries stale answers.
 */
export function normalizeValues(form: DestinationForm, values: Readonly<Record<string, unknown>>): FormValues {
  const kept: FormValues = {};
  for (const field of form.fields) {
    const raw = values[field.key];
    if (typeof raw !== 'string') continue;
    const value = field.kind === 'uscc' ? raw.trim().toUpperCase() : raw.trim();
    if (value !== '') kept[field.key] = value;
  }
  for (const field of form.fields) if (!isAsked(field, kept)) delete kept[field.key];
  return kept;
}

/**
 * Checks the values of a form. `complete: false` (暂存) checks only what is filled in; `complete: true`
 * (提交) also requires every required field that is asked. Each problem names its field.
 */
export function validateForm(
  form: DestinationForm,
  values: Readonly<Record<string, unknown>>,
  { complete }: { complete: boolean },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const field = form.fields.find((candidate) => candidate.key === key);
    if (field && raw !== undefined && raw !== null && typeof raw !== 'string') {
      problems.push({ path: `fields.${key}`, message: `${field.label}须为文字` });
    }
  }
  const kept = normalizeValues(form, values);
  for (const field of form.fields) {
    if (!isAsked(field, kept)) continue;
    const value = kept[field.key];
    if (value === undefined) {
      if (complete && field.required) problems.push({ path: `fields.${field.key}`, message: missingMessage(field) });
      continue;
    }
    const problem = valueProblem(field, value, kept);
    if (problem) problems.push({ path: `fields.${field.key}`, message: problem });
  }
  return problems;
}

function missingMessage(field: FieldSpec): string {
  return ['choice', 'code', 'region', 'date'].includes(field.kind) ? `请选择${field.label}` : `请填写${field.label}`;
}

/** The proofs a submission still lacks, as problems naming each. */
export function missingProofs(form: DestinationForm, values: FormValues, present: ReadonlySet<string>): FieldProblem[] {
  return form.proofs
    .filter((proof) => proof.required && isAsked(proof, values) && !present.has(proof.key))
    .map((proof) => ({ path: `proofs.${proof.key}`, message: `请上传${proof.label}(${proof.hint})` }));
}

/** A value as the screens show it: code and region names instead of codes. */
export function displayValue(field: FieldSpec, value: string): string {
  if (field.kind === 'code' && field.dictionary) return codeName(field.dictionary, value) ?? value;
  if (field.kind === 'region') return regionPath(value) || value;
  if (field.kind === 'money') return `${value} 元/月`;
  return value;
}
