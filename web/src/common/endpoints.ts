/**
 * Every call the web makes, as the server declares it: method, path (`:name` marks a parameter), and the
 * body, query and response types taken from the zod schemas in src/contract. The types are phantom
 * (`sends<…>()` returns nothing at run time), so zod stays out of the bundle.
 */
import type { z } from 'zod';
import type {
  agreementListResponse,
  agreementResponse,
  batchApproveBody,
  batchApproveResponse,
  findStudentBody,
  foundStudentResponse,
  reviewDecisionBody,
  sendInvitationBody,
  verifyResponse,
} from '../../../src/contract/agreement';
import type {
  accountResponse,
  captchaResponse,
  changeEmailBody,
  changePasswordBody,
  changePhoneBody,
  loginBody,
  meResponse,
  okResponse,
  reauthenticateBody,
  reauthenticateResponse,
  recoverUsernameBody,
  recoverUsernameResponse,
  registerBody,
  resetPasswordBody,
  sessionResponse,
  smsCodeBody,
  smsCodeResponse,
} from '../../../src/contract/auth';
import type { codeListResponse, consoleResponse } from '../../../src/contract/console';
import type {
  employerAgreementsQuery,
  employerAgreementsResponse,
  employerListResponse,
  employerProfileResponse,
  verificationDecisionBody,
} from '../../../src/contract/employer';
import type { notificationsResponse, readNotificationsBody } from '../../../src/contract/notifications';
import type {
  attachmentsResponse,
  draftResponse,
  employerSearchQuery,
  employerSearchResponse,
  offlineDraftInput,
  returnLinkBody,
  returnLinkSummary,
  returnLinksResponse,
} from '../../../src/contract/offline';
import type { reviewQueueQuery, reviewQueueResponse } from '../../../src/contract/review';
import type { confirmRecordResponse, studentRecordResponse } from '../../../src/contract/student';
import type { ReviewChain, VerificationStatus } from './types';

/** The type of what a schema accepts (sent) or produces (received); nothing at run time. */
function sends<S extends z.ZodType>(): z.input<S> {
  return undefined as never;
}
function gets<S extends z.ZodType>(): z.output<S> {
  return undefined as never;
}
/** For a route whose schema is written beside it on the server, not exported from the contract. */
function typed<T>(): T {
  return undefined as never;
}

const multipart = typed<FormData>;
const ok = gets<typeof okResponse>;
const agreement = gets<typeof agreementResponse>;

export const endpoints = {
  me: { method: 'GET', path: '/auth/me', response: gets<typeof meResponse>() },
  captcha: { method: 'GET', path: '/auth/captcha', response: gets<typeof captchaResponse>() },
  login: {
    method: 'POST',
    path: '/auth/login',
    body: sends<typeof loginBody>(),
    response: gets<typeof sessionResponse>(),
  },
  logout: { method: 'POST', path: '/auth/logout', response: ok() },
  smsCode: {
    method: 'POST',
    path: '/auth/sms-code',
    body: sends<typeof smsCodeBody>(),
    response: gets<typeof smsCodeResponse>(),
  },
  register: {
    method: 'POST',
    path: '/auth/register',
    body: sends<typeof registerBody>(),
    response: gets<typeof sessionResponse>(),
  },
  resetPassword: {
    method: 'POST',
    path: '/auth/reset-password',
    body: sends<typeof resetPasswordBody>(),
    response: ok(),
  },
  recoverUsername: {
    method: 'POST',
    path: '/auth/recover-username',
    body: sends<typeof recoverUsernameBody>(),
    response: gets<typeof recoverUsernameResponse>(),
  },
  reauthenticate: {
    method: 'POST',
    path: '/auth/reauthenticate',
    body: sends<typeof reauthenticateBody>(),
    response: gets<typeof reauthenticateResponse>(),
  },
  changePassword: {
    method: 'POST',
    path: '/auth/account/password',
    body: sends<typeof changePasswordBody>(),
    response: ok(),
  },
  changePhone: {
    method: 'POST',
    path: '/auth/account/phone',
    body: sends<typeof changePhoneBody>(),
    response: gets<typeof accountResponse>(),
  },
  changeEmail: {
    method: 'POST',
    path: '/auth/account/email',
    body: sends<typeof changeEmailBody>(),
    response: gets<typeof accountResponse>(),
  },

  console: { method: 'GET', path: '/console', response: gets<typeof consoleResponse>() },
  codes: { method: 'GET', path: '/codes/:dictionary', response: gets<typeof codeListResponse>() },
  notifications: { method: 'GET', path: '/notifications', response: gets<typeof notificationsResponse>() },
  readNotifications: {
    method: 'POST',
    path: '/notifications/read',
    body: sends<typeof readNotificationsBody>(),
    response: typed<{ unread: number }>(),
  },

  studentRecord: { method: 'GET', path: '/student/record', response: gets<typeof studentRecordResponse>() },
  confirmRecord: { method: 'POST', path: '/student/record/confirm', response: gets<typeof confirmRecordResponse>() },
  studentAgreements: { method: 'GET', path: '/student/agreements', response: gets<typeof agreementListResponse>() },
  studentAgreement: { method: 'GET', path: '/student/agreements/:id', response: agreement() },
  acceptInvitation: { method: 'POST', path: '/student/agreements/:id/accept', response: agreement() },
  declineInvitation: { method: 'POST', path: '/student/agreements/:id/decline', response: ok() },
  searchEmployers: {
    method: 'GET',
    path: '/student/employers/search',
    query: sends<typeof employerSearchQuery>(),
    response: gets<typeof employerSearchResponse>(),
  },
  draft: { method: 'GET', path: '/student/drafts/:kind', response: gets<typeof draftResponse>() },
  saveDraft: { method: 'POST', path: '/student/drafts/:kind', body: sends<typeof offlineDraftInput>(), response: ok() },
  cancelDraft: { method: 'POST', path: '/student/drafts/:kind/cancel', response: ok() },
  /** The form sends what it holds (every field optional); the server names each required field that is missing. */
  submitOffline: {
    method: 'POST',
    path: '/student/agreements/offline',
    body: sends<typeof offlineDraftInput>(),
    response: agreement(),
  },
  submitPaper: { method: 'POST', path: '/student/agreements/paper', body: multipart(), response: agreement() },
  /** 线下签约 resubmits JSON; 纸质协议书登记 resubmits multipart (data + scans). */
  resubmit: {
    method: 'POST',
    path: '/student/agreements/:id/resubmit',
    body: typed<z.input<typeof offlineDraftInput> | FormData>(),
    response: agreement(),
  },
  withdrawSubmission: { method: 'POST', path: '/student/agreements/:id/withdraw', response: agreement() },
  uploadScan: { method: 'POST', path: '/student/agreements/:id/scan', body: multipart(), response: agreement() },
  studentFiles: { method: 'GET', path: '/student/agreements/:id/files', response: gets<typeof attachmentsResponse>() },
  returnLinks: {
    method: 'GET',
    path: '/student/agreements/:id/return-links',
    response: gets<typeof returnLinksResponse>(),
  },
  sendReturnLink: {
    method: 'POST',
    path: '/student/agreements/:id/return-links',
    body: sends<typeof returnLinkBody>(),
    response: gets<typeof returnLinksResponse>(),
  },
  revokeReturnLinks: {
    method: 'POST',
    path: '/student/agreements/:id/return-links/revoke',
    response: gets<typeof returnLinksResponse>(),
  },

  registerEmployer: {
    method: 'POST',
    path: '/employer/register',
    body: multipart(),
    response: gets<typeof sessionResponse>(),
  },
  resubmitVerification: {
    method: 'POST',
    path: '/employer/verification',
    body: multipart(),
    response: gets<typeof employerProfileResponse>(),
  },
  employerProfile: { method: 'GET', path: '/employer/profile', response: gets<typeof employerProfileResponse>() },
  findStudent: {
    method: 'POST',
    path: '/employer/students/lookup',
    body: sends<typeof findStudentBody>(),
    response: gets<typeof foundStudentResponse>(),
  },
  sendInvitation: {
    method: 'POST',
    path: '/employer/invitations',
    body: sends<typeof sendInvitationBody>(),
    response: agreement(),
  },
  employerAgreements: {
    method: 'GET',
    path: '/employer/agreements',
    query: sends<typeof employerAgreementsQuery>(),
    response: gets<typeof employerAgreementsResponse>(),
  },
  employerAgreement: { method: 'GET', path: '/employer/agreements/:id', response: agreement() },
  withdrawInvitation: { method: 'POST', path: '/employer/agreements/:id/withdraw', response: ok() },

  reviewQueue: {
    method: 'GET',
    path: '/review/agreements',
    query: sends<typeof reviewQueueQuery>(),
    response: gets<typeof reviewQueueResponse>(),
  },
  reviewAgreement: { method: 'GET', path: '/review/agreements/:id', response: agreement() },
  reviewFiles: { method: 'GET', path: '/review/agreements/:id/files', response: gets<typeof attachmentsResponse>() },
  decideReview: {
    method: 'POST',
    path: '/review/agreements/:id/decision',
    body: sends<typeof reviewDecisionBody>(),
    response: agreement(),
  },
  batchApprove: {
    method: 'POST',
    path: '/review/agreements/batch-approve',
    body: sends<typeof batchApproveBody>(),
    response: gets<typeof batchApproveResponse>(),
  },
  schoolSettings: { method: 'GET', path: '/school/settings', response: typed<{ reviewChain: ReviewChain }>() },
  saveSchoolSettings: {
    method: 'POST',
    path: '/school/settings',
    body: typed<{ reviewChain: ReviewChain }>(),
    response: typed<{ reviewChain: ReviewChain }>(),
  },

  verificationQueue: {
    method: 'GET',
    path: '/platform/employers',
    query: typed<{ status: VerificationStatus | 'all' }>(),
    response: gets<typeof employerListResponse>(),
  },
  decideVerification: {
    method: 'POST',
    path: '/platform/employers/:id/verification',
    body: sends<typeof verificationDecisionBody>(),
    response: ok(),
  },

  verify: { method: 'GET', path: '/public/verify/:code', response: gets<typeof verifyResponse>() },
  returnSummary: { method: 'GET', path: '/public/return/:token', response: gets<typeof returnLinkSummary>() },
  returnScan: { method: 'POST', path: '/public/return/:token/scan', body: multipart(), response: ok() },
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
