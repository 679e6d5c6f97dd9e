import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { errorMessage } from '../common/api';
import { useAuth } from '../common/auth';
import type { RecordState, StudentRecordResponse } from '../common/types';
import { pathForState, useStudentRecord } from './use-student-record';

interface RecordGateProps {
  allow: readonly RecordState[];
  render: (status: StudentRecordResponse) => ReactNode;
}

/** Every student page reads the record first and sends the student to the page his record's state needs. */
export function RecordGate({ allow, render }: RecordGateProps) {
  const record = useStudentRecord();
  const { logout } = useAuth();

  if (record.data) {
    if (!allow.includes(record.data.state)) return <Navigate to={pathForState(record.data.state)} replace />;
    return render(record.data);
  }
  if (record.isError) {
    return (
      <div className="student-center">
        <ErrorBlock status="default" title="毕业生信息加载失败" description={errorMessage(record.error)}>
          <div className="student-actions">
            <Button block color="primary" onClick={() => void record.refetch()}>
              重试
            </Button>
            <Button block onClick={() => void logout()}>
              退出
            </Button>
          </div>
        </ErrorBlock>
      </div>
    );
  }
  return (
    <div className="student-center" role="status">
      <SpinLoading color="primary" />
      <span>正在读取你的毕业生信息…</span>
    </div>
  );
}
