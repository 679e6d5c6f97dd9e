import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../auth/request-context';
import { getReviewChain } from '../../services/review/get-review-chain';
import { setReviewChain } from '../../services/review/set-review-chain';
import { serviceContext } from '../context';

const settings = z.object({
  reviewChain: z.enum(['college_school', 'school_only'], { error: '请选择审核流程:院系 → 学校,或仅学校' }),
});

/** The school's settings: its review chain (DOMAIN §7). */
export const schoolSettingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/school/settings',
    { schema: { tags: ['school'], summary: '学校设置', response: { 200: settings } } },
    async (request) => {
      const { accountId } = requireRole(request, 'school_admin');
      return { reviewChain: await getReviewChain(app.db, accountId) };
    },
  );

  app.post(
    '/api/school/settings',
    { schema: { tags: ['school'], summary: '修改审核流程', body: settings, response: { 200: settings } } },
    async (request) => {
      const { accountId } = requireRole(request, 'school_admin');
      await setReviewChain(serviceContext(request, 'school_admin'), accountId, request.body.reviewChain);
      return request.body;
    },
  );
};
