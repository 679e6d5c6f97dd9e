/** An employer's 资质认证 by the platform: only a verified employer may send 签约邀请. */
export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** The 资质认证 state as the employer and the platform see it. */
export const VERIFICATION_STATUS_LABELS: Record<VerificationStatus, string> = {
  pending: '待审核',
  verified: '已认证',
  rejected: '未通过',
};
