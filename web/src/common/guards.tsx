import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SESSION_EXPIRED_NOTICE, useAuth, type LoginNotice } from './auth';
import { PageFailed, PageLoading } from './PageStatus';
import type { Role } from './types';

/** Waits for the first /auth/me; shows a retry when the server cannot be reached. */
function useBootGate(): ReactNode | null {
  const { account, bootError, retryBoot } = useAuth();
  if (account !== undefined) return null;
  if (bootError) return <PageFailed error={bootError} onRetry={retryBoot} />;
  return <PageLoading />;
}

/** Not logged in → /login; logged in without this role → the account's own home. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { account, sessionExpired } = useAuth();
  const location = useLocation();
  const gate = useBootGate();
  if (gate) return gate;
  if (!account) {
    const state: LoginNotice = {
      from: location.pathname,
      ...(sessionExpired ? { notice: SESSION_EXPIRED_NOTICE } : {}),
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!account.roles.includes(role)) return <Navigate to={account.home} replace />;
  return children;
}

/** Pages for people who are not logged in (login, register): a logged-in visitor goes home. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const { account } = useAuth();
  const gate = useBootGate();
  if (gate) return gate;
  if (account) return <Navigate to={account.home} replace />;
  return children;
}

/** `/`: the account's home, or the login page. */
export function RootRedirect() {
  const { account } = useAuth();
  const gate = useBootGate();
  if (gate) return gate;
  return <Navigate to={account ? account.home : '/login'} replace />;
}
