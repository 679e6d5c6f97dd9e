import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect';
import { idColumn } from './dialect';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  await idColumn(db.schema.createTable('stored_file'), dialect)
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('employer').addColumn('license_file_id', 'integer', (c) => c.references('stored_file.id')).execute();

  await idColumn(db.schema.createTable('agreement'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('online', 'offline', 'paper')`))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('college_id', 'integer', (c) => c.notNull().references('college.id'))
    .addColumn('student_record_id', 'integer', (c) => c.notNull().references('student_record.id'))
    .addColumn('employer_id', 'integer', (c) => c.references('employer.id'))
    .addColumn('created_by_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('valid_days', 'integer')
    .addColumn('invited_at', 'text')
    .addColumn('deadline_at', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .addColumn('position_category_code', 'text', (c) => c.notNull())
    .addColumn('position_title', 'text', (c) => c.notNull())
    .addColumn('probation', 'text')
    .addColumn('probation_salary', 'integer')
    .addColumn('regular_salary', 'integer')
    .addColumn('breach_penalty', 'integer')
    .addColumn('report_location', 'text')
    .addColumn('report_deadline', 'text')
    .addColumn('work_location', 'text')
    .addColumn('hukou_handling_code', 'text', (c) => c.notNull())
    .addColumn('supplement', 'text')
    .addColumn('employer_name', 'text', (c) => c.notNull())
    .addColumn('employer_uscc', 'text', (c) => c.notNull())
    .addColumn('employer_nature_code', 'text', (c) => c.notNull())
    .addColumn('employer_industry_code', 'text', (c) => c.notNull())
    .addColumn('employer_region_code', 'text', (c) => c.notNull())
    .addColumn('employer_address', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('contact_mobile', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .addColumn('review_round', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('failure_reason', 'text')
    .addColumn('agreement_number', 'text', (c) => c.unique())
    .addColumn('verification_code', 'text', (c) => c.unique())
    .addColumn('pdf_file_id', 'integer', (c) => c.references('stored_file.id'))
    .addColumn('effective_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // DOMAIN §5.1: one signing slot per student, held while in review or effective.
  await sql`create unique index agreement_one_signing_slot on agreement (student_record_id)
    where status in ('college_review', 'school_review', 'effective')`.execute(db);
  // DOMAIN §4.1: while an invitation is live, the same employer cannot invite the student again.
  await sql`create unique index agreement_one_live_invitation on agreement (employer_id, student_record_id)
    where status = 'invited'`.execute(db);
  await db.schema.createIndex('agreement_school_status').on('agreement').columns(['school_id', 'status']).execute();
  await db.schema.createIndex('agreement_employer_status').on('agreement').columns(['employer_id', 'status']).execute();
  await db.schema.createIndex('agreement_student').on('agreement').column('student_record_id').execute();
  await db.schema.createIndex('agreement_deadline').on('agreement').columns(['status', 'deadline_at']).execute();

  await idColumn(db.schema.createTable('review_step'), dialect)
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('college', 'school')`))
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('approved', 'rejected', 'returned')`))
    .addColumn('comment', 'text')
    .addColumn('reviewer_account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('reviewer_name', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    // DOMAIN §5.6: one decision per review stage and round.
    .addUniqueConstraint('review_step_one_decision', ['subject_type', 'subject_id', 'round', 'stage'])
    .execute();

  await db.schema
    .createTable('agreement_serial')
    .addColumn('cohort', 'integer', (c) => c.notNull())
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('education_level_code', 'text', (c) => c.notNull())
    .addColumn('last_serial', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_serial_pk', ['cohort', 'school_id', 'education_level_code'])
    .execute();

  await idColumn(db.schema.createTable('job'), dialect)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'running', 'done', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('locked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('job_due').on('job').columns(['status', 'run_after']).execute();
}
