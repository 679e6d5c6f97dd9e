import { Button, Form, Toast } from 'antd-mobile';
import type { ReactNode } from 'react';
import { ApiError } from '../common/api';
import type { AccountChange } from './use-account-settings';
import { useSettingsSubmit } from './use-settings-submit';

/** The form instance of an antd-mobile form. */
export type MobileForm = ReturnType<typeof Form.useForm>[0];

/** One change of the student's 账号设置 (antd-mobile): its own form, error line and submit button. */
export function MobileSettingsForm<Values extends object>({
  children,
  ...change
}: AccountChange<Values> & {
  children: (form: MobileForm, setError: (message: string) => void) => ReactNode;
}) {
  const [form] = Form.useForm();
  const { error, setError, isSaving, submit } = useSettingsSubmit<Values>(
    form,
    change,
    (done) => Toast.show({ icon: 'success', content: done }),
    (caught) => caught instanceof ApiError && caught.status === 401, // the login page explains
  );

  return (
    <Form
      form={form}
      name={change.name}
      layout="horizontal"
      mode="card"
      onFinish={(values: Values) => void submit(values)}
      footer={
        <Button block type="submit" color="primary" loading={isSaving}>
          {change.submitLabel}
        </Button>
      }
    >
      <Form.Header>{change.title}</Form.Header>
      {error ? (
        <div className="student-alert" role="alert">
          {error}
        </div>
      ) : null}
      {children(form, setError)}
    </Form>
  );
}
