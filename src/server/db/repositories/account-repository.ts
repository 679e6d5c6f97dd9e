import type { Account, NewAccount, Role, RoleGrant } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

/** An identifier as accounts store it: 邮箱 in lower case, the 身份证号's X in upper case. */
export function normalizeIdentifier(identifier: string): string {
  const value = identifier.trim();
  if (value.includes('@')) return value.toLowerCase();
  if (/^\d{17}[\dXx]$/.test(value)) return value.toUpperCase();
  return value;
}

/** Finds the account a login identifier names: 手机号, 身份证号, 邮箱, or a staff username. */
export async function findAccountByIdentifier(db: Executor, identifier: string): Promise<Account | undefined> {
  const value = normalizeIdentifier(identifier);
  let query = db.selectFrom('account').selectAll();
  if (/^1\d{10}$/.test(value)) query = query.where('phone', '=', value);
  else if (value.includes('@')) query = query.where('email', '=', value);
  else if (/^\d{17}[\dX]$/.test(value)) query = query.where('id_number', '=', value);
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

export async function recordSuccessfulLogin(db: Executor, accountId: number): Promise<void> {
  const now = nowIso();
  await db.updateTable('account').set({ last_login_at: now, updated_at: now }).where('id', '=', accountId).execute();
}

/**
 * Sets a new password. With `expectedHash`, only while the password is still the one that was checked:
 * false means another request changed it first.
 */
export async function updatePassword(
  db: Executor,
  accountId: number,
  passwordHash: string,
  expectedHash?: string,
): Promise<boolean> {
  let query = db.updateTable('account').set({ password_hash: passwordHash, updated_at: nowIso() }).where('id', '=', accountId);
  if (expectedHash !== undefined) query = query.where('password_hash', '=', expectedHash);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets the phone or email, only while the account still has the value it had when checked. */
export async function updateContact(
  db: Executor,
  accountId: number,
  field: 'phone' | 'email',
  value: string,
  expected: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('account')
    .set({ [field]: value, updated_at: nowIso() })
    .where('id', '=', accountId)
    .where((eb) => (expected === null ? eb(field, 'is', null) : eb(field, '=', expected)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function isContactTaken(db: Executor, field: 'phone' | 'email', value: string): Promise<boolean> {
  return Boolean(await db.selectFrom('account').select('id').where(field, '=', value).executeTakeFirst());
}

export function isPhoneTaken(db: Executor, phone: string): Promise<boolean> {
  return isContactTaken(db, 'phone', phone);
}

/** The accounts that already hold this phone, this email or this 证件号码. */
export async function listAccountsHolding(db: Executor, identity: { phone: string; email: string | null; idType: string; idNumber: string }) {
  return db
    .selectFrom('account')
    .select(['phone', 'email', 'id_type', 'id_number'])
    .where((eb) =>
      eb.or([
        eb('phone', '=', identity.phone),
        ...(identity.email ? [eb('email', '=', identity.email)] : []),
        eb.and([eb('id_type', '=', identity.idType), eb('id_number', '=', identity.idNumber)]),
      ]),
    )
    .execute();
}
