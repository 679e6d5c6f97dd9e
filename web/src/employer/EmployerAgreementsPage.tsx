import { PlusOutlined } from '@ant-design/icons';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { call, errorMessage } from '../common/api';
import { EMPLOYER_STATUS_OPTIONS } from '../common/agreement-status';
import { StatusTag } from '../common/AgreementDetailCards';
import { orDash } from '../common/format';
import type { AgreementStatus, AgreementView } from '../common/types';
import { useWithdraw } from './use-withdraw';

const PAGE_SIZE = 20;

/** 签约管理: this employer's invitations and agreements, newest first. */
export function EmployerAgreementsPage() {
  const navigate = useNavigate();
  const withdraw = useWithdraw();
  const [status, setStatus] = useState<AgreementStatus | undefined>();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['employer', 'agreements', status ?? 'all', page],
    queryFn: () => call('employerAgreements', { query: { status, page, pageSize: PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];

  return (
    <Card
      title={<h1 className="console-page-title">签约管理</h1>}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/employer/invite')}>
          发起签约
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <span>签约状态</span>
        <Select
          aria-label="签约状态"
          allowClear
          placeholder="全部"
          style={{ width: 220 }}
          popupMatchSelectWidth={false}
          value={status}
          options={EMPLOYER_STATUS_OPTIONS}
          onChange={(value?: AgreementStatus) => {
            setStatus(value);
            setPage(1);
          }}
        />
      </Space>
      <Table<AgreementView>
        rowKey="id"
        loading={list.isFetching && !list.data}
        dataSource={items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: list.isError ? errorMessage(list.error) : '暂无签约记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        onRow={(record) => ({ onDoubleClick: () => navigate(`/employer/agreements/${record.id}`) })}
        columns={[
          { title: '学生姓名', key: 'student', render: (_, record) => record.student.name },
          { title: '院校', key: 'school', render: (_, record) => record.student.schoolName },
          { title: '岗位名称', key: 'position', render: (_, record) => record.terms.positionTitle },
          { title: '签约类型', dataIndex: 'kindName' },
          { title: '签约状态', key: 'status', render: (_, record) => <StatusTag agreement={record} /> },
          { title: '邀约时间', dataIndex: 'invitedAt', render: (value: string | null) => orDash(value) },
          { title: '应约截止时间', dataIndex: 'deadlineAt', render: (value: string | null) => orDash(value) },
          {
            title: '操作',
            key: 'actions',
            render: (_, record) => (
              <Space size="small">
                <Button type="link" size="small" onClick={() => navigate(`/employer/agreements/${record.id}`)}>
                  查看
                </Button>
                {record.status === 'invited' ? (
                  <Button type="link" size="small" danger onClick={() => withdraw(record)}>
                    撤回
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
