import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okResponse } from '../../../contract/auth';
import { returnLinkSummary } from '../../../contract/offline';
import { MAX_SCAN_PAGES } from '../../services/offline/submit-agreement';
import { describeReturnLink, openLink, returnLinkPdf, uploadThroughReturnLink } from '../../services/offline/use-return-link';
import { serviceContext } from '../context';
import { sendFile } from '../file-reply';
import { readMultipartForm } from '../multipart';

const tokenParams = z.object({ token: z.string().max(100, '链接无效') });
const LINK_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

/** 用人单位协助回传协议书: what the employer's contact opens from the message, with no account. */
export const returnLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/return/:token',
    {
      config: { rateLimit: LINK_RATE_LIMIT },
      schema: { tags: ['public'], summary: '回传链接:协议摘要', params: tokenParams, response: { 200: returnLinkSummary } },
    },
    async (request) => describeReturnLink(app.db, request.params.token),
  );

  app.get(
    '/api/public/return/:token/pdf',
    { config: { rateLimit: LINK_RATE_LIMIT }, schema: { tags: ['public'], summary: '回传链接:下载协议书', params: tokenParams } },
    async (request, reply) => sendFile(reply, await returnLinkPdf(app.db, app.files, request.params.token), false),
  );

  app.post(
    '/api/public/return/:token/scan',
    {
      config: { rateLimit: LINK_RATE_LIMIT },
      schema: { tags: ['public'], summary: '回传链接:上传盖章协议书(multipart:pages)', params: tokenParams, response: { 200: okResponse } },
      // The token is the only credential here: a made-up one is refused before the upload is read.
      preHandler: async (request) => void (await openLink(app.db, request.params.token)),
    },
    async (request) => {
      const form = await readMultipartForm(request, z.object({}), { field: 'pages', label: '协议书扫描件', max: MAX_SCAN_PAGES });
      await uploadThroughReturnLink({ ...serviceContext(request), files: app.files }, request.params.token, form.files);
      return { ok: true as const };
    },
  );
};
