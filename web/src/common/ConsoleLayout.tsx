import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Result, Skeleton, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { AntdProvider } from './AntdProvider';
import { errorMessage } from './api';
import { useAuth } from './auth';
import { ROLE_NAMES, SYSTEM_NAME } from './roles';
import type { ConsoleRole } from './types';
import './console-layout.css';

/** The desktop frame of the employer and staff consoles: system name, role, person, 退出. */
export function ConsoleLayout({ role, children }: { role: ConsoleRole; children: ReactNode }) {
  const { account, logout } = useAuth();
  return (
    <AntdProvider>
      <Layout className="console">
        <Layout.Header className="console-header">
          <div className="console-header__brand">
            <span className="console-header__system">{SYSTEM_NAME}</span>
            <Tag color="blue" variant="filled" className="console-header__role">
              {ROLE_NAMES[role]}
            </Tag>
          </div>
          <Space size="middle">
            <span className="console-header__person">
              <UserOutlined /> {account?.realName}
            </span>
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">{children}</Layout.Content>
      </Layout>
    </AntdProvider>
  );
}

/** Loading and failure of a console's data. */
export function ConsoleLoadState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (!error) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <Result
      status="error"
      title="数据加载失败"
      subTitle={errorMessage(error)}
      extra={
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
