import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Result, Skeleton, Space, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AntdProvider } from './AntdProvider';
import { errorMessage } from './api';
import { useAuth } from './auth';
import { ROLE_NAMES, SYSTEM_NAME } from './roles';
import type { ConsoleRole } from './types';
import './console-layout.css';

export interface ConsoleMenuItem {
  path: string;
  label: string;
  icon?: ReactNode;
  /** a count shown beside the label (unread 消息) */
  badge?: number;
}

/** The menu entry a path belongs to: the longest menu path that is the path or a parent of it. */
function selectedPath(items: ConsoleMenuItem[], pathname: string): string | undefined {
  return items
    .map((item) => item.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

function ConsoleMenu({ items, onNavigate }: { items: ConsoleMenuItem[]; onNavigate: () => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = selectedPath(items, pathname);
  return (
    <Menu
      mode="inline"
      className="console-menu"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        navigate(key);
        onNavigate();
      }}
      items={items.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <span className="console-menu__label">
            {item.label}
            {item.badge ? <Badge count={item.badge} size="small" aria-label={`${item.badge} 条未读`} /> : null}
          </span>
        ),
      }))}
    />
  );
}

/** The desktop frame of the employer and staff consoles: system name, role, person, 退出, and the menu. */
export function ConsoleLayout({
  role,
  menu,
  children,
}: {
  role: ConsoleRole;
  menu?: ConsoleMenuItem[];
  children: ReactNode;
}) {
  const { account, logout } = useAuth();
  // On a narrow screen the menu folds away behind its button and lies over the page when opened; a choice
  // folds it again.
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
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
        {menu ? (
          <Layout hasSider className="console-body">
            <Layout.Sider
              width={200}
              theme="light"
              breakpoint="md"
              collapsedWidth={0}
              collapsed={collapsed}
              onCollapse={setCollapsed}
              onBreakpoint={(broken) => {
                setNarrow(broken);
                setCollapsed(broken);
              }}
              className="console-sider"
            >
              <nav aria-label="功能菜单">
                <ConsoleMenu items={menu} onNavigate={() => setCollapsed(narrow)} />
              </nav>
            </Layout.Sider>
            <Layout.Content className="console-content">{children}</Layout.Content>
          </Layout>
        ) : (
          <Layout.Content className="console-content">{children}</Layout.Content>
        )}
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
