/**
 * Shapes of the API, taken from the zod schemas in src/contract (type-only: no zod in the bundle).
 */
import type { z } from 'zod';
import type {
  accountSchema,
  captchaResponse,
  meResponse,
  recoverUsernameResponse,
  roleSchema,
  sessionResponse,
  smsCodeBody,
  smsCodeResponse,
} from '../../../src/contract/auth';
import type { consoleResponse } from '../../../src/contract/console';
import type { recordStateSchema, studentRecordResponse, studentRecordView } from '../../../src/contract/student';
import type { agreementListResponse, agreementView } from '../../../src/contract/agreement';

export type Role = z.infer<typeof roleSchema>;
export type Account = z.infer<typeof accountSchema>;
export type HomePath = Account['home'];
export type MeResponse = z.infer<typeof meResponse>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type CaptchaResponse = z.infer<typeof captchaResponse>;
export type SmsPurpose = z.infer<typeof smsCodeBody>['purpose'];
export type SmsCodeResponse = z.infer<typeof smsCodeResponse>;
export type RecoveredIdentifiers = z.infer<typeof recoverUsernameResponse>;

export type RecordState = z.infer<typeof recordStateSchema>;
export type StudentRecord = z.infer<typeof studentRecordView>;
export type StudentRecordResponse = z.infer<typeof studentRecordResponse>;
export type AgreementView = z.infer<typeof agreementView>;
export type AgreementListResponse = z.infer<typeof agreementListResponse>;

export type ConsoleSummary = z.infer<typeof consoleResponse>;
export type ConsoleRole = Exclude<Role, 'student'>;
