import { ConfigProvider } from 'antd-mobile';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Route, Routes } from 'react-router';
import { SYSTEM_FULL_NAME } from '../common/roles';
import { VerifyForm } from './VerifyForm';
import { VerifyResultPage } from './VerifyResultPage';
import './verify.css';

function VerifyHome() {
  return (
    <>
      <p className="verify-intro">
        输入电子就业协议书上的验证码,或用手机扫描协议书上的二维码,查验协议书的真实性和当前状态。
      </p>
      <section className="verify-card">
        <VerifyForm />
      </section>
    </>
  );
}

/** 验真 (DOMAIN §8): public pages for anyone holding an agreement's code or QR code; phone first. */
export default function VerifyApp() {
  return (
    <ConfigProvider locale={zhCN}>
      <div className="verify-frame">
        <header className="verify-header">
          <div className="verify-header__system">{SYSTEM_FULL_NAME}</div>
          <h1 className="verify-header__title">电子就业协议书验真</h1>
        </header>
        <main>
          <Routes>
            <Route index element={<VerifyHome />} />
            <Route path=":code" element={<VerifyResultPage />} />
          </Routes>
        </main>
      </div>
    </ConfigProvider>
  );
}
