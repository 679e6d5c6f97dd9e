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

/** Statuses a reviewer's queue can be filtered by (invitations not yet answered are not his). */
export const REVIEW_STATUS_OPTIONS: Array<{ value: string; label: string }> = [
  { value: 'pending', label: '待审核' },
  { value: 'all', label: '全部' },
  { value: 'college_review', label: '院系审核中' },
  { value: 'school_review', label: '学校审核中' },
  { value: 'returned', label: '退回修改' },
  { value: 'awaiting_scan', label: '待回传协议书' },
  { value: 'scan_college_review', label: '协议书院系审核中' },
  { value: 'scan_school_review', label: '协议书学校审核中' },
  { value: 'scan_returned', label: '协议书退回修改' },
  { value: 'failed', label: '签约失败' },
  { value: 'voided', label: '已作废' },
  { value: 'effective', label: '已生效' },
];

/** Statuses an employer can filter its 签约管理 by. */
export const EMPLOYER_STATUS_OPTIONS: Array<{ value: AgreementStatus; label: string }> = [
  { value: 'invited', label: '未生效(待应约)' },
  { value: 'college_review', label: '院系审核中' },
  { value: 'school_review', label: '学校审核中' },
  { value: 'awaiting_scan', label: '待回传协议书' },
  { value: 'scan_college_review', label: '协议书院系审核中' },
  { value: 'scan_school_review', label: '协议书学校审核中' },
  { value: 'effective', label: '已生效' },
  { value: 'failed', label: '签约失败' },
  { value: 'voided', label: '已作废' },
  { value: 'declined', label: '已拒绝' },
  { value: 'expired', label: '已失效' },
  { value: 'withdrawn', label: '已撤回' },
];

export const KIND_OPTIONS = [
  { value: 'online', label: '线上签约' },
  { value: 'offline', label: '线下签约' },
  { value: 'paper', label: '纸质协议书登记' },
] as const;
