import { Button, Form, Toast } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../common/api';
import { showApiError } from '../common/form-errors';

/** The form instance of an antd-mobile form. */
export type MobileForm = ReturnType<typeof Form.useForm>[0];

/** One change of the student's 账号设置 (antd-mobile): its own form, error line and submit button. */
export function MobileSettingsForm<Values extends object>({
  name,
  title,
  fields,
  submitLabel,
  onSubmit,
  done,
  children,
}: {
  /** prefixes the fields' ids: the forms share field names such as `password` */
  name: string;
  title: string;
  fields: readonly string[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  done: string;
  children: (form: MobileForm, setError: (message: string) => void) => ReactNode;
}) {
  const [form] = Form.useForm();
  const [error, setError] = useState('');
  const [isSaving, setIsSaving] = useState(false);

  async function submit(values: Values) {
    setError('');
    setIsSaving(true);
    try {
      await onSubmit(values);
      form.resetFields();
      Toast.show({ icon: 'success', content: done });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 401) return; // the login page explains
      setError(showApiError(form, caught, fields));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Form
      form={form}
      name={name}
      layout="horizontal"
      mode="card"
      onFinish={(values: Values) => void submit(values)}
      footer={
        <Button block type="submit" color="primary" loading={isSaving}>
          {submitLabel}
        </Button>
      }
    >
      <Form.Header>{title}</Form.Header>
      {error ? (
        <div className="student-alert" role="alert">
          {error}
        </div>
      ) : null}
      {children(form, setError)}
    </Form>
  );
}
