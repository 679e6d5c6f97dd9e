import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { call } from '../common/api';
import { ME_QUERY_KEY } from '../common/auth';
import type { Account, MeResponse } from '../common/types';

export interface PasswordChange {
  oldPassword: string;
  newPassword: string;
}
export interface PhoneChange {
  password: string;
  phone: string;
  code: string;
}
export interface EmailChange {
  password: string;
  email: string;
}

/** What each change tells the person once done: the other devices are signed out. */
export const DONE_MESSAGES = {
  password: '密码已修改,其他设备上的登录已退出',
  phone: '手机号已更换,请用新手机号登录;其他设备上的登录已退出',
  email: '邮箱已修改,其他设备上的登录已退出',
} as const;

/** 账号设置 calls, the same for the student's phone pages and the consoles. */
export function useAccountSettings() {
  const queryClient = useQueryClient();
  const storeAccount = useCallback(
    (account: Account) =>
      queryClient.setQueryData<MeResponse>(ME_QUERY_KEY, (previous) => ({
        csrfToken: previous?.csrfToken ?? '',
        account,
      })),
    [queryClient],
  );
  return {
    changePassword: (change: PasswordChange) => call('changePassword', { body: change }),
    changePhone: async (change: PhoneChange) => storeAccount((await call('changePhone', { body: change })).account),
    changeEmail: async (change: EmailChange) => storeAccount((await call('changeEmail', { body: change })).account),
  };
}
