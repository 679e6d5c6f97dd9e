import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementResponse,
  findStudentBody,
  foundStudentResponse,
  idParams,
  pdfQuery,
  sendInvitationBody,
} from '../../../contract/agreement';
import { employerAgreementsQuery, employerAgreementsResponse } from '../../../contract/employer';
import { okResponse } from '../../../contract/auth';
import { agreementVisibleTo } from '../../auth/access';
import { requireRole } from '../../auth/request-context';
import { agreementPdf } from '../../services/agreement/agreement-pdf';
import { findInvitableStudent, presentFoundStudent, requireVerifiedEmployer } from '../../services/agreement/find-invitable-student';
import { listEmployerAgreements } from '../../services/agreement/list-agreements';
import { presentAgreement } from '../../services/agreement/present-agreement';
import { sendInvitation } from '../../services/agreement/send-invitation';
import { withdrawInvitation } from '../../services/agreement/withdraw-invitation';
import { serviceContext } from '../context';
import { sendFile } from '../file-reply';

/** 发起签约邀请 and the employer's view of its invitations and agreements. */
export const employerInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/employer/students/lookup',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { tags: ['employer'], summary: '按姓名+身份证号查找学生', body: findStudentBody, response: { 200: foundStudentResponse } },
    },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      await requireVerifiedEmployer(app.db, accountId);
      return presentFoundStudent(await findInvitableStudent(app.db, request.body, app.config.cohort));
    },
  );

  app.post(
    '/api/employer/invitations',
    { schema: { tags: ['employer'], summary: '发起签约邀请', body: sendInvitationBody, response: { 200: agreementResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      const id = await sendInvitation({ ...serviceContext(request, 'employer'), accountId }, request.body);
      const agreement = await agreementVisibleTo(app.db, id, { accountId, role: 'employer' });
      return { agreement: await presentAgreement(app.db, agreement, 'employer') };
    },
  );

  app.get(
    '/api/employer/agreements',
    {
      schema: { tags: ['employer'], summary: '签约邀请与协议列表', querystring: employerAgreementsQuery, response: { 200: employerAgreementsResponse } },
    },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      return listEmployerAgreements(app.db, accountId, request.query);
    },
  );

  app.get(
    '/api/employer/agreements/:id',
    { schema: { tags: ['employer'], summary: '签约详情', params: idParams, response: { 200: agreementResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      const agreement = await agreementVisibleTo(app.db, request.params.id, { accountId, role: 'employer' });
      return { agreement: await presentAgreement(app.db, agreement, 'employer') };
    },
  );

  app.post(
    '/api/employer/agreements/:id/withdraw',
    { schema: { tags: ['employer'], summary: '撤回签约邀请', params: idParams, response: { 200: okResponse } } },
    async (request) => {
      const { accountId } = requireRole(request, 'employer');
      await withdrawInvitation(serviceContext(request, 'employer'), accountId, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/employer/agreements/:id/pdf',
    { schema: { tags: ['employer'], summary: '协议书预览/下载协议', params: idParams, querystring: pdfQuery } },
    async (request, reply) => {
      const { accountId } = requireRole(request, 'employer');
      const agreement = await agreementVisibleTo(app.db, request.params.id, { accountId, role: 'employer' });
      return sendFile(reply, await agreementPdf(app.db, app.files, agreement, request.query.document), request.query.inline === '1');
    },
  );
};
