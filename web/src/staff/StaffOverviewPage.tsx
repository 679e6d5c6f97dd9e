import { Card, Col, Descriptions, Empty, Row, Statistic, Tag } from 'antd';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { ROLE_NAMES } from '../common/roles';
import type { ConsoleSummary } from '../common/types';
import { useConsoleSummary } from '../common/use-console';

const REVIEW_CHAIN_NAMES = { college_school: '院系 → 学校', school_only: '仅学校' } as const;

function ScopeCard({ data }: { data: ConsoleSummary }) {
  const collegesLabel = data.role === 'college_reviewer' ? '负责院系' : '院系';
  return (
    <Card title="工作范围">
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label="姓名">{data.realName}</Descriptions.Item>
        <Descriptions.Item label="角色">{ROLE_NAMES[data.role]}</Descriptions.Item>
        {data.username ? <Descriptions.Item label="用户名">{data.username}</Descriptions.Item> : null}
        {data.school ? (
          <>
            <Descriptions.Item label="学校">{data.school.name}</Descriptions.Item>
            <Descriptions.Item label="院校代码">{data.school.code}</Descriptions.Item>
            <Descriptions.Item label="审核流程">{REVIEW_CHAIN_NAMES[data.school.reviewChain]}</Descriptions.Item>
          </>
        ) : null}
        {data.school || data.colleges.length > 0 ? (
          <Descriptions.Item label={collegesLabel} span="filled">
            {data.colleges.length > 0
              ? data.colleges.map((college) => (
                  <Tag key={college.id} style={{ marginBlock: 2 }}>
                    {college.name}({college.code})
                  </Tag>
                ))
              : '尚未设置院系'}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function CountsCard({ counts, cohort }: { counts: NonNullable<ConsoleSummary['counts']>; cohort: number }) {
  const unconfirmed = Math.max(0, counts.students - counts.confirmed);
  const rate = counts.students > 0 ? (counts.confirmed / counts.students) * 100 : 0;
  return (
    <Card title={`${cohort} 届毕业生信息确认情况`}>
      {counts.students === 0 ? (
        <Empty description={`${cohort} 届尚未导入毕业生信息`} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={12} md={6}>
            <Statistic title="毕业生人数" value={counts.students} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="已确认信息" value={counts.confirmed} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="未确认信息" value={unconfirmed} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="确认比例" value={rate} precision={1} suffix="%" />
          </Col>
        </Row>
      )}
    </Card>
  );
}

/** 工作台 of 院系审核员, 学校管理员 and 平台管理员: who and what this account covers. */
export function StaffOverviewPage() {
  const summary = useConsoleSummary();
  if (!summary.data) {
    return (
      <Card>
        <ConsoleLoadState error={summary.error} onRetry={() => void summary.refetch()} />
      </Card>
    );
  }
  return (
    <>
      <ScopeCard data={summary.data} />
      {summary.data.counts ? <CountsCard counts={summary.data.counts} cohort={summary.data.cohort} /> : null}
    </>
  );
}
