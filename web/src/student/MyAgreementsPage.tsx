import { Button, ErrorBlock, List, NavBar, SpinLoading } from 'antd-mobile';
import { errorMessage } from '../common/api';
import { useAuth } from '../common/auth';
import type { StudentRecordResponse } from '../common/types';
import { useStudentAgreements } from './use-student-record';

function AgreementList() {
  const agreements = useStudentAgreements();
  if (agreements.isError) {
    return (
      <ErrorBlock status="default" title="签约记录加载失败" description={errorMessage(agreements.error)}>
        <Button color="primary" onClick={() => void agreements.refetch()}>
          重试
        </Button>
      </ErrorBlock>
    );
  }
  if (!agreements.data) {
    return (
      <div className="student-center" role="status">
        <SpinLoading color="primary" />
      </div>
    );
  }
  if (agreements.data.items.length === 0) {
    return (
      <ErrorBlock
        status="empty"
        title="暂无签约记录"
        description="用人单位通过本系统向你发起签约邀请后,邀请会显示在这里,点开即可查看签约信息并选择接受或拒绝。"
      />
    );
  }
  return (
    <List header="签约记录">
      {agreements.data.items.map((item) => (
        <List.Item key={item.id} description={item.statusLabel}>
          {item.employer.name}
        </List.Item>
      ))}
    </List>
  );
}

/** 我的签约: the student's home once his record is confirmed. */
export function MyAgreementsPage({ status }: { status: StudentRecordResponse }) {
  const { logout } = useAuth();
  const record = status.record;
  return (
    <>
      <NavBar back={null} className="student-navbar">
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
        <Button size="small" fill="outline" onClick={() => void logout()}>
          退出
        </Button>
      </header>
      <section className="student-panel" aria-label="签约记录">
        <AgreementList />
      </section>
      <div className="student-footnote">
        <p>温馨提示:每人只有一次签约机会,线上签约和线下签约只能选择其中一种。</p>
      </div>
    </>
  );
}
