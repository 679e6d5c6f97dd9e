import { ApiError } from './api';

/** What both antd and antd-mobile forms (rc-field-form) offer for showing server errors. */
export interface FieldSettable<Name extends string> {
  setFields(fields: Array<{ name: Name; errors: string[] }>): void;
}

/** `fields[i].path` may be `phone`, `body.phone` or `/phone`: the last segment names the form field. */
function fieldName(path: string): string {
  const segments = path.split(/[./]/).filter((segment) => segment !== '');
  return segments[segments.length - 1] ?? '';
}

/** Errors that concern one field even when the server names none. */
const CODE_FIELDS: Record<string, string> = {
  CAPTCHA_INVALID: 'captchaAnswer',
  VERIFICATION_CODE_INVALID: 'code',
};

function placement<Name extends string>(error: ApiError, formFields: readonly Name[]) {
  const isFormField = (name: string): name is Name => (formFields as readonly string[]).includes(name);
  const codeField = CODE_FIELDS[error.code];
  if (error.fields.length === 0 && codeField && isFormField(codeField)) {
    return { byField: new Map([[codeField, [error.message]]]), text: '' };
  }
  const byField = new Map<Name, string[]>();
  const unplaced: string[] = [];
  for (const field of error.fields) {
    const name = fieldName(field.path);
    if (isFormField(name)) byField.set(name, [...(byField.get(name) ?? []), field.message]);
    else unplaced.push(field.message);
  }
  return { byField, text: [error.message, ...unplaced].join(';') };
}

/** Puts each `fields[i].message` of an ApiError under the form field it names. */
export function placeApiError<Name extends string>(
  form: FieldSettable<NoInfer<Name>>,
  error: unknown,
  formFields: readonly Name[],
): void {
  if (!(error instanceof ApiError)) return;
  const { byField } = placement(error, formFields);
  if (byField.size > 0) form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
}

/**
 * The text to show above the form: the error's message, plus messages for fields the form lacks ('' when
 * the whole error sits under one field).
 */
export function apiErrorText(error: unknown, formFields: readonly string[]): string {
  if (!(error instanceof ApiError)) return '操作失败,请稍后重试';
  return placement(error, formFields).text;
}

/** placeApiError, then the text for above the form. */
export function showApiError<Name extends string>(
  form: FieldSettable<NoInfer<Name>>,
  error: unknown,
  formFields: readonly Name[],
): string {
  placeApiError(form, error, formFields);
  return apiErrorText(error, formFields);
}
