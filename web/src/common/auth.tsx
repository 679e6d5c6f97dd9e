import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { call, fetchMe, onUnauthorized, setCsrfToken } from './api';
import type { Account, MeResponse, SessionResponse } from './types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

export const SESSION_EXPIRED_NOTICE = '登录已失效,请重新登录';

/** Notices passed to /login through navigation state. */
export interface LoginNotice {
  notice?: string;
  from?: string;
}

interface AuthContextValue {
  /** undefined while the first /auth/me is loading */
  account: Account | null | undefined;
  /** The session ended under the user (a 401): the login page says so. */
  sessionExpired: boolean;
  bootError: unknown;
  retryBoot: () => void;
  /** Stores a new session (login, register) and drops the previous person's cached data. */
  signedIn: (session: SessionResponse) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function dropPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery({ queryKey: ME_QUERY_KEY, queryFn: () => fetchMe(), staleTime: 60_000 });
  const [sessionExpired, setSessionExpired] = useState(false);

  useEffect(() => {
    onUnauthorized(() => {
      setSessionExpired(true);
      queryClient.setQueryData<MeResponse>(ME_QUERY_KEY, (previous) => ({
        account: null,
        csrfToken: previous?.csrfToken ?? '',
      }));
      dropPersonalData(queryClient);
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      // The route guard also sends the page to /login once `account` is null; both carry the same notice.
      const notice: LoginNotice = { notice: SESSION_EXPIRED_NOTICE, from: window.location.pathname };
      navigate('/login', { replace: true, state: notice });
    });
    return () => onUnauthorized(null);
  }, [navigate, queryClient]);

  const signedIn = useCallback(
    (session: SessionResponse) => {
      setSessionExpired(false);
      setCsrfToken(session.csrfToken);
      dropPersonalData(queryClient);
      queryClient.setQueryData<MeResponse>(ME_QUERY_KEY, session);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await call('logout');
    } catch {
      // The session may already be gone; the user still leaves.
    }
    setSessionExpired(false);
    dropPersonalData(queryClient);
    try {
      queryClient.setQueryData<MeResponse>(ME_QUERY_KEY, await fetchMe());
    } catch {
      queryClient.setQueryData<MeResponse>(ME_QUERY_KEY, { account: null, csrfToken: '' });
    }
    navigate('/login', { replace: true });
  }, [navigate, queryClient]);

  const { data, error, refetch } = me;
  const value = useMemo<AuthContextValue>(
    () => ({
      account: data ? data.account : undefined,
      sessionExpired,
      bootError: data ? null : error,
      retryBoot: () => void refetch(),
      signedIn,
      logout,
    }),
    [data, error, refetch, sessionExpired, signedIn, logout],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}
