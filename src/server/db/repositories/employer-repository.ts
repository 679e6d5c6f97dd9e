import type { VerificationStatus } from '../schema';
import type { Executor } from './executor';

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
