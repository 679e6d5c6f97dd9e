import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementResponse,
  batchApproveBody,
  batchApproveResponse,
  idParams,
  pdfQuery,
  reviewDecisionBody,
} from '../../../contract/agreement';
import { attachmentsResponse } from '../../../contract/offline';
import { reviewQueueQuery, reviewQueueResponse } from '../../../contract/review';
import { agreementPdf } from '../../services/agreement/agreement-pdf';
import { listAttachments, readAttachment } from '../../services/offline/attachments';
import { presentAgreement } from '../../services/agreement/present-agreement';
import { agreementReview } from '../../services/review/agreement-review';
import { batchApprove } from '../../services/review/batch-approve';
import { decideReview } from '../../services/review/decide-review';
import { findReviewable } from '../../services/review/find-reviewable';
import { listReviewQueue } from '../../services/review/list-review-queue';
import { serviceContext } from '../context';
import { sendFile } from '../file-reply';
import { requireReviewer } from '../roles';

/** 协议审核 for college reviewers and the school's office, each within its own scope and stage. */
export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const visibleAgreement = (reviewer: ReturnType<typeof requireReviewer>, id: number) => findReviewable(app.db, agreementReview, reviewer, id);

  app.get(
    '/api/review/agreements',
    { schema: { tags: ['review'], summary: '审核列表', querystring: reviewQueueQuery, response: { 200: reviewQueueResponse } } },
    async (request) => listReviewQueue(app.db, agreementReview, requireReviewer(request), request.query),
  );

  app.get(
    '/api/review/agreements/:id',
    { schema: { tags: ['review'], summary: '审核详情', params: idParams, response: { 200: agreementResponse } } },
    async (request) => {
      const agreement = await visibleAgreement(requireReviewer(request), request.params.id);
      return { agreement: await presentAgreement(app.db, agreement, 'staff') };
    },
  );

  app.post(
    '/api/review/agreements/:id/decision',
    {
      schema: { tags: ['review'], summary: '审核:通过 / 不通过', params: idParams, body: reviewDecisionBody, response: { 200: agreementResponse } },
    },
    async (request) => {
      const reviewer = requireReviewer(request);
      await decideReview(serviceContext(request, reviewer.role), agreementReview, reviewer, request.params.id, request.body);
      void app.jobs.kick();
      const agreement = await visibleAgreement(reviewer, request.params.id);
      return { agreement: await presentAgreement(app.db, agreement, 'staff') };
    },
  );

  app.post(
    '/api/review/agreements/batch-approve',
    { schema: { tags: ['review'], summary: '批量通过', body: batchApproveBody, response: { 200: batchApproveResponse } } },
    async (request) => {
      const reviewer = requireReviewer(request);
      const result = await batchApprove(serviceContext(request, reviewer.role), agreementReview, reviewer, request.body.ids, request.body.comment);
      void app.jobs.kick();
      return result;
    },
  );

  app.get(
    '/api/review/agreements/:id/files',
    { schema: { tags: ['review'], summary: '附件(扫描件)列表', params: idParams, response: { 200: attachmentsResponse } } },
    async (request) => ({ items: await listAttachments(app.db, await visibleAgreement(requireReviewer(request), request.params.id)) }),
  );

  app.get(
    '/api/review/agreements/:id/files/:fileId',
    { schema: { tags: ['review'], summary: '附件内容(在线预览)', params: idParams.extend({ fileId: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      const agreement = await visibleAgreement(requireReviewer(request), request.params.id);
      return sendFile(reply, await readAttachment(app.db, app.files, agreement, request.params.fileId), true);
    },
  );

  app.get(
    '/api/review/agreements/:id/pdf',
    { schema: { tags: ['review'], summary: '协议书预览/下载协议', params: idParams, querystring: pdfQuery } },
    async (request, reply) => {
      const agreement = await visibleAgreement(requireReviewer(request), request.params.id);
      return sendFile(reply, await agreementPdf(app.db, app.files, agreement, request.query.document), request.query.inline === '1');
    },
  );
};
