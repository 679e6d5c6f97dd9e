import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Radio, Space } from 'antd';
import { call, errorMessage } from '../common/api';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import type { ReviewChain } from '../common/types';
import { useEndpointMutation } from '../common/use-endpoint-mutation';

interface Settings {
  reviewChain: ReviewChain;
}

const SETTINGS_KEY = ['school', 'settings'] as const;

/** 学校设置: the review chain of the school's agreements (DOMAIN §7). */
export function SchoolSettingsPage() {
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => call('schoolSettings') });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const saveSettings = useEndpointMutation('saveSchoolSettings', {
    input: (body: Settings) => ({ body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(SETTINGS_KEY, saved);
      void queryClient.invalidateQueries({ queryKey: ['console'] });
    },
  });

  function save(values: Settings) {
    saveSettings.mutate(values, { onSuccess: () => void message.success('审核流程已保存') });
  }

  return (
    <Card title={<h1 className="console-page-title">学校设置</h1>}>
      {!settings.data ? (
        <ConsoleLoadState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Form form={form} layout="vertical" initialValues={settings.data} onFinish={save} style={{ maxWidth: 640 }}>
          {saveSettings.error ? (
            <Alert type="error" showIcon title={errorMessage(saveSettings.error)} style={{ marginBottom: 16 }} />
          ) : null}
          <Form.Item
            label="就业协议审核流程"
            name="reviewChain"
            extra="修改只影响之后学生接受的协议;已在审核中的协议按原流程继续。"
          >
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="college_school">院系 → 学校(院系初审,学校终审)</Radio>
                <Radio value="school_only">仅学校(学校直接审核)</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saveSettings.isPending}>
            保存
          </Button>
        </Form>
      )}
    </Card>
  );
}
