import type { VerificationStatus } from '../schema';
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
