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
const DONE_MESSAGES = {
  password: '密码已修改,其他设备上的登录已退出',
  phone: '手机号已更换,请用新手机号登录;其他设备上的登录已退出',
  email: '邮箱已修改,其他设备上的登录已退出',
} as const;

/** What one settings form needs, whether antd (consoles) or antd-mobile (student) draws it. */
export interface AccountChange<Values> {
  /** prefixes the fields' ids: the forms share field names such as `password` */
  name: string;
  title: string;
  /** the form fields a server error may name */
  fields: readonly string[];
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  done: string;
}

/** Each change's form is named after it and its button repeats its title. */
function accountChange<Values>(
  key: keyof typeof DONE_MESSAGES,
  title: string,
  fields: readonly string[],
  onSubmit: (values: Values) => Promise<unknown>,
): AccountChange<Values> {
  return { name: `${key}-change`, title, fields, submitLabel: title, done: DONE_MESSAGES[key], onSubmit };
}

/** 账号设置's three changes and their calls, the same for the student's phone pages and the consoles. */
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
  const password = accountChange('password', '修改密码', ['oldPassword', 'newPassword'], (change: PasswordChange) =>
    call('changePassword', { body: { oldPassword: change.oldPassword, newPassword: change.newPassword } }),
  );
  const phone = accountChange(
    'phone',
    '更换手机号',
    ['password', 'phone', 'captchaAnswer', 'code'],
    async (change: PhoneChange) =>
      storeAccount(
        (
          await call('changePhone', {
            body: { password: change.password, phone: change.phone.trim(), code: change.code.trim() },
          })
        ).account,
      ),
  );
  const email = accountChange('email', '修改邮箱', ['password', 'email'], async (change: EmailChange) =>
    storeAccount(
      (await call('changeEmail', { body: { password: change.password, email: change.email.trim() } })).account,
    ),
  );
  return { password, phone, email };
}
