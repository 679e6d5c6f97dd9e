import type { AccountView } from '../../../contract/auth';
import { maskEmail, maskPhone } from '../../../domain/masking';
import type { Account, Role } from '../../db/schema';
import type { Executor } from '../../db/repositories/executor';
import { findAccountById, listRoleGrants } from '../../db/repositories/account-repository';

// When one person holds several roles, the console of the broadest one opens first.
const ROLE_PRECEDENCE: Role[] = ['platform_admin', 'school_admin', 'college_reviewer', 'employer', 'student'];
const HOME: Record<Role, AccountView['home']> = {
  platform_admin: '/platform',
  school_admin: '/school',
  college_reviewer: '/college',
  employer: '/employer',
  student: '/student',
};

export async function describeAccount(db: Executor, account: Account): Promise<AccountView> {
  const roles = [...new Set((await listRoleGrants(db, account.id)).map((grant) => grant.role))];
  const primaryRole = ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? 'student';
  return {
    id: account.id,
    realName: account.real_name,
    roles,
    primaryRole,
    home: HOME[primaryRole],
    phoneMasked: account.phone ? maskPhone(account.phone) : null,
    emailMasked: account.email ? maskEmail(account.email) : null,
  };
}

/** The signed-in account as /api/auth/me shows it, or undefined when the account is gone. */
export async function describeAccountById(db: Executor, accountId: number): Promise<AccountView | undefined> {
  const account = await findAccountById(db, accountId);
  return account ? describeAccount(db, account) : undefined;
}
