import { sql, type Kysely } from 'kysely';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // DOMAIN §4.1: an employer has one online agreement with a student at a time — from the invitation
  // through review to 已生效 — not only one live invitation.
  await sql`drop index agreement_one_live_invitation`.execute(db);
  await sql`create unique index agreement_one_live_invitation on agreement (employer_id, student_record_id)
    where kind = 'online' and status in ('invited', 'college_review', 'school_review', 'effective')`.execute(db);
}
