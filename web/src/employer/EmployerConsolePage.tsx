import { Alert, Card, Descriptions, Result, Tag } from 'antd';
import { ConsoleLayout, ConsoleLoadState } from '../common/ConsoleLayout';
import type { ConsoleSummary } from '../common/types';
import { useConsoleSummary } from '../common/use-console';

type Verification = NonNullable<ConsoleSummary['employer']>['verificationStatus'];

const VERIFICATION: Record<
  Verification,
  { label: string; color: string; notice: string; type: 'info' | 'success' | 'warning' }
> = {
  pending: {
    label: '待审核',
    color: 'orange',
    type: 'info',
    notice: '平台管理员正在审核单位资质,认证通过后单位才能向毕业生发起签约邀请。',
  },
  verified: {
    label: '已认证',
    color: 'green',
    type: 'success',
    notice: '单位资质已通过平台认证。',
  },
  rejected: {
    label: '未通过',
    color: 'red',
    type: 'warning',
    notice: '单位资质认证未通过,请联系平台管理员了解原因。',
  },
};

function EmployerCard({ data }: { data: ConsoleSummary }) {
  const employer = data.employer;
  if (!employer) {
    return (
      <Card>
        <Result status="warning" title="当前账号未关联用人单位" subTitle="请联系平台管理员核实单位账号。" />
      </Card>
    );
  }
  const verification = VERIFICATION[employer.verificationStatus];
  return (
    <>
      <Alert type={verification.type} showIcon title={verification.notice} />
      <Card title="单位信息">
        <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
          <Descriptions.Item label="单位名称" span="filled">
            {employer.name}
          </Descriptions.Item>
          <Descriptions.Item label="统一社会信用代码">{employer.usccMasked}</Descriptions.Item>
          <Descriptions.Item label="资质认证">
            <Tag color={verification.color}>{verification.label}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="操作人">{data.realName}</Descriptions.Item>
          {data.username ? <Descriptions.Item label="用户名">{data.username}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
    </>
  );
}

/** The employer's console: its organisation and 资质认证 status. */
export default function EmployerConsolePage() {
  const summary = useConsoleSummary();
  return (
    <ConsoleLayout role="employer">
      {summary.data ? (
        <EmployerCard data={summary.data} />
      ) : (
        <Card>
          <ConsoleLoadState error={summary.error} onRetry={() => void summary.refetch()} />
        </Card>
      )}
    </ConsoleLayout>
  );
}
