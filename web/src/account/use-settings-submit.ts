import { useState } from 'react';
import { showApiError, type FieldSettable } from '../common/form-errors';
import type { AccountChange } from './use-account-settings';

/**
 * The submit of one 账号设置 form, for antd and antd-mobile alike: saves, empties the form and announces
 * the change; a refusal lands under the fields it names, the rest in the error line.
 */
export function useSettingsSubmit<Values>(
  form: FieldSettable<string> & { resetFields(): void },
  { onSubmit, fields, done }: AccountChange<Values>,
  announce: (done: string) => void,
  /** a refusal another part of the page already explains, so the form shows nothing */
  isExplainedElsewhere: (caught: unknown) => boolean = () => false,
) {
  const [error, setError] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  async function submit(values: Values) {
    setError('');
    setIsSaving(true);
    try {
      await onSubmit(values);
      form.resetFields();
      announce(done);
    } catch (caught) {
      if (isExplainedElsewhere(caught)) return;
      setError(showApiError(form, caught, fields));
    } finally {
      setIsSaving(false);
    }
  }

  return { error, setError, isSaving, submit };
}
