import { Button, ErrorBlock, NavBar, SpinLoading } from 'antd-mobile';
import { Link } from 'react-router';
import { errorMessage } from '../common/api';
import { useAuth } from '../common/auth';
import type { StudentRecordResponse } from '../common/types';
import { AgreementCard } from './AgreementCard';
import { orderAgreements } from './agreement-order';
import { MessagesEntry } from './MessagesEntry';
import { DraftCards } from './offline/DraftCards';
import { slotHolder } from './offline/signing-slot';
import { SigningEntry } from './offline/SigningEntry';
import { useStudentAgreements } from './use-student-record';

function AgreementList() {
  const agreements = useStudentAgreements();
  if (agreements.isError) {
    return (
      <section className="student-panel">
        <ErrorBlock status="default" title="签约记录加载失败" description={errorMessage(agreements.error)}>
          <Button color="primary" onClick={() => void agreements.refetch()}>
            重试
          </Button>
        </ErrorBlock>
      </section>
    );
  }
  if (!agreements.data) {
    return (
      <div className="student-center" role="status">
        <SpinLoading color="primary" />
      </div>
    );
  }
  const drafts = <DraftCards enabled={slotHolder(agreements.data.items) === undefined} />;
  if (agreements.data.items.length === 0) {
    return (
      <>
        <SigningEntry items={agreements.data.items} />
        <section aria-label="草稿" className="agreement-list">
          {drafts}
        </section>
        <section className="student-panel">
          <ErrorBlock
            status="empty"
            title="暂无签约记录"
            description="用人单位通过本系统向你发起签约邀请后,邀请会显示在这里,点开即可查看签约信息并选择接受或拒绝。单位未在本系统注册,或已签纸质协议书的,请点上方「签就业协议书就业」。"
          />
        </section>
      </>
    );
  }
  const items = orderAgreements(agreements.data.items);
  const waiting = items.filter((item) => item.canAnswer).length;
  return (
    <>
      <SigningEntry items={agreements.data.items} />
      <section aria-label="签约记录" className="agreement-list">
        {waiting > 0 ? (
          <p className="agreement-list__hint" role="status">
            你有 {waiting} 个签约邀请待应约,请在应约截止时间前接受或拒绝,逾期邀请将失效。
          </p>
        ) : null}
        {items
          .filter((item) => item.canAnswer)
          .map((item) => (
            <AgreementCard key={item.id} agreement={item} />
          ))}
        {drafts}
        {items
          .filter((item) => !item.canAnswer)
          .map((item) => (
            <AgreementCard key={item.id} agreement={item} />
          ))}
      </section>
    </>
  );
}

/** 我的签约: the student's home once his record is confirmed. */
export function MyAgreementsPage({ status }: { status: StudentRecordResponse }) {
  const { logout } = useAuth();
  const record = status.record;
  return (
    <>
      <NavBar back={null} right={<MessagesEntry />} className="student-navbar">
        我的签约
      </NavBar>
      <header className="student-profile">
        <div>
          <div className="student-profile__name">{record?.name ?? ''} 同学,你好</div>
          {record ? (
            <div className="student-profile__detail">
              {record.schoolName} · {record.levelName} · {record.majorName} · {record.cohort}届
            </div>
          ) : null}
        </div>
        <div className="student-profile__actions">
          <Link to="/student/account" className="student-profile__link">
            账号设置
          </Link>
          <Button size="small" fill="outline" onClick={() => void logout()}>
            退出
          </Button>
        </div>
      </header>
      <AgreementList />
      <div className="student-footnote">
        <p>温馨提示:每人只有一次签约机会,线上签约和线下签约只能选择其中一种。</p>
        <p>一旦签约成功,其他单位的签约邀请只能查看,无法操作。</p>
      </div>
    </>
  );
}
