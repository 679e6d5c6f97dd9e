import './setup-render';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { StudentAccountPage } from '../account/StudentAccountPage';
import { AgreementDetailPage } from './AgreementDetailPage';
import { ConfirmPage } from './ConfirmPage';
import { MessagesPage } from './MessagesPage';
import { MissingPage } from './MissingPage';
import { MyAgreementsPage } from './MyAgreementsPage';
import { EditAgreementPage, NewAgreementPage } from './offline/OfflineFormPages';
import { ScanUploadPage } from './offline/ScanUploadPage';
import { RecordGate } from './RecordGate';
import './student.css';
import './offline/offline.css';

/** A new page starts at its top (a submitted form opens the agreement, not its middle). */
function ScrollToTop() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}

/** The student's phone pages (antd-mobile), each behind the record-state gate. */
export default function StudentApp() {
  return (
    <ConfigProvider locale={zhCN}>
      <ScrollToTop />
      <div className="student-frame">
        <Routes>
          <Route
            index
            element={<RecordGate allow={['confirmed']} render={(status) => <MyAgreementsPage status={status} />} />}
          />
          <Route
            path="agreements/:id"
            element={<RecordGate allow={['confirmed']} render={() => <AgreementDetailPage />} />}
          />
          <Route
            path="offline/new"
            element={
              <RecordGate allow={['confirmed']} render={(status) => <NewAgreementPage kind="offline" status={status} />} />
            }
          />
          <Route
            path="paper/new"
            element={
              <RecordGate allow={['confirmed']} render={(status) => <NewAgreementPage kind="paper" status={status} />} />
            }
          />
          <Route
            path="agreements/:id/edit"
            element={<RecordGate allow={['confirmed']} render={(status) => <EditAgreementPage status={status} />} />}
          />
          <Route
            path="agreements/:id/scan"
            element={<RecordGate allow={['confirmed']} render={() => <ScanUploadPage />} />}
          />
          <Route
            path="messages"
            element={<RecordGate allow={['confirmed']} render={() => <MessagesPage />} />}
          />
          {/* 账号设置 is the person's own, whatever the state of his record. */}
          <Route path="account" element={<StudentAccountPage />} />
          <Route
            path="confirm"
            element={
              <RecordGate allow={['unconfirmed', 'mismatch']} render={(status) => <ConfirmPage status={status} />} />
            }
          />
          <Route
            path="missing"
            element={<RecordGate allow={['missing']} render={(status) => <MissingPage status={status} />} />}
          />
          <Route path="*" element={<Navigate to="/student" replace />} />
        </Routes>
      </div>
    </ConfigProvider>
  );
}
