import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { KIND_OPTIONS, REVIEW_STATUS_OPTIONS } from '../common/agreement-status';
import type { ReviewQueueStatus } from '../common/types';
import { useConsoleSummary } from '../common/use-console';
import type { ReviewerRole, ReviewFilter } from './use-review';

interface FilterValues {
  status: ReviewQueueStatus;
  collegeId?: number;
  major?: string;
  kind?: ReviewFilter['kind'];
  dates?: [Dayjs | null, Dayjs | null] | null;
  keyword?: string;
}

export const INITIAL_FILTER: ReviewFilter = { status: 'pending' };

function toFilter(values: FilterValues): ReviewFilter {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    status: values.status,
    collegeId: values.collegeId,
    major: text(values.major),
    kind: values.kind,
    from: values.dates?.[0]?.format('YYYY-MM-DD'),
    to: values.dates?.[1]?.format('YYYY-MM-DD'),
    keyword: text(values.keyword),
  };
}

/** 协议审核 filters: status (待审核 by default), 院系 (school office), 专业, type, dates, keyword. */
export function ReviewFilters({ role, onChange }: { role: ReviewerRole; onChange: (filter: ReviewFilter) => void }) {
  const [form] = Form.useForm<FilterValues>();
  const summary = useConsoleSummary();
  const colleges = summary.data?.colleges ?? [];
  return (
    <Form
      form={form}
      layout="inline"
      className="review-filters"
      initialValues={{ status: INITIAL_FILTER.status }}
      onFinish={(values) => onChange(toFilter(values))}
      onReset={() => onChange(INITIAL_FILTER)}
    >
      <Form.Item label="审核状态" name="status">
        <Select
          style={{ width: 160 }}
          popupMatchSelectWidth={false}
          options={REVIEW_STATUS_OPTIONS}
          onChange={() => form.submit()}
        />
      </Form.Item>
      {role === 'school_admin' ? (
        <Form.Item label="院系" name="collegeId">
          <Select
            allowClear
            placeholder="全部院系"
            style={{ width: 160 }}
            options={colleges.map((college) => ({ value: college.id, label: college.name }))}
            onChange={() => form.submit()}
          />
        </Form.Item>
      ) : null}
      <Form.Item label="专业" name="major">
        <Input allowClear placeholder="专业名称" style={{ width: 140 }} maxLength={50} />
      </Form.Item>
      <Form.Item label="签约类型" name="kind">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 150 }}
          options={KIND_OPTIONS}
          onChange={() => form.submit()}
        />
      </Form.Item>
      <Form.Item label="更新日期" name="dates">
        <DatePicker.RangePicker style={{ width: 250 }} />
      </Form.Item>
      <Form.Item label="关键词" name="keyword">
        <Input allowClear placeholder="学生姓名或单位名称" style={{ width: 180 }} maxLength={50} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            查询
          </Button>
          <Button htmlType="reset">重置</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
