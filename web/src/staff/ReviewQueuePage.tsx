import { CheckOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { statusTagColor } from '../common/agreement-status';
import { errorMessage } from '../common/api';
import { orDash } from '../common/format';
import type { ReviewQueueItem } from '../common/types';
import { BatchApproveModal } from './BatchApproveModal';
import { ReviewDrawer } from './ReviewDrawer';
import { INITIAL_FILTER, ReviewFilters } from './ReviewFilters';
import { isAtStage, useReviewQueue, type ReviewerRole, type ReviewFilter } from './use-review';

const PAGE_SIZE = 20;

/** 协议审核: the queue in the reviewer's scope, filters, batch 通过, and the detail drawer (?id=). */
export function ReviewQueuePage({ role }: { role: ReviewerRole }) {
  const [filter, setFilter] = useState<ReviewFilter>(INITIAL_FILTER);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<number[]>([]);
  const [batchOpen, setBatchOpen] = useState(false);
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('id')) || null;
  const queue = useReviewQueue(filter, page, PAGE_SIZE);

  const open = (id: number | null) => setSearchParams(id === null ? {} : { id: String(id) }, { replace: id === null });

  return (
    <Card title={<h1 className="console-page-title">协议审核</h1>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReviewFilters
          role={role}
          onChange={(next) => {
            setFilter(next);
            setPage(1);
            setSelected([]);
          }}
        />
        <div className="console-toolbar">
          <span>
            共 <strong>{queue.data?.total ?? 0}</strong> 条{selected.length > 0 ? `,已选 ${selected.length} 条` : ''}
          </span>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            disabled={selected.length === 0}
            onClick={() => setBatchOpen(true)}
          >
            批量通过
          </Button>
        </div>
        <Table<ReviewQueueItem>
          rowKey="id"
          size="middle"
          loading={queue.isFetching}
          dataSource={queue.data?.items ?? []}
          locale={{ emptyText: queue.isError ? errorMessage(queue.error) : '没有符合条件的协议' }}
          // As wide as the columns need: a time or a name is never cut, and a narrow screen scrolls.
          scroll={{ x: 'max-content' }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (record) => ({
              disabled: !isAtStage(record.status, role),
              'aria-label': `选择 ${record.studentName}`,
            }),
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: queue.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (next) => {
              setPage(next);
              setSelected([]);
            },
          }}
          columns={[
            {
              title: '学生',
              key: 'student',
              fixed: 'left',
              width: 160,
              render: (_, record) => (
                <div className="review-cell">
                  <span className="review-cell__main">
                    {record.studentName}
                    {record.needsRereview ? (
                      <Tag color="warning" className="review-rereview">
                        需重审
                      </Tag>
                    ) : null}
                  </span>
                  <span className="review-cell__sub">{record.idNumberMasked}</span>
                </div>
              ),
            },
            {
              title: '院系 / 专业',
              key: 'major',
              width: 170,
              render: (_, record) => (
                <div className="review-cell">
                  <span className="review-cell__main">{record.collegeName}</span>
                  <span className="review-cell__sub">
                    {record.majorName} · {record.levelName}
                  </span>
                </div>
              ),
            },
            { title: '用人单位', dataIndex: 'employerName', width: 180 },
            { title: '岗位名称', dataIndex: 'positionTitle', width: 130 },
            { title: '签约类型', dataIndex: 'kindName', width: 100 },
            {
              title: '签约状态',
              dataIndex: 'statusLabel',
              width: 130,
              render: (label: string, record) => (
                <Tag color={statusTagColor(record.status)} className="review-status">
                  {label}
                </Tag>
              ),
            },
            {
              title: '提交时间',
              dataIndex: 'submittedAt',
              width: 160,
              className: 'review-time',
              render: (value: string | null) => orDash(value),
            },
            {
              title: '操作',
              key: 'actions',
              fixed: 'right',
              width: 72,
              render: (_, record) => (
                <Button type="link" size="small" onClick={() => open(record.id)}>
                  {isAtStage(record.status, role) ? '审核' : '查看'}
                </Button>
              ),
            },
          ]}
        />
      </Space>
      <ReviewDrawer id={openId} role={role} onClose={() => open(null)} />
      <BatchApproveModal
        ids={selected}
        labels={Object.fromEntries(
          (queue.data?.items ?? []).map((item) => [item.id, `${item.studentName}(${item.employerName})`]),
        )}
        open={batchOpen}
        onClose={() => setBatchOpen(false)}
        onDone={() => {
          setBatchOpen(false);
          setSelected([]);
        }}
      />
    </Card>
  );
}
