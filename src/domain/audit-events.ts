import type { AgreementKind, AgreementStatus, ReviewChain, ReviewResult, ReviewStage } from './agreement/status';
import type { VerificationStatus } from './employer/verification';
import type { CancellationStatus, RegistrationStatus } from './registration/status';
import type { ReviewKind } from './review/workflow';
import type { Role } from './roles';

/**
 * Every audit event the system writes, as one discriminated union on `action`: what happened, to what
 * (`entityType`, `entityId`), from → to, who (`actor`), with what details. A new kind of event is added here
 * first; an action spelt anywhere else does not compile.
 */
export type AuditEvent =
  | AgreementEvent
  | RegistrationEvent
  | CancellationEvent
  | ReviewedSubjectEvent
  | AccountEvent
  | EmployerEvent
  | SchoolEvent
  | StudentRecordEvent
  | DraftEvent
  | CodeEvent;

/** Who did it: an account in a role, the employer through a 回传链接 (no account), or the system (deadlines, jobs). */
export type AuditActor = {
  accountId: number | null;
  role: Role | 'employer_link' | 'system' | null;
  ip: string | null;
};

type On<Entity extends string, Id extends number | null> = {
  actor: AuditActor;
  entityType: Entity;
  entityId: Id;
  schoolId?: number | null;
};
type Change<From, To> = { fromStatus: From; toStatus: To };
/** An agreement's move along the domain's transition table. */
type AgreementChange = Change<AgreementStatus, AgreementStatus>;

/** A reviewer's decision, named by what was reviewed (content or sealed scan), the stage and the result. */
export type ReviewAction = `${'agreement' | 'agreement_scan'}.${ReviewStage}_review_${ReviewResult}`;
/** The same for any subject the review engine knows; the subject's own statuses are its business. */
type SubjectReviewAction = `${ReviewKind}.${ReviewStage}_review_${ReviewResult}`;

export type AgreementEvent = On<'agreement', number> &
  (
    | { action: 'agreement.invited'; toStatus: 'invited'; details: { validDays: number; deadlineAt: string } }
    | { action: 'agreement.submitted'; toStatus: AgreementStatus; details: { kind: AgreementKind; pages: number } }
    | ({
        action: 'agreement.accepted' | 'agreement.declined' | 'agreement.expired' | 'agreement.withdrawn';
      } & AgreementChange)
    | ({ action: 'agreement.submission_withdrawn' | 'agreement.resubmitted' } & AgreementChange & {
          details: { round: number };
        })
    | ({ action: 'agreement.scan_uploaded' } & AgreementChange & {
          details: { round: number; pages: number; via: 'student' | 'employer_link'; returnLinksRevoked: number };
        })
    | ({ action: ReviewAction } & AgreementChange & {
          comment: string | null;
          details?: { returnLinksRevoked: number };
        })
    | { action: 'agreement.reminded' | 'agreement.return_link_revoked' }
    | {
        action: 'agreement.return_link_sent';
        details: { channel: 'sms' | 'email'; recipient: string; replaced: number };
      }
    | {
        action: 'agreement.pdf_generated' | 'agreement.preseal_pdf_generated';
        details: { sha256: string; size: number };
      }
  );

type RegistrationChange = Change<RegistrationStatus, RegistrationStatus>;

/** 其他毕业去向登记 (DOMAIN §4.4): 暂存, its proofs, 提交, and its endings outside review. */
export type RegistrationEvent = On<'registration', number> &
  (
    | { action: 'registration.draft_saved'; details: { formCode: string; created: boolean } }
    | { action: 'registration.proof_uploaded'; details: { proof: string; round: number; pages: number } }
    | ({ action: 'registration.discarded' } & RegistrationChange)
    | ({ action: 'registration.submitted' | 'registration.resubmitted' } & RegistrationChange & {
          details: { round: number; formCode: string; destinationCode: string };
        })
    | ({ action: 'registration.voided_by_signing' } & RegistrationChange & { details: { agreementId: number } })
    | ({ action: 'registration.voided_by_cancellation' } & RegistrationChange & { details: { cancellationId: number } })
  );

/** 毕业去向作废申请: asked by the student (its review is a ReviewedSubjectEvent). */
export type CancellationEvent = On<'destination_cancellation', number> & {
  action: 'destination_cancellation.requested';
  toStatus: CancellationStatus;
  details: { registrationId: number; reason: string };
};

/** A decision on any reviewed subject (an agreement, a registration, a 解约, a 信息更新…), as the review engine writes it. */
export type ReviewedSubjectEvent = On<string, number> & {
  action: SubjectReviewAction;
  fromStatus: string;
  toStatus: string;
  comment: string | null;
  details?: Record<string, unknown>;
};

export type AccountEvent =
  | (On<'account', number | null> & {
      action:
        | 'account.logged_in'
        | 'account.logged_out'
        | 'account.login_failed'
        | 'account.locked'
        | 'account.reauthenticated'
        | 'account.reauthentication_failed'
        | 'account.password_changed'
        | 'account.password_reset'
        | 'account.username_recovered';
    })
  | (On<'account', number> & { action: 'account.registered'; toStatus: 'active' })
  /** Contacts are masked in the details: the full value is not needed to read the log. */
  | (On<'account', number> & {
      action: `account.${'phone' | 'email'}_changed`;
      details: { from: string | null; to: string };
    });

export type EmployerEvent = On<'employer', number> &
  (
    | { action: 'employer.registered'; toStatus: 'pending'; details?: { licenseSha256: string } }
    | ({ action: 'employer.verification_resubmitted' } & Change<'rejected', 'pending'> & {
          details: { licenseSha256: string };
        })
    | ({ action: `employer.${'verified' | 'rejected'}` } & Change<'pending', Exclude<VerificationStatus, 'pending'>> & {
          comment: string | null;
        })
  );

export type SchoolEvent = On<'school', number> &
  (
    | ({ action: 'school.review_chain_changed' } & Change<ReviewChain, ReviewChain>)
    | { action: 'demo.seeded'; details: { students: number; cohort: number } }
  );

export type StudentRecordEvent = On<'student_record', number> & { action: 'student_record.confirmed' } & Change<
    'unconfirmed',
    'confirmed'
  >;

export type DraftEvent = On<'agreement_draft', number> & {
  action: 'agreement_draft.saved' | 'agreement_draft.cancelled';
  details: { kind: Exclude<AgreementKind, 'online'> };
};

/** The phone is masked; the code itself is never logged. */
export type CodeEvent = On<'verification_code', null> & {
  action: 'verification_code.sent';
  details: { phone: string; purpose: string };
};
