import { Card } from 'antd';
import type { ReactNode } from 'react';
import { AntdProvider } from '../common/AntdProvider';
import { SYSTEM_FULL_NAME } from '../common/roles';
import './auth-shell.css';

/** The frame of the login-side pages: a centered card on desktop, the full width on a phone. */
export function AuthShell({ title, wide = false, children }: { title: ReactNode; wide?: boolean; children: ReactNode }) {
  return (
    <AntdProvider>
      <div className="auth-page">
        <header className="auth-brand">{SYSTEM_FULL_NAME}</header>
        <main className={wide ? 'auth-main auth-main--wide' : 'auth-main'}>
          <Card className="auth-card">
            <h1 className="auth-title">{title}</h1>
            {children}
          </Card>
        </main>
      </div>
    </AntdProvider>
  );
}
