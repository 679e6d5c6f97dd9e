import { App, Button, Card, Result, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { FindStudentStep, StudentSummary, type ChosenStudent } from './FindStudentStep';
import { InvitationForm } from './InvitationForm';
import { useEmployerProfile } from './use-employer';
import { VERIFICATION } from '../common/verification';

/** 发起签约: find the graduate, then fill in 签约信息 and send the invitation. */
export function InvitePage() {
  const profile = useEmployerProfile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [student, setStudent] = useState<ChosenStudent | null>(null);

  if (!profile.data) {
    return (
      <Card>
        <ConsoleLoadState error={profile.error} onRetry={() => void profile.refetch()} />
      </Card>
    );
  }
  if (profile.data.verificationStatus !== 'verified') {
    const verification = VERIFICATION[profile.data.verificationStatus];
    return (
      <Card>
        <Result
          status="warning"
          title={`单位资质${verification.label},暂不能发起签约`}
          subTitle={
            profile.data.verificationStatus === 'rejected'
              ? `资质认证未通过,原因:${profile.data.verificationComment ?? '未说明'}。请在「单位信息」页修改后重新提交认证。`
              : '平台管理员审核通过单位资质后,才能向毕业生发起签约邀请。审核结果会通过"消息"通知你。'
          }
          extra={<Button onClick={() => navigate('/employer')}>返回单位信息</Button>}
        />
      </Card>
    );
  }

  return (
    <Card title={<h1 className="console-page-title">发起签约</h1>}>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: '查找学生' }, { title: '填写签约信息' }]}
      />
      {step === 0 || !student ? (
        <FindStudentStep chosen={student} onFound={setStudent} onNext={() => setStep(1)} />
      ) : (
        <>
          <Card size="small" title="签约学生" style={{ marginBottom: 8 }}>
            <StudentSummary found={student.found} />
          </Card>
          <InvitationForm
            student={student}
            profile={profile.data}
            onBack={() => setStep(0)}
            onSent={(id) => {
              void message.success('签约邀请已发送,学生可在"我的签约"中查看并应约');
              navigate(`/employer/agreements/${id}`);
            }}
          />
        </>
      )}
    </Card>
  );
}
