import { List } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { days, orDash, yuan } from '../common/format';
import type { AgreementView } from '../common/types';

type Row = [label: string, value: ReactNode];

/**
 * One section of an agreement. With `summary`, it shows one line and 详细信息 › that opens the rows (the
 * seed's 就业协议审核通过! screen); without, every row.
 */
function InfoList({ header, rows, summary }: { header: string; rows: Row[]; summary?: ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const collapsible = summary !== undefined;
  const shown = !collapsible || expanded;
  return (
    <List header={header} className="student-info agreement-info">
      {collapsible ? (
        <List.Item
          extra={expanded ? '收起' : '详细信息'}
          arrowIcon={expanded ? false : undefined}
          onClick={() => setExpanded((value) => !value)}
          aria-expanded={expanded}
        >
          {summary}
        </List.Item>
      ) : null}
      {shown
        ? rows.map(([label, value]) => (
            <List.Item key={label} extra={<span className="student-info__value">{value}</span>}>
              {label}
            </List.Item>
          ))
        : null}
    </List>
  );
}

function signingRows(agreement: AgreementView): Row[] {
  const { terms } = agreement;
  const online = agreement.kind === 'online';
  return [
    ['协议编号', orDash(agreement.agreementNumber)],
    ['签约类型', agreement.kindName],
    ['签约状态', agreement.statusLabel],
    ...(agreement.kind === 'paper' ? ([['纸质协议书编号', orDash(agreement.paperAgreementNumber)]] as Row[]) : []),
    ...(online ? ([['邀约时间', orDash(agreement.invitedAt)]] as Row[]) : []),
    ['职位类别', terms.positionCategoryName],
    ['岗位名称', terms.positionTitle],
    ...(online
      ? ([
          ['应约有效期', days(agreement.validDays)],
          ['应约截止时间', orDash(agreement.deadlineAt)],
        ] as Row[])
      : []),
    ['试用期', orDash(terms.probation)],
    ['试用起薪', yuan(terms.probationSalary)],
    ['转正起薪', yuan(terms.regularSalary)],
    ['违约金', yuan(terms.breachPenalty)],
    ['报到地点', orDash(terms.reportLocation)],
    ['报到期限', orDash(terms.reportDeadline)],
    ['实际工作地点', orDash(terms.workLocation)],
    ...(agreement.effectiveAt ? ([['生效时间', agreement.effectiveAt]] as Row[]) : []),
  ];
}

/** 签约信息, field by field as on the seed's screen (online invitations add their dates). */
export function SigningSection({ agreement, collapsed = false }: { agreement: AgreementView; collapsed?: boolean }) {
  return (
    <InfoList
      header="签约信息"
      rows={signingRows(agreement)}
      summary={collapsed ? `${agreement.terms.positionTitle}(${agreement.terms.positionCategoryName})` : undefined}
    />
  );
}

/** 单位信息, including 单位是否解决户档 and 协议补充内容. */
export function EmployerSection({ agreement, collapsed = false }: { agreement: AgreementView; collapsed?: boolean }) {
  const { employer, terms } = agreement;
  const rows: Row[] = [
    ['单位名称', employer.name],
    ['统一社会信用代码', employer.uscc],
    ['单位性质', employer.natureName],
    ['单位行业', employer.industryName],
    ['通讯地址', orDash(employer.regionName)],
    ['详细地址', orDash(employer.address)],
    ['单位联系人', employer.contactName],
    ['联系人电话', orDash(employer.contactPhone)],
    ['联系人手机', employer.contactMobile],
    ['联系人邮箱', orDash(employer.contactEmail)],
    ['单位是否解决户档', terms.hukouHandlingName],
  ];
  if (collapsed) {
    return (
      <InfoList
        header="单位信息"
        summary={employer.name}
        rows={[
          ...rows,
          ['协议补充内容', <span className="agreement-supplement__text">{orDash(terms.supplement)}</span>],
        ]}
      />
    );
  }
  return (
    <>
      <InfoList header="单位信息" rows={rows} />
      <div className="agreement-supplement" aria-label="协议补充内容">
        <div className="agreement-supplement__label">协议补充内容</div>
        <div className="agreement-supplement__text">{orDash(terms.supplement)}</div>
      </div>
    </>
  );
}

/** 学生信息: the name, and 详细信息 that opens the rest. */
export function StudentSection({ agreement }: { agreement: AgreementView }) {
  const { student } = agreement;
  return (
    <InfoList
      header="学生信息"
      summary={student.name}
      rows={[
        ['性别', student.genderName],
        ['身份证号', student.idNumberMasked],
        ['毕业院校', student.schoolName],
        ['院系', student.collegeName],
        ['层次', student.levelName],
        ['专业名称', student.majorName],
        ['届别', `${student.cohort}届`],
      ]}
    />
  );
}

/** 审核记录: stage, result, comment, time. */
export function ReviewSection({ agreement }: { agreement: AgreementView }) {
  if (agreement.reviews.length === 0) return null;
  return (
    <List header="审核记录" className="agreement-info">
      {agreement.reviews.map((review) => (
        <List.Item
          key={`${review.stage}-${review.decidedAt}-${review.stageName}`}
          description={
            <>
              {review.comment ? <div>意见:{review.comment}</div> : null}
              <div>{review.decidedAt}</div>
            </>
          }
          extra={
            <span className={review.result === 'approved' ? 'review-result--approved' : 'review-result--rejected'}>
              {review.resultName}
            </span>
          }
        >
          {review.stageName}
        </List.Item>
      ))}
    </List>
  );
}
