import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Route, Routes } from 'react-router';
import '../student/setup-render';
import { SYSTEM_FULL_NAME } from '../common/roles';
import { ReturnPage } from './ReturnPage';
import './return.css';

/**
 * 用人单位协助回传协议书 (DOMAIN §4.2): the page the employer's contact opens from the link the graduate
 * sent — no account; works on a phone and on a desktop.
 */
export default function ReturnApp() {
  return (
    <ConfigProvider locale={zhCN}>
      <div className="return-frame">
        <header className="return-header">
          <div className="return-header__system">{SYSTEM_FULL_NAME}</div>
          <h1 className="return-header__title">协助回传就业协议书</h1>
        </header>
        <main>
          <Routes>
            <Route path=":token" element={<ReturnPage />} />
            <Route
              path="*"
              element={<p className="return-intro">链接不完整,请从邮件或短信中复制完整的链接后重新打开。</p>}
            />
          </Routes>
        </main>
      </div>
    </ConfigProvider>
  );
}
