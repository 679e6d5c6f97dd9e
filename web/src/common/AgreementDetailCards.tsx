import { Alert, Card, Descriptions, Empty, Table, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { statusTagColor } from './agreement-status';
import { days, orDash, yuan } from './format';
import type { AgreementView } from './types';

type Items = NonNullable<DescriptionsProps['items']>;

const item = (label: string, children: ReactNode, span?: 'filled'): Items[number] => ({
  key: label,
  label,
  children,
  ...(span ? { span } : {}),
});

export function StatusTag({ agreement }: { agreement: Pick<AgreementView, 'status' | 'statusLabel'> }) {
  return <Tag color={statusTagColor(agreement.status)}>{agreement.statusLabel}</Tag>;
}

function signingItems(agreement: AgreementView): Items {
  const { terms } = agreement;
  const online = agreement.kind === 'online';
  return [
    item('协议编号', orDash(agreement.agreementNumber)),
    item('签约类型', agreement.kindName),
    item('签约状态', <StatusTag agreement={agreement} />),
    ...(agreement.kind === 'paper' ? [item('纸质协议书编号', orDash(agreement.paperAgreementNumber))] : []),
    ...(online ? [item('邀约时间', orDash(agreement.invitedAt))] : []),
    item('职位类别', terms.positionCategoryName),
    item('岗位名称', terms.positionTitle),
    ...(online
      ? [
          item('应约有效期', days(agreement.validDays)),
          item('应约截止时间', orDash(agreement.deadlineAt)),
          item('应约时间', orDash(agreement.answeredAt)),
        ]
      : []),
    item('生效时间', orDash(agreement.effectiveAt)),
    item('试用期', orDash(terms.probation)),
    item('试用起薪', yuan(terms.probationSalary)),
    item('转正起薪', yuan(terms.regularSalary)),
    item('违约金', yuan(terms.breachPenalty)),
    item('报到地点', orDash(terms.reportLocation)),
    item('报到期限', orDash(terms.reportDeadline)),
    item('实际工作地点', orDash(terms.workLocation), 'filled'),
  ];
}

function employerItems(agreement: AgreementView): Items {
  const { employer, terms } = agreement;
  return [
    item('单位名称', employer.name),
    item('统一社会信用代码', employer.uscc),
    item('单位性质', employer.natureName),
    item('单位行业', employer.industryName),
    item('通讯地址', orDash(employer.regionName)),
    item('详细地址', orDash(employer.address)),
    item('单位联系人', employer.contactName),
    item('联系人电话', orDash(employer.contactPhone)),
    item('联系人手机', employer.contactMobile),
    item('联系人邮箱', orDash(employer.contactEmail)),
    item('单位是否解决户档', terms.hukouHandlingName, 'filled'),
    item('协议补充内容', <div className="agreement-supplement">{orDash(terms.supplement)}</div>, 'filled'),
  ];
}

function studentItems(agreement: AgreementView): Items {
  const { student } = agreement;
  return [
    item('姓名', student.name),
    item('性别', student.genderName),
    item('身份证号', student.idNumberMasked),
    item('毕业院校', student.schoolName),
    item('院系', student.collegeName),
    item('层次', student.levelName),
    item('专业名称', student.majorName),
    item('届别', `${student.cohort}届`),
  ];
}

const DESCRIPTION_PROPS = {
  bordered: true,
  size: 'small',
  column: { xs: 1, sm: 1, md: 2 },
  styles: { label: { width: 150, whiteSpace: 'nowrap' } },
} as const;

/** 审核记录: stage, result, comment, reviewer, time. */
export function ReviewHistory({ reviews }: { reviews: AgreementView['reviews'] }) {
  if (reviews.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无审核记录" />;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(review) => `${review.stage}-${review.decidedAt}`}
      dataSource={reviews}
      columns={[
        { title: '审核环节', dataIndex: 'stageName' },
        {
          title: '审核结果',
          dataIndex: 'resultName',
          render: (name: string, review) => (
            <Tag color={review.result === 'approved' ? 'success' : 'error'}>{name}</Tag>
          ),
        },
        { title: '审核意见', dataIndex: 'comment', render: (comment: string | null) => orDash(comment) },
        { title: '审核人', dataIndex: 'reviewerName' },
        { title: '审核时间', dataIndex: 'decidedAt' },
      ]}
    />
  );
}

/** The failure reason, prominently, when a review said 不通过. */
export function FailureNotice({ agreement }: { agreement: AgreementView }) {
  if (agreement.status === 'failed' || agreement.status === 'voided') {
    return (
      <Alert
        type="error"
        showIcon
        title={agreement.status === 'failed' ? '签约失败' : '已作废'}
        description={`审核不通过原因:${orDash(agreement.failureReason)}`}
      />
    );
  }
  if (agreement.status === 'returned' || agreement.status === 'scan_returned') {
    return (
      <Alert
        type="warning"
        showIcon
        title={agreement.status === 'returned' ? '已退回修改,等待学生修改后重新提交' : '协议书已退回,等待重新回传'}
        description={`退回意见:${orDash(agreement.failureReason)}`}
      />
    );
  }
  return null;
}

/** Every field of an agreement, in the seed's three sections, and its review history. */
export function AgreementDetailCards({ agreement, bordered = true }: { agreement: AgreementView; bordered?: boolean }) {
  const variant = bordered ? 'outlined' : 'borderless';
  return (
    <>
      <Card title="签约信息" size="small" variant={variant}>
        <Descriptions {...DESCRIPTION_PROPS} items={signingItems(agreement)} />
      </Card>
      <Card title="单位信息" size="small" variant={variant}>
        <Descriptions {...DESCRIPTION_PROPS} items={employerItems(agreement)} />
      </Card>
      <Card title="学生信息" size="small" variant={variant}>
        <Descriptions {...DESCRIPTION_PROPS} items={studentItems(agreement)} />
      </Card>
      <Card title="审核记录" size="small" variant={variant}>
        <ReviewHistory reviews={agreement.reviews} />
      </Card>
    </>
  );
}
