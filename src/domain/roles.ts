/** Who a person acts as. One account may hold several roles (role_grant). */
export const ROLES = ['student', 'employer', 'college_reviewer', 'school_admin', 'platform_admin'] as const;
export type Role = (typeof ROLES)[number];

/** The role as the screens name it. */
export const ROLE_NAMES: Record<Role, string> = {
  student: '学生',
  employer: '用人单位',
  college_reviewer: '院系审核员',
  school_admin: '学校管理员',
  platform_admin: '平台管理员',
};

/** Where each role's pages start. */
export const ROLE_HOMES = {
  student: '/student',
  employer: '/employer',
  college_reviewer: '/college',
  school_admin: '/school',
  platform_admin: '/platform',
} as const satisfies Record<Role, string>;

/** The account's state: a disabled account cannot log in. */
export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
