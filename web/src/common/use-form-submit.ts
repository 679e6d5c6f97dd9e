import { useState } from 'react';
import { showApiError, type FieldSettable } from './form-errors';

/**
 * One form's submit with its error line and busy button: a refusal lands under the fields it names, the rest
 * in the error line. A form that leaves the page on success keeps its button busy until the page is gone.
 */
export function useFormSubmit<Values, Name extends string>(
  form: FieldSettable<NoInfer<Name>>,
  fields: readonly Name[],
  send: (values: Values) => Promise<unknown>,
  { leavesPage = false }: { leavesPage?: boolean } = {},
) {
  const [error, setError] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function submit(values: Values) {
    setError('');
    setIsSubmitting(true);
    try {
      await send(values);
      if (!leavesPage) setIsSubmitting(false);
    } catch (caught) {
      setError(showApiError(form, caught, fields));
      setIsSubmitting(false);
    }
  }

  return { error, setError, isSubmitting, submit };
}
