import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect';
import { idColumn } from './dialect';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  await db.schema.alterTable('agreement').addColumn('scan_round', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('agreement').addColumn('paper_agreement_number', 'text').execute();

  // DOMAIN §5.1 for all three kinds: the slot is held from submission until the agreement ends.
  await sql`drop index agreement_one_signing_slot`.execute(db);
  await sql`create unique index agreement_one_signing_slot on agreement (student_record_id)
    where status in ('college_review', 'school_review', 'returned', 'awaiting_scan',
                     'scan_college_review', 'scan_school_review', 'scan_returned', 'effective')`.execute(db);

  // 暂存: the form as typed, not yet an agreement. DOMAIN §5.2: one draft per student and kind.
  await idColumn(db.schema.createTable('agreement_draft'), dialect)
    .addColumn('student_record_id', 'integer', (c) => c.notNull().references('student_record.id'))
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('offline', 'paper')`))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_draft_one_per_kind', ['student_record_id', 'kind'])
    .execute();

  // A row per attached page: the sealed scan of an offline agreement, the scans of a paper one.
  await idColumn(db.schema.createTable('agreement_file'), dialect)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreement.id'))
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('sealed_scan', 'paper_scan')`))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('stored_file_id', 'integer', (c) => c.notNull().references('stored_file.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_via', 'text', (c) => c.notNull().check(sql`uploaded_via in ('student', 'employer_link')`))
    .addColumn('uploaded_by_account_id', 'integer', (c) => c.references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_file_page', ['agreement_id', 'purpose', 'round', 'page'])
    .execute();

  // 用人单位协助回传: an unguessable link (only its hash is stored) for one agreement, 7 days.
  await idColumn(db.schema.createTable('return_link'), dialect)
    .addColumn('agreement_id', 'integer', (c) => c.notNull().references('agreement.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('sms', 'email')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('used_at', 'text')
    .addColumn('created_by_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('return_link_agreement').on('return_link').column('agreement_id').execute();
  // At most one live (neither revoked nor used) link per agreement: two sends at once cannot both win.
  await sql`create unique index return_link_one_live on return_link (agreement_id)
    where revoked_at is null and used_at is null`.execute(db);
}
