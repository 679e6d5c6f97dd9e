import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginBody, meResponse, okResponse, sessionResponse } from '../../../contract/auth';
import { requireAuthentication } from '../../auth/request-context';
import { clearSessionCookie, CSRF_COOKIE, setCsrfCookie, setSessionCookie } from '../../auth/session-cookie';
import { randomToken } from '../../auth/tokens';
import { describeAccountById } from '../../services/auth/describe-account';
import { login } from '../../services/auth/login';
import { logout } from '../../services/auth/logout';
import { serviceContext } from '../context';
import { accountSettingsRoutes } from './account-settings';

export const LOGIN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const secure = app.config.isProduction;
  // Registered here, beside login and logout, so the app's list of route groups stays as it is.
  await app.register(accountSettingsRoutes);

  app.get(
    '/api/auth/me',
    { schema: { tags: ['auth'], summary: '当前登录账号与 CSRF 令牌', response: { 200: meResponse } } },
    async (request, reply) => {
      const authentication = request.authentication;
      const account = authentication ? await describeAccountById(app.db, authentication.accountId) : undefined;
      if (account && authentication) return { account, csrfToken: authentication.csrfToken };
      const csrfToken = request.cookies[CSRF_COOKIE] ?? randomToken();
      setCsrfCookie(reply, csrfToken, secure);
      return { account: null, csrfToken };
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const { session, account } = await login(serviceContext(request), request.body);
      setSessionCookie(reply, session.token, secure, session.maxAgeSeconds);
      return { account, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出', response: { 200: okResponse } } },
    async (request, reply) => {
      const authentication = requireAuthentication(request);
      await logout(serviceContext(request), authentication.sessionId);
      clearSessionCookie(reply, secure);
      return { ok: true as const };
    },
  );
};
