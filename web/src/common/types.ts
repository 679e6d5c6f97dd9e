/**
 * Shapes of the API, taken from the zod schemas in src/contract (type-only: no zod in the bundle).
 */
import type { z } from 'zod';
import type {
  accountSchema,
  captchaResponse,
  meResponse,
  recoverUsernameResponse,
  registerBody,
  roleSchema,
  sessionResponse,
  smsCodeBody,
  smsCodeResponse,
} from '../../../src/contract/auth';
import type { consoleResponse } from '../../../src/contract/console';
import type { notificationsResponse } from '../../../src/contract/notifications';
import type { reviewQueueQuery, reviewQueueResponse } from '../../../src/contract/review';
import type { recordStateSchema, studentRecordResponse, studentRecordView } from '../../../src/contract/student';
import type {
  agreementListResponse,
  agreementResponse,
  agreementStatusSchema,
  agreementView,
  batchApproveResponse,
  foundStudentResponse,
  sendInvitationBody,
  verifyResponse,
} from '../../../src/contract/agreement';
import type {
  employerAgreementsResponse,
  employerListResponse,
  employerProfileResponse,
  registerEmployerData,
} from '../../../src/contract/employer';
import type {
  attachmentsResponse,
  draftResponse,
  employerSearchResponse,
  offlineDraftInput,
  returnLinkSummary,
  returnLinksResponse,
} from '../../../src/contract/offline';
import type { codeListResponse } from '../../../src/contract/console';

export type Role = z.infer<typeof roleSchema>;
export type Account = z.infer<typeof accountSchema>;
export type HomePath = Account['home'];
export type MeResponse = z.infer<typeof meResponse>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type CaptchaResponse = z.infer<typeof captchaResponse>;
export type SmsPurpose = z.infer<typeof smsCodeBody>['purpose'];
export type SmsCodeResponse = z.infer<typeof smsCodeResponse>;
export type RecoveredIdentifiers = z.infer<typeof recoverUsernameResponse>;
export type RegisterInput = z.input<typeof registerBody>;

export type RecordState = z.infer<typeof recordStateSchema>;
export type StudentRecord = z.infer<typeof studentRecordView>;
export type StudentRecordResponse = z.infer<typeof studentRecordResponse>;
export type AgreementView = z.infer<typeof agreementView>;
export type AgreementListResponse = z.infer<typeof agreementListResponse>;
export type AgreementResponse = z.infer<typeof agreementResponse>;
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;
export type AgreementKind = AgreementView['kind'];
export type FoundStudent = z.infer<typeof foundStudentResponse>;
export type SendInvitationInput = z.input<typeof sendInvitationBody>;
export type BatchApproveResult = z.infer<typeof batchApproveResponse>;
export type VerifyResult = z.infer<typeof verifyResponse>;

export type EmployerProfile = z.infer<typeof employerProfileResponse>;
export type EmployerListResponse = z.infer<typeof employerListResponse>;
export type VerificationStatus = EmployerProfile['verificationStatus'];
export type RegisterEmployerInput = z.input<typeof registerEmployerData>;

export type CodeListResponse = z.infer<typeof codeListResponse>;
export type CodeItem = CodeListResponse['items'][number];
export type ReviewChain = 'college_school' | 'school_only';

export type ReviewQueueStatus = z.infer<typeof reviewQueueQuery>['status'];
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponse>;
export type ReviewQueueItem = ReviewQueueResponse['items'][number];

export type NotificationsResponse = z.infer<typeof notificationsResponse>;
export type NotificationItem = NotificationsResponse['items'][number];

export type ConsoleSummary = z.infer<typeof consoleResponse>;
export type ConsoleRole = Exclude<Role, 'student'>;
export type EmployerAgreementsResponse = z.infer<typeof employerAgreementsResponse>;

/** 线下签约 / 纸质协议书登记: the form as sent (every field optional here; 提交 needs the required ones). */
export type OfflineFormBody = z.input<typeof offlineDraftInput>;
export type DraftResponse = z.infer<typeof draftResponse>;
export type EmployerSearchResponse = z.infer<typeof employerSearchResponse>;
export type EmployerSearchItem = EmployerSearchResponse['items'][number];
export type ReturnLinksResponse = z.infer<typeof returnLinksResponse>;
export type ReturnLinkView = ReturnLinksResponse['items'][number];
export type AttachmentsResponse = z.infer<typeof attachmentsResponse>;
export type Attachment = AttachmentsResponse['items'][number];
export type ReturnLinkSummary = z.infer<typeof returnLinkSummary>;
