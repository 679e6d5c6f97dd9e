import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agreementListResponse, agreementResponse, idParams, pdfQuery } from '../../../contract/agreement';
import { okResponse } from '../../../contract/auth';
import { agreementVisibleTo } from '../../auth/access';
import { agreementPdf } from '../../services/agreement/agreement-pdf';
import { acceptInvitation, declineInvitation } from '../../services/agreement/answer-invitation';
import { listStudentAgreements } from '../../services/agreement/list-agreements';
import { presentAgreement } from '../../services/agreement/present-agreement';
import { requireConfirmedStudent } from '../roles';
import { serviceContext } from '../context';
import { sendFile } from '../file-reply';

/** 我的签约: the student's invitations and agreements, 接受 / 拒绝, 协议书预览 and 下载协议. */
export const studentAgreementRoutes: FastifyPluginAsyncZod = async (app) => {

  app.get(
    '/api/student/agreements',
    { schema: { tags: ['student'], summary: '我的签约', response: { 200: agreementListResponse } } },
    async (request) => {
      const { record } = await requireConfirmedStudent(request);
      return { items: await listStudentAgreements(app.db, record) };
    },
  );

  app.get(
    '/api/student/agreements/:id',
    { schema: { tags: ['student'], summary: '签约详情', params: idParams, response: { 200: agreementResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      const agreement = await agreementVisibleTo(app.db, request.params.id, { accountId, role: 'student' });
      return { agreement: await presentAgreement(app.db, agreement, 'student') };
    },
  );

  app.post(
    '/api/student/agreements/:id/accept',
    {
      schema: {
        tags: ['student'],
        summary: '接受签约邀请(须先调用 /api/auth/reauthenticate 再次输入密码)',
        params: idParams,
        response: { 200: agreementResponse },
      },
    },
    async (request) => {
      const { record } = await requireConfirmedStudent(request);
      const agreement = await acceptInvitation(serviceContext(request, 'student'), request.authentication!, record, request.params.id);
      return { agreement: await presentAgreement(app.db, agreement, 'student', record) };
    },
  );

  app.post(
    '/api/student/agreements/:id/decline',
    { schema: { tags: ['student'], summary: '拒绝签约邀请', params: idParams, response: { 200: okResponse } } },
    async (request) => {
      const { record } = await requireConfirmedStudent(request);
      await declineInvitation(serviceContext(request, 'student'), record, request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/student/agreements/:id/pdf',
    { schema: { tags: ['student'], summary: '协议书预览/下载协议', params: idParams, querystring: pdfQuery } },
    async (request, reply) => {
      const { accountId } = await requireConfirmedStudent(request);
      const agreement = await agreementVisibleTo(app.db, request.params.id, { accountId, role: 'student' });
      return sendFile(reply, await agreementPdf(app.db, app.files, agreement, request.query.document), request.query.inline === '1');
    },
  );
};
