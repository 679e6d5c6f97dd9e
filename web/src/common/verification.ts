import type { VerificationStatus } from './types';

/** 资质认证 states as the employer and the platform see them. */
export const VERIFICATION: Record<
  VerificationStatus,
  { label: string; color: string; type: 'info' | 'success' | 'warning'; notice: string }
> = {
  pending: {
    label: '待审核',
    color: 'orange',
    type: 'info',
    notice: '平台管理员正在审核单位资质,认证通过后单位才能向毕业生发起签约邀请。',
  },
  verified: {
    label: '已认证',
    color: 'green',
    type: 'success',
    notice: '单位资质已通过平台认证,可以向毕业生发起签约邀请。',
  },
  rejected: {
    label: '未通过',
    color: 'red',
    type: 'warning',
    notice: '单位资质认证未通过,暂不能发起签约邀请。请按原因修改单位信息、上传新的营业执照后重新提交认证。',
  },
};
