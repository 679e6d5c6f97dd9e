import { useQueryClient } from '@tanstack/react-query';
import { Button, NavBar, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, call, errorMessage } from '../common/api';
import { useAuth } from '../common/auth';
import type { StudentRecordResponse } from '../common/types';
import { StudentInfoList } from './StudentInfoList';
import { RECORD_QUERY_KEY } from './use-student-record';

export const WELCOME_MESSAGE =
  '欢迎使用全国高校毕业生网上签约系统,请先核对你的毕业生信息是否正确,若有误请联系学校就业部门更正!';

/** 学生信息: the first-login check of the graduate's record (DOMAIN §3). */
export function ConfirmPage({ status }: { status: StudentRecordResponse }) {
  const { logout } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [isConfirming, setIsConfirming] = useState(false);
  const isMismatch = status.state === 'mismatch';

  async function confirm() {
    setIsConfirming(true);
    try {
      const result = await call('confirmRecord');
      queryClient.setQueryData<StudentRecordResponse>(RECORD_QUERY_KEY, {
        ...status,
        state: result.state,
        record: result.record,
        mismatchFields: [],
      });
      navigate('/student', { replace: true });
    } catch (error) {
      setIsConfirming(false);
      if (error instanceof ApiError && error.status === 401) return; // the login page explains
      Toast.show({ icon: 'fail', content: errorMessage(error) });
      void queryClient.invalidateQueries({ queryKey: RECORD_QUERY_KEY });
    }
  }

  return (
    <>
      <NavBar back={null} className="student-navbar">
        学生信息
      </NavBar>
      <NoticeBar wrap color="alert" content={WELCOME_MESSAGE} />
      {isMismatch ? (
        <div className="student-alert" role="alert">
          <strong>你的关键信息与学籍信息不一致,暂不能进入系统</strong>
          <p>
            不一致的项目:{status.mismatchFields.length > 0 ? status.mismatchFields.join('、') : '关键信息'}
            。请联系学校就业部门核实更正,更正后重新登录核对。
          </p>
        </div>
      ) : null}
      {status.record ? <StudentInfoList record={status.record} mismatchFields={status.mismatchFields} /> : null}
      <div className="student-actions">
        {isMismatch ? null : (
          <Button block color="primary" size="large" loading={isConfirming} onClick={() => void confirm()}>
            信息确认无误,进入系统
          </Button>
        )}
        <Button block size="large" onClick={() => void logout()}>
          退出
        </Button>
      </div>
      <div className="student-footnote">
        <p>姓名、身份证号、毕业院校、层次有误:请不要确认,先联系学校就业部门更正。</p>
        <p>民族、政治面貌、生源地等信息有误:可申请"信息更新",由院系、学校审核后更正,请联系学校就业部门办理。</p>
      </div>
    </>
  );
}
