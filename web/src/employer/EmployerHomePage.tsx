import { FileTextOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Grid, Space, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { ConsoleLoadState } from '../common/ConsoleLayout';
import { chinaTime, orDash } from '../common/format';
import type { EmployerProfile } from '../common/types';
import { ResubmitVerificationCard } from './ResubmitVerificationCard';
import { useEmployerProfile } from './use-employer';
import { VERIFICATION } from '../common/verification';

function VerificationNotice({ profile }: { profile: EmployerProfile }) {
  const verification = VERIFICATION[profile.verificationStatus];
  const reason =
    profile.verificationStatus === 'rejected' ? `未通过原因:${orDash(profile.verificationComment)}` : undefined;
  return <Alert type={verification.type} showIcon title={verification.notice} description={reason} />;
}

function ProfileCard({ profile }: { profile: EmployerProfile }) {
  const navigate = useNavigate();
  const verification = VERIFICATION[profile.verificationStatus];
  const screens = Grid.useBreakpoint();
  return (
    <Card
      title={<h1 className="console-page-title">单位信息</h1>}
      extra={
        <Space>
          <Button onClick={() => navigate('/employer/agreements')} icon={<FileTextOutlined />}>
            签约管理
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            disabled={profile.verificationStatus !== 'verified'}
            onClick={() => navigate('/employer/invite')}
          >
            发起签约
          </Button>
        </Space>
      }
    >
      <Descriptions
        bordered
        size="middle"
        column={{ xs: 1, md: 2 }}
        layout={screens.md ? 'horizontal' : 'vertical'}
        styles={{ label: screens.md ? { width: 160, whiteSpace: 'nowrap' } : {} }}
        items={[
          { key: 'name', label: '单位名称', children: profile.name, span: 'filled' },
          { key: 'uscc', label: '统一社会信用代码', children: profile.uscc },
          {
            key: 'verification',
            label: '资质认证',
            children: (
              <Space>
                <Tag color={verification.color}>{verification.label}</Tag>
                {profile.verificationStatus === 'rejected' && profile.verificationComment ? (
                  <span>{profile.verificationComment}</span>
                ) : null}
              </Space>
            ),
          },
          { key: 'nature', label: '单位性质', children: profile.natureName },
          { key: 'industry', label: '单位行业', children: profile.industryName },
          { key: 'region', label: '通讯地址', children: orDash(profile.regionName) },
          { key: 'address', label: '详细地址', children: orDash(profile.address) },
          { key: 'contact', label: '单位联系人', children: profile.contactName },
          { key: 'phone', label: '联系人电话', children: orDash(profile.contactPhone) },
          { key: 'mobile', label: '联系人手机', children: profile.contactMobile },
          { key: 'email', label: '联系人邮箱', children: orDash(profile.contactEmail) },
          { key: 'license', label: '营业执照', children: profile.hasLicense ? '已上传' : '未上传' },
          { key: 'created', label: '注册时间', children: chinaTime(profile.createdAt) },
        ]}
      />
    </Card>
  );
}

/** The employer's home: 单位信息 and its 资质认证 status. */
export function EmployerHomePage() {
  const profile = useEmployerProfile();
  if (!profile.data) {
    return (
      <Card>
        <ConsoleLoadState error={profile.error} onRetry={() => void profile.refetch()} />
      </Card>
    );
  }
  return (
    <>
      <VerificationNotice profile={profile.data} />
      <ProfileCard profile={profile.data} />
      {profile.data.verificationStatus === 'rejected' ? <ResubmitVerificationCard profile={profile.data} /> : null}
    </>
  );
}
