import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  okResponse,
  reauthenticateBody,
  reauthenticateResponse,
  recoverUsernameBody,
  recoverUsernameResponse,
  registerBody,
  resetPasswordBody,
  sessionResponse,
  smsCodeBody,
  smsCodeResponse,
} from '../../../contract/auth';
import { requireAuthentication } from '../../auth/request-context';
import { setSessionCookie } from '../../auth/session-cookie';
import { reauthenticate } from '../../services/auth/reauthenticate';
import { recoverUsername } from '../../services/auth/recover-username';
import { registerAccount } from '../../services/auth/register-account';
import { resetPassword } from '../../services/auth/reset-password';
import { sendVerificationCode } from '../../services/auth/send-verification-code';
import { serviceContext } from '../context';

const CODE_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** 注册, 找回密码, 找回用户名 (each proven by a phone code) and the password-again check. */
export const accountRecoveryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/sms-code',
    {
      config: { rateLimit: CODE_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '发送短信验证码', body: smsCodeBody, response: { 200: smsCodeResponse } },
    },
    // The code goes only to the outbox (and, in development, the loopback-only mailbox), never to the log.
    async (request) => sendVerificationCode(serviceContext(request), request.body),
  );

  app.post(
    '/api/auth/register',
    {
      config: { rateLimit: CODE_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '注册', body: registerBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const { session, account } = await registerAccount(serviceContext(request, 'student'), request.body);
      setSessionCookie(reply, session.token, app.config.isProduction, session.maxAgeSeconds);
      return { account, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      config: { rateLimit: CODE_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '找回密码', body: resetPasswordBody, response: { 200: okResponse } },
    },
    async (request) => {
      await resetPassword(serviceContext(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/recover-username',
    {
      config: { rateLimit: CODE_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: '找回用户名',
        body: recoverUsernameBody,
        response: { 200: recoverUsernameResponse },
      },
    },
    async (request) => ({ identifiers: await recoverUsername(serviceContext(request), request.body) }),
  );

  app.post(
    '/api/auth/reauthenticate',
    {
      config: { rateLimit: CODE_RATE_LIMIT },
      schema: {
        tags: ['auth'],
        summary: '再次输入密码以确认本人操作',
        body: reauthenticateBody,
        response: { 200: reauthenticateResponse },
      },
    },
    async (request) => {
      const authentication = requireAuthentication(request);
      return reauthenticate(serviceContext(request), authentication, request.body.password);
    },
  );
};
