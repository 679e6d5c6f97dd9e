import './setup-render';
import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Navigate, Route, Routes } from 'react-router';
import { AgreementDetailPage } from './AgreementDetailPage';
import { ConfirmPage } from './ConfirmPage';
import { MessagesPage } from './MessagesPage';
import { MissingPage } from './MissingPage';
import { MyAgreementsPage } from './MyAgreementsPage';
import { RecordGate } from './RecordGate';
import './student.css';

/** The student's phone pages (antd-mobile), each behind the record-state gate. */
export default function StudentApp() {
  return (
    <ConfigProvider locale={zhCN}>
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
            path="messages"
            element={<RecordGate allow={['confirmed']} render={() => <MessagesPage />} />}
          />
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
