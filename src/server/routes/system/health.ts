import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponse } from '../../../contract/console';
import { checkHealth } from '../../services/system/check-health';
import { APP_VERSION } from '../../version';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: '健康检查', response: { 200: healthResponse } } },
    async () => {
      await checkHealth(app.db);
      return { status: 'ok' as const, database: app.dialect, version: APP_VERSION };
    },
  );
};
