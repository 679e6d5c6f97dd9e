import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codeListResponse } from '../../../contract/console';
import { listCodes } from '../../services/system/list-codes';

export const codeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/codes/:dictionary',
    {
      schema: {
        tags: ['codes'],
        summary: '代码表',
        params: z.object({ dictionary: z.string().max(40) }),
        querystring: z.object({ parent: z.string().max(12).optional() }),
        response: { 200: codeListResponse },
      },
    },
    async (request) => listCodes(app.db, request.params.dictionary, request.query.parent),
  );
};
