import type { HomePath, Role } from './types';

export const ROLE_NAMES: Record<Role, string> = {
  student: '学生',
  employer: '用人单位',
  college_reviewer: '院系审核员',
  school_admin: '学校管理员',
  platform_admin: '平台管理员',
};

export const ROLE_HOMES: Record<Role, HomePath> = {
  student: '/student',
  employer: '/employer',
  college_reviewer: '/college',
  school_admin: '/school',
  platform_admin: '/platform',
};

export const SYSTEM_NAME = '毕业去向登记系统';
export const SYSTEM_FULL_NAME = '全国高校毕业生毕业去向登记系统';
