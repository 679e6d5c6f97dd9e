import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { codeListResponse } from '../../../contract/console';
import { isCodeDictionary } from '../../../domain/codes';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { listDictionary } from '../../db/repositories/code-repository';

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
    async (request) => {
      const { dictionary } = request.params;
      if (!isCodeDictionary(dictionary)) throw new AppError(AppErrorCode.NotFound, `代码表 ${dictionary} 不存在`);
      const rows = await listDictionary(app.db, dictionary, request.query.parent);
      return {
        dictionary,
        items: rows.map((row) => ({ code: row.code, name: row.name, parentCode: row.parent_code })),
      };
    },
  );
};
