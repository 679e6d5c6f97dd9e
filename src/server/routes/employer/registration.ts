import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sessionResponse } from '../../../contract/auth';
import { employerProfileResponse, registerEmployerData, resubmitVerificationData } from '../../../contract/employer';
import { requireRole } from '../../auth/request-context';
import { setSessionCookie } from '../../auth/session-cookie';
import { describeOwnEmployer } from '../../services/employer/list-employers';
import { registerEmployer } from '../../services/employer/register-employer';
import { resubmitVerification } from '../../services/employer/resubmit-verification';
import { serviceContext } from '../context';
import { readMultipartForm } from '../multipart';

export const employerRegistrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/employer/register',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['employer'],
        summary: '单位注册(multipart:data 为 JSON,license 为营业执照 PDF/JPG/PNG)',
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const form = await readMultipartForm(request, registerEmployerData, {
        field: 'license',
        label: '营业执照',
        max: 1,
      });
      const { session, account } = await registerEmployer(
        { ...serviceContext(request, 'employer'), files: app.files },
        form.data,
        form.files[0],
      );
      setSessionCookie(reply, session.token, app.config.isProduction, session.maxAgeSeconds);
      return { account, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/employer/verification',
    {
      schema: {
        tags: ['employer'],
        summary: '资质认证未通过后修改并重新提交(multipart:data 为 JSON,license 为营业执照)',
        response: { 200: employerProfileResponse },
      },
    },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      const form = await readMultipartForm(request, resubmitVerificationData, {
        field: 'license',
        label: '营业执照',
        max: 1,
      });
      await resubmitVerification(
        { ...serviceContext(request, 'employer'), files: app.files },
        accountId,
        form.data,
        form.files[0],
      );
      return describeOwnEmployer(app.db, accountId);
    },
  );

  app.get(
    '/api/employer/profile',
    { schema: { tags: ['employer'], summary: '本单位信息与资质认证状态', response: { 200: employerProfileResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      return describeOwnEmployer(app.db, accountId);
    },
  );
};
