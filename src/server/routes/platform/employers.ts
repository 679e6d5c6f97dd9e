import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contract/agreement';
import { okResponse } from '../../../contract/auth';
import { employerListResponse, verificationDecisionBody } from '../../../contract/employer';
import { AppError, AppErrorCode } from '../../../domain/errors';
import { requireRole } from '../../auth/request-context';
import { findEmployer, listEmployersWithLicense } from '../../db/repositories/employer-repository';
import { EXTENSIONS, type AcceptedMediaType } from '../../files/sniff';
import { presentEmployer } from '../../services/employer/present-employer';
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
      return { items: (await listEmployersWithLicense(app.db, { status })).map(presentEmployer) };
    },
  );

  app.get(
    '/api/platform/employers/:id/license',
    { schema: { tags: ['platform'], summary: '营业执照扫描件', params: idParams } },
    async (request, reply) => {
      requireRole(request, 'platform_admin');
      const employer = await findEmployer(app.db, request.params.id);
      if (!employer?.license_file_id) throw new AppError(AppErrorCode.NotFound, '该单位没有上传营业执照');
      const file = await app.db.selectFrom('stored_file').selectAll().where('id', '=', employer.license_file_id).executeTakeFirstOrThrow();
      const extension = EXTENSIONS[file.media_type as AcceptedMediaType] ?? 'bin';
      return reply
        .type(file.media_type)
        .header('content-disposition', `inline; filename="license-${employer.id}.${extension}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(app.files.read(file.sha256));
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
