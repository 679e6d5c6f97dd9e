import { Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../common/api';
import { chinaTime } from '../common/format';
import type { EmployerProfile } from '../common/types';
import { VERIFICATION } from '../common/verification';
import { EmployerVerificationDrawer } from './EmployerVerificationDrawer';
import { useVerificationQueue } from './use-employer-verification';

type StatusFilter = 'pending' | 'verified' | 'rejected' | 'all';

const FILTERS: Array<{ value: StatusFilter; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'verified', label: '已认证' },
  { value: 'rejected', label: '未通过' },
  { value: 'all', label: '全部' },
];

/** 单位资质认证: registered employers by status; the detail shows the license and takes the decision. */
export function EmployerVerificationPage() {
  const [status, setStatus] = useState<StatusFilter>('pending');
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useVerificationQueue(status);
  const items = list.data?.items ?? [];
  const open: EmployerProfile | null = items.find((item) => item.id === openId) ?? null;

  return (
    <Card title={<h1 className="console-page-title">单位资质认证</h1>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<StatusFilter> options={FILTERS} value={status} onChange={setStatus} aria-label="认证状态" />
        <Table<EmployerProfile>
          rowKey="id"
          loading={list.isFetching}
          dataSource={items}
          locale={{ emptyText: list.isError ? errorMessage(list.error) : '没有符合条件的单位' }}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `共 ${total} 家` }}
          columns={[
            { title: '单位名称', dataIndex: 'name' },
            { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
            { title: '单位性质', dataIndex: 'natureName' },
            { title: '单位行业', dataIndex: 'industryName' },
            { title: '经办人', dataIndex: 'contactName', width: 90 },
            { title: '注册时间', dataIndex: 'createdAt', width: 170, render: (value: string) => chinaTime(value) },
            {
              title: '资质认证',
              dataIndex: 'verificationStatus',
              width: 100,
              render: (value: EmployerProfile['verificationStatus']) => (
                <Tag color={VERIFICATION[value].color}>{VERIFICATION[value].label}</Tag>
              ),
            },
            {
              title: '操作',
              key: 'actions',
              width: 80,
              render: (_, record) => (
                <Button type="link" size="small" onClick={() => setOpenId(record.id)}>
                  {record.verificationStatus === 'pending' ? '审核' : '查看'}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      <EmployerVerificationDrawer employer={open} onClose={() => setOpenId(null)} />
    </Card>
  );
}
