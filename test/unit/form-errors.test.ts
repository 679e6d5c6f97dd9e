import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/common/api';
import { apiErrorText, placeApiError } from '../../web/src/common/form-errors';

function recordingForm() {
  const placed: Array<{ name: string; errors: string[] }> = [];
  return { placed, setFields: (fields: Array<{ name: string; errors: string[] }>) => placed.push(...fields) };
}

// A mutation's refusal is shown twice: under the fields it names, and as the text above the form.
describe('server errors on a form', () => {
  const FIELDS = ['phone', 'code'] as const;

  it('puts each named field error under its field and keeps the rest for the text above the form', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', '请检查填写的内容', [
      { path: 'body.phone', message: '请输入正确的手机号' },
      { path: '/email', message: '邮箱格式不正确' },
    ]);
    const form = recordingForm();
    placeApiError(form, error, FIELDS);
    expect(form.placed).toEqual([{ name: 'phone', errors: ['请输入正确的手机号'] }]);
    expect(apiErrorText(error, FIELDS)).toBe('请检查填写的内容;邮箱格式不正确');
  });

  it('places an error the server names by code alone under its field, with no text above', () => {
    const error = new ApiError(400, 'VERIFICATION_CODE_INVALID', '验证码错误或已过期');
    const form = recordingForm();
    placeApiError(form, error, FIELDS);
    expect(form.placed).toEqual([{ name: 'code', errors: ['验证码错误或已过期'] }]);
    expect(apiErrorText(error, FIELDS)).toBe('');
  });

  it('says a generic sentence for anything that is not an ApiError and places nothing', () => {
    const form = recordingForm();
    placeApiError(form, new Error('boom'), FIELDS);
    expect(form.placed).toEqual([]);
    expect(apiErrorText(new Error('boom'), FIELDS)).toBe('操作失败,请稍后重试');
  });
});
