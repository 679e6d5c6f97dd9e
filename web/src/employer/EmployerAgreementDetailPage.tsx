import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AgreementDetailCards, FailureNotice, StatusTag } from '../common/AgreementDetailCards';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { PdfLinks } from '../common/PdfLinks';
import { useEmployerAgreement } from './use-employer';
import { useWithdraw } from './use-withdraw';

/** One invitation or agreement of this employer: every field, the review history, the PDF. */
export function EmployerAgreementDetailPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const withdraw = useWithdraw();
  const query = useEmployerAgreement(id);
  const agreement = query.data?.agreement;

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/employer/agreements')}>
      返回签约管理
    </Button>
  );
  if (!agreement) {
    return (
      <>
        <div>{back}</div>
        <Card>
          <ConsoleLoadState error={query.error} onRetry={() => void query.refetch()} />
        </Card>
      </>
    );
  }
  return (
    <>
      <div className="console-toolbar">
        <Space>
          {back}
          <h1 className="console-page-title">签约详情</h1>
          <StatusTag agreement={agreement} />
        </Space>
        <Space>
          {agreement.status === 'invited' ? (
            <Button danger onClick={() => withdraw(agreement)}>
              撤回
            </Button>
          ) : null}
          <PdfLinks agreement={agreement} base={`/api/employer/agreements/${agreement.id}`} />
        </Space>
      </div>
      {agreement.status === 'invited' ? (
        <Alert
          type="info"
          showIcon
          title={`等待学生应约:学生须在 ${agreement.deadlineAt ?? '-'} 之前接受或拒绝,逾期邀请自动失效。`}
        />
      ) : null}
      {agreement.status === 'effective' ? (
        <Alert type="success" showIcon title={`签约成功,协议编号 ${agreement.agreementNumber ?? '-'}`} />
      ) : null}
      <FailureNotice agreement={agreement} />
      <AgreementDetailCards agreement={agreement} />
    </>
  );
}
