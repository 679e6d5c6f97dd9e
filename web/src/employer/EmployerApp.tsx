import { BankOutlined, BellOutlined, FileTextOutlined, SendOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, Route, Routes } from 'react-router';
import { ConsoleAccountPage } from '../account/ConsoleAccountPage';
import { ConsoleLayout, type ConsoleMenuItem } from '../common/ConsoleLayout';
import { ConsoleMessagesPage } from '../common/ConsoleMessagesPage';
import { useUnreadCount } from '../common/use-notifications';
import { EmployerAgreementDetailPage } from './EmployerAgreementDetailPage';
import { EmployerAgreementsPage } from './EmployerAgreementsPage';
import { EmployerHomePage } from './EmployerHomePage';
import { InvitePage } from './InvitePage';

/** The employer's console (antd, desktop): 单位信息, 发起签约, 签约管理, 消息, 账号设置. */
export default function EmployerApp() {
  const unread = useUnreadCount();
  const menu: ConsoleMenuItem[] = [
    { path: '/employer', label: '单位信息', icon: <BankOutlined /> },
    { path: '/employer/invite', label: '发起签约', icon: <SendOutlined /> },
    { path: '/employer/agreements', label: '签约管理', icon: <FileTextOutlined /> },
    { path: '/employer/messages', label: '消息', icon: <BellOutlined />, badge: unread },
    { path: '/employer/account', label: '账号设置', icon: <UserOutlined /> },
  ];
  return (
    <ConsoleLayout role="employer" menu={menu}>
      <Routes>
        <Route index element={<EmployerHomePage />} />
        <Route path="invite" element={<InvitePage />} />
        <Route path="agreements" element={<EmployerAgreementsPage />} />
        <Route path="agreements/:id" element={<EmployerAgreementDetailPage />} />
        <Route path="messages" element={<ConsoleMessagesPage />} />
        <Route path="account" element={<ConsoleAccountPage />} />
        <Route path="*" element={<Navigate to="/employer" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
