import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyResponse } from '../../../contract/agreement';
import { verifyAgreement } from '../../services/agreement/verify-agreement';

/** 验真 (DOMAIN §8): public, no account; what it shows is masked, and guessing is rate limited. */
export const verifyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/verify/:code',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '电子就业协议书验真',
        params: z.object({ code: z.string().trim().min(1, '请输入验证码').max(32, '验证码过长,请核对') }),
        response: { 200: verifyResponse },
      },
    },
    async (request) => verifyAgreement(app.db, request.params.code),
  );
};
