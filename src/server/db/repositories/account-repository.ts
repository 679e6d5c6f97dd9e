import type { Account, NewAccount, Role, RoleGrant } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

/** Finds the account a login identifier names: 手机号, 身份证号, 邮箱, or a staff username. */
export async function findAccountByIdentifier(db: Executor, identifier: string): Promise<Account | undefined> {
  const value = identifier.trim();
  let query = db.selectFrom('account').selectAll();
  if (/^1\d{10}$/.test(value)) query = query.where('phone', '=', value);
  else if (value.includes('@')) query = query.where('email', '=', value.toLowerCase());
  else if (/^\d{17}[\dXx]$/.test(value)) query = query.where('id_number', '=', value.toUpperCase());
  else query = query.where('username', '=', value);
  return query.executeTakeFirst();
}

export async function findAccountById(db: Executor, id: number): Promise<Account | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountByPhone(db: Executor, phone: string): Promise<Account | undefined> {
  return db.selectFrom('account').selectAll().where('phone', '=', phone).executeTakeFirst();
}

export type AccountInput = {
  realName: string;
  passwordHash: string;
  phone?: string | null;
  email?: string | null;
  username?: string | null;
  idType?: string | null;
  idNumber?: string | null;
  /** Set when the account is created by logging in at once (registration). */
  loggedInAt?: string | null;
};

/** A new active account with no failed logins. */
export async function insertAccount(db: Executor, account: AccountInput): Promise<number> {
  const now = nowIso();
  const values: NewAccount = {
    phone: account.phone ?? null,
    email: account.email ?? null,
    username: account.username ?? null,
    id_type: account.idType ?? null,
    id_number: account.idNumber ?? null,
    real_name: account.realName,
    password_hash: account.passwordHash,
    status: 'active',
    failed_login_count: 0,
    locked_until: null,
    last_login_at: account.loggedInAt ?? null,
    created_at: now,
    updated_at: now,
  };
  const row = await db.insertInto('account').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRoleGrant(
  db: Executor,
  grant: { accountId: number; role: Role; schoolId?: number; collegeId?: number; employerId?: number },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({
      account_id: grant.accountId,
      role: grant.role,
      school_id: grant.schoolId ?? null,
      college_id: grant.collegeId ?? null,
      employer_id: grant.employerId ?? null,
      created_at: nowIso(),
    })
    .execute();
}

export async function listRoleGrants(db: Executor, accountId: number): Promise<RoleGrant[]> {
  return db.selectFrom('role_grant').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
}

/**
 * Counts one wrong password atomically; on reaching the limit the account is locked until `lockUntil` and
 * the counter starts again. Returns whether this failure locked the account.
 */
export async function recordFailedLogin(
  db: Executor,
  accountId: number,
  limit: number,
  lockUntil: string,
): Promise<{ locked: boolean }> {
  const row = await db
    .updateTable('account')
    .set((eb) => ({
      failed_login_count: eb
        .case()
        .when('failed_login_count', '>=', limit - 1)
        .then(0)
        .else(eb('failed_login_count', '+', 1))
        .end(),
      locked_until: eb
        .case()
        .when('failed_login_count', '>=', limit - 1)
        .then(lockUntil)
        .else(eb.ref('locked_until'))
        .end(),
      updated_at: nowIso(),
    }))
    .where('id', '=', accountId)
    .returning(['failed_login_count', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { locked: row.locked_until === lockUntil };
}

export async function recordSuccessfulLogin(db: Executor, accountId: number): Promise<void> {
  const now = nowIso();
  await db
    .updateTable('account')
    .set({ failed_login_count: 0, locked_until: null, last_login_at: now, updated_at: now })
    .where('id', '=', accountId)
    .execute();
}

export async function updatePassword(db: Executor, accountId: number, passwordHash: string): Promise<void> {
  await db
    .updateTable('account')
    .set({ password_hash: passwordHash, failed_login_count: 0, locked_until: null, updated_at: nowIso() })
    .where('id', '=', accountId)
    .execute();
}

export async function isPhoneTaken(db: Executor, phone: string): Promise<boolean> {
  return Boolean(await db.selectFrom('account').select('id').where('phone', '=', phone).executeTakeFirst());
}
