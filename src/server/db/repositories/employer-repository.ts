import type { Employer, VerificationStatus } from '../schema';
import type { Executor } from './executor';
import { nowIso } from './executor';

export async function findEmployer(db: Executor, id: number) {
  return db.selectFrom('employer').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Employers with their license scan's media type, by 资质认证 status (all when none is given). */
export async function listEmployersWithLicense(db: Executor, filter: { id?: number; status?: VerificationStatus }) {
  let query = db
    .selectFrom('employer')
    .leftJoin('stored_file', 'stored_file.id', 'employer.license_file_id')
    .selectAll('employer')
    .select('stored_file.media_type as license_media_type');
  if (filter.id !== undefined) query = query.where('employer.id', '=', filter.id);
  if (filter.status) query = query.where('employer.verification_status', '=', filter.status);
  return query.orderBy('employer.created_at').limit(500).execute();
}

export type EmployerInput = {
  name: string;
  uscc: string;
  natureCode: string;
  industryCode: string;
  regionCode: string;
  address: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string | null;
  licenseFileId: number | null;
  verified: boolean;
};

/** A new employer, verified (demo data) or waiting for the platform's 资质认证. */
export async function insertEmployer(db: Executor, employer: EmployerInput): Promise<number> {
  const now = nowIso();
  const row = await db
    .insertInto('employer')
    .values({
      name: employer.name,
      uscc: employer.uscc,
      nature_code: employer.natureCode,
      industry_code: employer.industryCode,
      region_code: employer.regionCode,
      address: employer.address,
      contact_name: employer.contactName,
      contact_phone: null,
      contact_mobile: employer.contactMobile,
      contact_email: employer.contactEmail,
      verification_status: employer.verified ? 'verified' : 'pending',
      verification_comment: null,
      verified_at: employer.verified ? now : null,
      license_file_id: employer.licenseFileId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function isUsccRegistered(db: Executor, uscc: string): Promise<boolean> {
  return (await db.selectFrom('employer').select('id').where('uscc', '=', uscc).executeTakeFirst()) !== undefined;
}

/**
 * A verification change, only from the expected status; false when another request changed it first, so
 * the caller answers 409.
 */
export async function transitionEmployer(
  db: Executor,
  id: number,
  from: VerificationStatus,
  changes: Partial<Omit<Employer, 'id' | 'created_at'>> & { verification_status: VerificationStatus; updated_at: string },
): Promise<boolean> {
  const result = await db.updateTable('employer').set(changes).where('id', '=', id).where('verification_status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Verified employers whose name contains the keyword (LIKE wildcards in it are dropped), by name, ten at most. */
export async function searchVerifiedEmployers(db: Executor, keyword: string) {
  return db
    .selectFrom('employer')
    .select(['name', 'uscc', 'nature_code', 'industry_code', 'region_code', 'address'])
    .where('verification_status', '=', 'verified')
    .where('name', 'like', `%${keyword.replace(/[%_]/g, '')}%`)
    .orderBy('name')
    .limit(10)
    .execute();
}

/** The id of the verified employer with this 统一社会信用代码, if one is registered. */
export async function findVerifiedEmployerId(db: Executor, uscc: string): Promise<number | undefined> {
  const row = await db.selectFrom('employer').select('id').where('uscc', '=', uscc).where('verification_status', '=', 'verified').executeTakeFirst();
  return row?.id;
}
