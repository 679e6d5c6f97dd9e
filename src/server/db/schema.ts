import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AgreementKind, AgreementStatus, ReviewChain, ReviewResult, ReviewStage } from '../../domain/agreement/status';
import type { VerificationStatus } from '../../domain/employer/verification';
import type { AccountStatus, Role } from '../../domain/roles';
import type { CancellationStatus, RegistrationStatus, VoidReason } from '../../domain/registration/status';
export type { AgreementKind, ReviewChain, ReviewResult, Role, VerificationStatus };

/** ISO-8601 UTC text on both dialects, so ordering and comparison agree. */
type Timestamp = string;


/** Delivery of one outbox message (SMS / email) after commit; the database CHECKs this list (migration 0007). */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
/** A background job's life; the database CHECKs this list. */
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;

export interface CodeEntryTable {
  dictionary: string;
  code: string;
  name: string;
  parent_code: string | null;
  valid_from: number | null;
  valid_to: number | null;
  sort_order: number;
}

export interface SchoolTable {
  id: Generated<number>;
  code: string;
  name: string;
  region_code: string | null;
  review_chain: ReviewChain;
  /** 争议解决 clause printed on this school's agreements (a default is stored for every school). */
  dispute_clause: Generated<string>;
  created_at: Timestamp;
}

export interface CollegeTable {
  id: Generated<number>;
  school_id: number;
  code: string;
  name: string;
  created_at: Timestamp;
}

export interface AccountTable {
  id: Generated<number>;
  phone: string | null;
  email: string | null;
  username: string | null;
  id_type: string | null;
  id_number: string | null;
  real_name: string;
  password_hash: string;
  status: AccountStatus;
  failed_login_count: number;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleGrantTable {
  id: Generated<number>;
  account_id: number;
  role: Role;
  school_id: number | null;
  college_id: number | null;
  employer_id: number | null;
  created_at: Timestamp;
}

export interface EmployerTable {
  id: Generated<number>;
  name: string;
  uscc: string;
  nature_code: string;
  industry_code: string;
  region_code: string;
  address: string;
  contact_name: string;
  contact_phone: string | null;
  contact_mobile: string;
  contact_email: string | null;
  verification_status: VerificationStatus;
  verification_comment: string | null;
  verified_at: Timestamp | null;
  license_file_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StudentRecordTable {
  id: Generated<number>;
  school_id: number;
  college_id: number;
  cohort: number;
  exam_number: string | null;
  name: string;
  gender_code: string;
  birth_date: string;
  id_type: string;
  id_number: string;
  origin_region_code: string | null;
  ethnicity_code: string | null;
  political_status_code: string | null;
  education_level_code: string;
  major_code: string | null;
  major_name: string;
  study_years: number;
  enrolled_on: string;
  graduating_on: string;
  account_id: number | null;
  confirmed_at: Timestamp | null;
  /** bumped by every change that gives the student a destination (migration 0009) */
  destination_version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  account_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  reauthenticated_at: Timestamp | null;
}

export interface CaptchaTable {
  id: string;
  answer_hash: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export type CodePurpose = 'register' | 'reset_password' | 'recover_username' | 'change_phone';

export interface VerificationCodeTable {
  id: Generated<number>;
  phone: string;
  purpose: CodePurpose;
  code_hash: string;
  attempts: number;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  created_at: Timestamp;
}

/** Wrong passwords of one subject from one address ('*' = from every address), counted until `expires_at`. */
export interface LoginThrottleTable {
  subject: string;
  address: string;
  failures: number;
  expires_at: Timestamp;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_account_id: number | null;
  actor_role: string | null;
  actor_ip: string | null;
  school_id: number | null;
  entity_type: string;
  entity_id: number | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  comment: string | null;
  details: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  payload: string;
  status: (typeof OUTBOX_STATUSES)[number];
  attempts: number;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface NotificationTable {
  id: Generated<number>;
  account_id: number;
  title: string;
  body: string;
  link: string | null;
  read_at: Timestamp | null;
  created_at: Timestamp;
}

export interface StoredFileTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  media_type: string;
  created_at: Timestamp;
}


export interface AgreementTable {
  id: Generated<number>;
  kind: AgreementKind;
  status: AgreementStatus;
  school_id: number;
  college_id: number;
  student_record_id: number;
  employer_id: number | null;
  created_by_account_id: number;
  valid_days: number | null;
  invited_at: Timestamp | null;
  deadline_at: Timestamp | null;
  answered_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  position_category_code: string;
  position_title: string;
  probation: string | null;
  probation_salary: number | null;
  regular_salary: number | null;
  breach_penalty: number | null;
  report_location: string | null;
  report_deadline: string | null;
  work_location: string | null;
  hukou_handling_code: string;
  supplement: string | null;
  employer_name: string;
  employer_uscc: string;
  employer_nature_code: string;
  employer_industry_code: string;
  employer_region_code: string;
  employer_address: string;
  contact_name: string;
  contact_phone: string | null;
  contact_mobile: string;
  contact_email: string | null;
  review_round: Generated<number>;
  scan_round: Generated<number>;
  paper_agreement_number: string | null;
  failure_reason: string | null;
  agreement_number: string | null;
  verification_code: string | null;
  /** The agreement document: for an offline agreement, the final one made when it becomes effective. */
  pdf_file_id: number | null;
  /** An offline agreement's document printed for the employer's seal (待用人单位盖章). */
  preseal_pdf_file_id: number | null;
  effective_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReviewStepTable {
  id: Generated<number>;
  subject_type: string;
  subject_id: number;
  school_id: number;
  round: number;
  stage: ReviewStage;
  result: ReviewResult;
  comment: string | null;
  reviewer_account_id: number;
  reviewer_name: string;
  decided_at: Timestamp;
}

export interface AgreementSerialTable {
  cohort: number;
  school_id: number;
  education_level_code: string;
  last_serial: number;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  dedupe_key: string | null;
  status: (typeof JOB_STATUSES)[number];
  attempts: number;
  run_after: Timestamp;
  locked_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface AgreementDraftTable {
  id: Generated<number>;
  student_record_id: number;
  school_id: number;
  kind: 'offline' | 'paper';
  data: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type AgreementFilePurpose = 'sealed_scan' | 'paper_scan';

export interface AgreementFileTable {
  id: Generated<number>;
  agreement_id: number;
  school_id: number;
  purpose: AgreementFilePurpose;
  round: number;
  page: number;
  stored_file_id: number;
  file_name: string;
  uploaded_via: 'student' | 'employer_link';
  uploaded_by_account_id: number | null;
  created_at: Timestamp;
}

export interface ReturnLinkTable {
  id: Generated<number>;
  agreement_id: number;
  token_hash: string;
  channel: 'sms' | 'email';
  recipient: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  used_at: Timestamp | null;
  created_by_account_id: number;
  created_at: Timestamp;
}

/** 其他毕业去向登记 (migration 0009): the type's fields as JSON in `data`. */
export interface RegistrationTable {
  id: Generated<number>;
  school_id: number;
  college_id: number;
  student_record_id: number;
  /** the form's top-level 毕业去向 code (11, 12, 27, 46, 50, 51, 75, 76, 80, 85, 70, 71, 72) */
  form_code: string;
  /** the code recorded: the form's, or the sub code its answers choose (502, 801, 271, …) */
  destination_code: string;
  data: string;
  status: RegistrationStatus;
  /** submissions so far; above 1 means 需重审 */
  review_round: Generated<number>;
  void_reason: VoidReason | null;
  submitted_at: Timestamp | null;
  approved_at: Timestamp | null;
  voided_at: Timestamp | null;
  created_by_account_id: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A page of a registration's 证明材料, for the round it is (or will be) submitted in. */
export interface RegistrationFileTable {
  id: Generated<number>;
  registration_id: number;
  school_id: number;
  proof: string;
  round: number;
  page: number;
  stored_file_id: number;
  file_name: string;
  uploaded_by_account_id: number;
  created_at: Timestamp;
}

/** 毕业去向作废申请 of an approved registration. */
export interface DestinationCancellationTable {
  id: Generated<number>;
  registration_id: number;
  school_id: number;
  college_id: number;
  student_record_id: number;
  reason: string;
  note: string | null;
  status: CancellationStatus;
  created_by_account_id: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Database {
  registration: RegistrationTable;
  registration_file: RegistrationFileTable;
  destination_cancellation: DestinationCancellationTable;
  agreement_draft: AgreementDraftTable;
  agreement_file: AgreementFileTable;
  return_link: ReturnLinkTable;
  stored_file: StoredFileTable;
  agreement: AgreementTable;
  review_step: ReviewStepTable;
  agreement_serial: AgreementSerialTable;
  job: JobTable;
  code_entry: CodeEntryTable;
  school: SchoolTable;
  college: CollegeTable;
  account: AccountTable;
  role_grant: RoleGrantTable;
  employer: EmployerTable;
  student_record: StudentRecordTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  captcha: CaptchaTable;
  verification_code: VerificationCodeTable;
  audit_event: AuditEventTable;
  outbox: OutboxTable;
  notification: NotificationTable;
}

export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
export type AccountUpdate = Updateable<AccountTable>;
export type StudentRecord = Selectable<StudentRecordTable>;
export type NewStudentRecord = Insertable<StudentRecordTable>;
export type Session = Selectable<SessionTable>;
export type Employer = Selectable<EmployerTable>;
export type School = Selectable<SchoolTable>;
export type College = Selectable<CollegeTable>;
export type RoleGrant = Selectable<RoleGrantTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
export type Agreement = Selectable<AgreementTable>;
export type NewAgreement = Insertable<AgreementTable>;
export type ReviewStep = Selectable<ReviewStepTable>;
export type NewReviewStep = Insertable<ReviewStepTable>;
export type Registration = Selectable<RegistrationTable>;
export type NewRegistration = Insertable<RegistrationTable>;
export type RegistrationFile = Selectable<RegistrationFileTable>;
export type DestinationCancellation = Selectable<DestinationCancellationTable>;
