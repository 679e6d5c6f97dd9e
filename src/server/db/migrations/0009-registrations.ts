import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect';
import { idColumn } from './dialect';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  // 四选一 (DOMAIN §5.3, §5.4): every change that gives a student a destination — a registration
  // submitted, an invitation accepted, an offline or paper agreement submitted — first bumps this
  // counter, so on PostgreSQL two such changes of one student wait for each other and the second sees
  // what the first did (SQLite writes one transaction at a time).
  await db.schema
    .alterTable('student_record')
    .addColumn('destination_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // 其他毕业去向登记: the type's fields as JSON (checked by the type's declaration), its status and rounds.
  await idColumn(db.schema.createTable('registration'), dialect)
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('college_id', 'integer', (c) => c.notNull().references('college.id'))
    .addColumn('student_record_id', 'integer', (c) => c.notNull().references('student_record.id'))
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('destination_code', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'college_review', 'school_review', 'returned', 'approved', 'voided', 'discarded')`),
    )
    .addColumn('review_round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('void_reason', 'text', (c) => c.check(sql`void_reason in ('rejected', 'cancelled', 'signed')`))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('created_by_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('registration_school_status').on('registration').columns(['school_id', 'status']).execute();
  // DOMAIN §5.3: at most one registration per student in review, returned or approved; one 暂存.
  await sql`create unique index registration_one_live on registration (student_record_id)
    where status in ('college_review', 'school_review', 'returned', 'approved')`.execute(db);
  await sql`create unique index registration_one_draft on registration (student_record_id)
    where status = 'draft'`.execute(db);

  // 证明材料: pages per proof of the type, per round (the round a submission will have).
  await idColumn(db.schema.createTable('registration_file'), dialect)
    .addColumn('registration_id', 'integer', (c) => c.notNull().references('registration.id'))
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('proof', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('page', 'integer', (c) => c.notNull())
    .addColumn('stored_file_id', 'integer', (c) => c.notNull().references('stored_file.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('registration_file_page', ['registration_id', 'proof', 'round', 'page'])
    .execute();

  // 毕业去向作废申请 of an approved registration; one pending at a time.
  await idColumn(db.schema.createTable('destination_cancellation'), dialect)
    .addColumn('registration_id', 'integer', (c) => c.notNull().references('registration.id'))
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('college_id', 'integer', (c) => c.notNull().references('college.id'))
    .addColumn('student_record_id', 'integer', (c) => c.notNull().references('student_record.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('college_review', 'school_review', 'approved', 'rejected')`),
    )
    .addColumn('created_by_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index destination_cancellation_one_pending on destination_cancellation (registration_id)
    where status in ('college_review', 'school_review')`.execute(db);
}
