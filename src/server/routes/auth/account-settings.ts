import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountResponse,
  changeEmailBody,
  changePasswordBody,
  changePhoneBody,
  okResponse,
} from '../../../contract/auth';
import { requireAuthentication } from '../../auth/request-context';
import { changeEmail } from '../../services/auth/change-email';
import { changePassword } from '../../services/auth/change-password';
import { changePhone } from '../../services/auth/change-phone';
import { serviceContext } from '../context';

const SETTINGS_RATE_LIMIT = { max: 10, timeWindow: '1 minute' };

/** 账号设置 of every signed-in account: 修改密码, 更换手机号, 修改邮箱. */
export const accountSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/account/password',
    {
      config: { rateLimit: SETTINGS_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '修改密码', body: changePasswordBody, response: { 200: okResponse } },
    },
    async (request) => {
      await changePassword(serviceContext(request), requireAuthentication(request), request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/account/phone',
    {
      config: { rateLimit: SETTINGS_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '更换手机号', body: changePhoneBody, response: { 200: accountResponse } },
    },
    async (request) => ({
      account: await changePhone(serviceContext(request), requireAuthentication(request), request.body),
    }),
  );

  app.post(
    '/api/auth/account/email',
    {
      config: { rateLimit: SETTINGS_RATE_LIMIT },
      schema: { tags: ['auth'], summary: '修改邮箱', body: changeEmailBody, response: { 200: accountResponse } },
    },
    async (request) => ({
      account: await changeEmail(serviceContext(request), requireAuthentication(request), request.body),
    }),
  );
};
