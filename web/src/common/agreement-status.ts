import {
  AGREEMENT_KIND_NAMES,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  REVIEWER_VISIBLE_STATUSES,
  type AgreementKind,
} from '../../../src/domain/agreement/status';
import { REVIEW_QUEUE_SCOPE_NAMES } from '../../../src/domain/labels/review';
import type { AgreementStatus } from './types';

/** antd Tag colours of 签约状态 (consoles); statuses not listed are grey. */
const STATUS_TAG_COLORS: Partial<Record<AgreementStatus, string>> = {
  invited: 'orange',
  college_review: 'processing',
  school_review: 'processing',
  returned: 'warning',
  awaiting_scan: 'cyan',
  scan_college_review: 'processing',
  scan_school_review: 'processing',
  scan_returned: 'warning',
  failed: 'error',
  voided: 'error',
  effective: 'success',
};

export function statusTagColor(status: AgreementStatus): string {
  return STATUS_TAG_COLORS[status] ?? 'default';
}

const statusOption = (status: AgreementStatus) => ({ value: status, label: AGREEMENT_STATUS_LABELS[status] });

/** A reviewer's queue filter: what waits at his stage, everything, or one status he can see (the domain's list). */
export const REVIEW_STATUS_OPTIONS: Array<{ value: string; label: string }> = [
  { value: 'pending', label: REVIEW_QUEUE_SCOPE_NAMES.pending },
  { value: 'all', label: REVIEW_QUEUE_SCOPE_NAMES.all },
  ...REVIEWER_VISIBLE_STATUSES.map(statusOption),
];

/** An employer's 签约管理 filter: every status, since its list holds invitations and linked offline agreements. */
export const EMPLOYER_STATUS_OPTIONS: Array<{ value: AgreementStatus; label: string }> =
  AGREEMENT_STATUSES.map(statusOption);

export const KIND_OPTIONS = (Object.keys(AGREEMENT_KIND_NAMES) as AgreementKind[]).map((kind) => ({
  value: kind,
  label: AGREEMENT_KIND_NAMES[kind],
}));
