import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { captchaResponse } from '../../../contract/auth';
import { issueCaptcha } from '../../auth/captcha';

export const captchaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/auth/captcha',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: '图片验证码', response: { 200: captchaResponse } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return issueCaptcha(app.db);
    },
  );
};
