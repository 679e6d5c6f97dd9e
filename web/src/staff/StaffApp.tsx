import {
  AuditOutlined,
  BellOutlined,
  DashboardOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Navigate, Route, Routes } from 'react-router';
import { ConsoleAccountPage } from '../account/ConsoleAccountPage';
import { ConsoleLayout, type ConsoleMenuItem } from '../common/ConsoleLayout';
import { ConsoleMessagesPage } from '../common/ConsoleMessagesPage';
import { ROLE_HOMES } from '../common/roles';
import type { ConsoleRole } from '../common/types';
import { useUnreadCount } from '../common/use-notifications';
import { EmployerVerificationPage } from './EmployerVerificationPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { SchoolSettingsPage } from './SchoolSettingsPage';
import { StaffOverviewPage } from './StaffOverviewPage';
import './staff.css';

type StaffRole = Exclude<ConsoleRole, 'employer'>;

function menuOf(role: StaffRole, unread: number): ConsoleMenuItem[] {
  const home = ROLE_HOMES[role];
  const items: ConsoleMenuItem[] = [{ path: home, label: '工作台', icon: <DashboardOutlined /> }];
  if (role === 'college_reviewer' || role === 'school_admin') {
    items.push({ path: `${home}/reviews`, label: '协议审核', icon: <AuditOutlined /> });
  }
  if (role === 'school_admin') items.push({ path: `${home}/settings`, label: '学校设置', icon: <SettingOutlined /> });
  if (role === 'platform_admin') {
    items.push({ path: `${home}/employers`, label: '单位资质认证', icon: <SafetyCertificateOutlined /> });
  }
  items.push({ path: `${home}/messages`, label: '消息', icon: <BellOutlined />, badge: unread });
  items.push({ path: `${home}/account`, label: '账号设置', icon: <UserOutlined /> });
  return items;
}

/** The consoles of 院系审核员, 学校管理员 and 平台管理员 (antd, desktop). */
export default function StaffApp({ role }: { role: StaffRole }) {
  const unread = useUnreadCount();
  return (
    <ConsoleLayout role={role} menu={menuOf(role, unread)}>
      <Routes>
        <Route index element={<StaffOverviewPage />} />
        {role === 'college_reviewer' || role === 'school_admin' ? (
          <Route path="reviews" element={<ReviewQueuePage role={role} />} />
        ) : null}
        {role === 'school_admin' ? <Route path="settings" element={<SchoolSettingsPage />} /> : null}
        {role === 'platform_admin' ? <Route path="employers" element={<EmployerVerificationPage />} /> : null}
        <Route path="messages" element={<ConsoleMessagesPage />} />
        <Route path="account" element={<ConsoleAccountPage />} />
        <Route path="*" element={<Navigate to={ROLE_HOMES[role]} replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
