import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { agreementResponse, idParams } from '../../../contract/agreement';
import { okResponse } from '../../../contract/auth';
import {
  attachmentsResponse,
  draftResponse,
  employerSearchQuery,
  employerSearchResponse,
  kindParams,
  offlineAgreementInput,
  offlineDraftInput,
  paperAgreementInput,
  returnLinkBody,
  returnLinksResponse,
} from '../../../contract/offline';
import { agreementVisibleTo } from '../../auth/access';
import { presentAgreement } from '../../services/agreement/present-agreement';
import { listAttachments, readAttachment } from '../../services/offline/attachments';
import { cancelAgreementDraft, readAgreementDraft, saveAgreementDraft } from '../../services/offline/drafts';
import { resubmitAgreement } from '../../services/offline/resubmit-agreement';
import { presentReturnLinks, revokeReturnLink, sendReturnLink } from '../../services/offline/return-links';
import { searchEmployers } from '../../services/offline/search-employers';
import { submitAgreement, MAX_SCAN_PAGES, type Submission } from '../../services/offline/submit-agreement';
import { uploadSealedScan } from '../../services/offline/upload-sealed-scan';
import { withdrawSubmission } from '../../services/offline/withdraw-submission';
import { requireConfirmedStudent } from '../roles';
import { serviceContext } from '../context';
import { parseInput, readMultipartForm } from '../multipart';
import { sendFile } from '../file-reply';

const fileParams = idParams.extend({ fileId: z.coerce.number().int().positive() });

/** 线下签约 and 纸质协议书登记 for the student (DOMAIN §4.2, §4.3). */
export const studentOfflineRoutes: FastifyPluginAsyncZod = async (app) => {
  const context = (request: FastifyRequest) => ({ ...serviceContext(request, 'student'), files: app.files });
  const agreementOf = async (request: FastifyRequest, id: number) => {
    const { accountId } = await requireConfirmedStudent(request);
    return agreementVisibleTo(app.db, id, { accountId, role: 'student' });
  };
  const presented = async (accountId: number, id: number) => ({
    agreement: await presentAgreement(app.db, await agreementVisibleTo(app.db, id, { accountId, role: 'student' }), 'student'),
  });
  /** The form of either kind: offline is plain data; paper carries its scans. */
  const readSubmission = async (request: FastifyRequest, kind: 'offline' | 'paper'): Promise<Submission> => {
    if (kind === 'offline') return { kind, input: parseInput(offlineAgreementInput, request.body) };
    const form = await readMultipartForm(request, paperAgreementInput, { field: 'scans', label: '纸质协议书扫描件', max: MAX_SCAN_PAGES });
    return { kind, input: form.data, scans: form.files };
  };

  app.get(
    '/api/student/employers/search',
    { schema: { tags: ['student'], summary: '单位名称搜索(已注册单位)', querystring: employerSearchQuery, response: { 200: employerSearchResponse } } },
    async (request) => {
      await requireConfirmedStudent(request);
      return { items: await searchEmployers(app.db, request.query.q) };
    },
  );

  app.get(
    '/api/student/drafts/:kind',
    { schema: { tags: ['student'], summary: '暂存的申请', params: kindParams, response: { 200: draftResponse } } },
    async (request) => {
      const { record } = await requireConfirmedStudent(request);
      return { draft: await readAgreementDraft(app.db, record.id, request.params.kind) };
    },
  );

  app.post(
    '/api/student/drafts/:kind',
    { schema: { tags: ['student'], summary: '暂存', params: kindParams, body: offlineDraftInput, response: { 200: okResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      await saveAgreementDraft(serviceContext(request, 'student'), accountId, request.params.kind, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/student/drafts/:kind/cancel',
    { schema: { tags: ['student'], summary: '取消(删除暂存的申请)', params: kindParams, response: { 200: okResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      await cancelAgreementDraft(serviceContext(request, 'student'), accountId, request.params.kind);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/student/agreements/offline',
    { schema: { tags: ['student'], summary: '提交线下签约申请(JSON)', body: offlineAgreementInput, response: { 200: agreementResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      const id = await submitAgreement(context(request), accountId, { kind: 'offline', input: request.body });
      return presented(accountId, id);
    },
  );

  app.post(
    '/api/student/agreements/paper',
    {
      schema: { tags: ['student'], summary: '提交纸质协议书登记(multipart:data + scans)', response: { 200: agreementResponse } },
    },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      const id = await submitAgreement(context(request), accountId, await readSubmission(request, 'paper'));
      return presented(accountId, id);
    },
  );

  app.post(
    '/api/student/agreements/:id/resubmit',
    {
      schema: { tags: ['student'], summary: '修改后重新提交(退回修改)', params: idParams, response: { 200: agreementResponse } },
    },
    async (request) => {
      const agreement = await agreementOf(request, request.params.id);
      const { accountId } = await requireConfirmedStudent(request);
      const submission = await readSubmission(request, agreement.kind === 'paper' ? 'paper' : 'offline');
      await resubmitAgreement(context(request), accountId, agreement.id, submission);
      return presented(accountId, agreement.id);
    },
  );

  app.post(
    '/api/student/agreements/:id/withdraw',
    { schema: { tags: ['student'], summary: '撤回(审核人员处理前的线下签约或纸质协议书登记申请)', params: idParams, response: { 200: agreementResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      await withdrawSubmission(serviceContext(request, 'student'), accountId, request.params.id);
      return presented(accountId, request.params.id);
    },
  );

  app.post(
    '/api/student/agreements/:id/scan',
    {
      schema: { tags: ['student'], summary: '本人回传协议书(multipart:pages)', params: idParams, response: { 200: agreementResponse } },
    },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      // Someone else's agreement is refused before a byte of the upload is read.
      await agreementOf(request, request.params.id);
      const form = await readMultipartForm(request, z.object({}), { field: 'pages', label: '协议书扫描件', max: MAX_SCAN_PAGES });
      await uploadSealedScan(context(request), accountId, request.params.id, form.files);
      return presented(accountId, request.params.id);
    },
  );

  app.get(
    '/api/student/agreements/:id/return-links',
    { schema: { tags: ['student'], summary: '回传链接', params: idParams, response: { 200: returnLinksResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      return { items: await presentReturnLinks(serviceContext(request, 'student'), accountId, request.params.id) };
    },
  );

  app.post(
    '/api/student/agreements/:id/return-links',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['student'], summary: '用人单位协助回传协议书:发送(或重新发送)链接', params: idParams, body: returnLinkBody, response: { 200: returnLinksResponse } },
    },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      await sendReturnLink(serviceContext(request, 'student'), accountId, request.params.id, request.body.channel);
      return { items: await presentReturnLinks(serviceContext(request, 'student'), accountId, request.params.id) };
    },
  );

  app.post(
    '/api/student/agreements/:id/return-links/revoke',
    { schema: { tags: ['student'], summary: '撤销回传链接', params: idParams, response: { 200: returnLinksResponse } } },
    async (request) => {
      const { accountId } = await requireConfirmedStudent(request);
      await revokeReturnLink(serviceContext(request, 'student'), accountId, request.params.id);
      return { items: await presentReturnLinks(serviceContext(request, 'student'), accountId, request.params.id) };
    },
  );

  app.get(
    '/api/student/agreements/:id/files',
    { schema: { tags: ['student'], summary: '附件(扫描件)列表', params: idParams, response: { 200: attachmentsResponse } } },
    async (request) => ({ items: await listAttachments(app.db, await agreementOf(request, request.params.id)) }),
  );

  app.get(
    '/api/student/agreements/:id/files/:fileId',
    { schema: { tags: ['student'], summary: '附件内容', params: fileParams } },
    async (request, reply) => {
      const agreement = await agreementOf(request, request.params.id);
      return sendFile(reply, await readAttachment(app.db, app.files, agreement, request.params.fileId), true);
    },
  );
};
