import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { consoleResponse } from '../../../contract/console';
import { requireAuthentication } from '../../auth/request-context';
import { describeConsole } from '../../services/console/describe-console';

export const consoleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/console',
    { schema: { tags: ['console'], summary: '工作台:当前账号与管辖范围', response: { 200: consoleResponse } } },
    async (request) => {
      const { accountId } = requireAuthentication(request);
      return describeConsole(app.db, accountId, app.config.cohort);
    },
  );
};
