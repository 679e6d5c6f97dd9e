import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contract/agreement';
import { okResponse } from '../../../contract/auth';
import { employerListResponse, verificationDecisionBody } from '../../../contract/employer';
import { requireRole } from '../../auth/request-context';
import { listEmployers } from '../../services/employer/list-employers';
import { readEmployerLicense } from '../../services/employer/read-employer-license';
import { verifyEmployer } from '../../services/employer/verify-employer';
import { serviceContext } from '../context';

const listQuery = z.object({ status: z.enum(['pending', 'verified', 'rejected', 'all']).default('pending') });

/** 单位资质认证: the platform admin's queue, the license scan, and the decision. */
export const platformEmployerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/platform/employers',
    { schema: { tags: ['platform'], summary: '单位资质认证列表', querystring: listQuery, response: { 200: employerListResponse } } },
    async (request) => {
      requireRole(request, 'platform_admin');
      const status = request.query.status === 'all' ? undefined : request.query.status;
      return { items: await listEmployers(app.db, status) };
    },
  );

  app.get(
    '/api/platform/employers/:id/license',
    { schema: { tags: ['platform'], summary: '营业执照扫描件', params: idParams } },
    async (request, reply) => {
      requireRole(request, 'platform_admin');
      const license = await readEmployerLicense(app.db, app.files, request.params.id);
      return reply
        .type(license.mediaType)
        .header('content-disposition', `inline; filename="${license.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(license.content);
    },
  );

  app.post(
    '/api/platform/employers/:id/verification',
    {
      schema: {
        tags: ['platform'],
        summary: '资质认证:通过 / 不通过',
        params: idParams,
        body: verificationDecisionBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      requireRole(request, 'platform_admin');
      await verifyEmployer(serviceContext(request, 'platform_admin'), request.params.id, request.body);
      return { ok: true as const };
    },
  );
};
