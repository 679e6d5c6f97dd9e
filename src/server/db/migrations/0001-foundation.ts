import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect';
import { idColumn } from './dialect';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>, dialect: MigrationDialect): Promise<void> {
  await db.schema
    .createTable('code_entry')
    .addColumn('dictionary', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('valid_from', 'integer')
    .addColumn('valid_to', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_entry_pk', ['dictionary', 'code'])
    .execute();

  await idColumn(db.schema.createTable('school'), dialect)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('review_chain', 'text', (c) => c.notNull().check(sql`review_chain in ('college_school', 'school_only')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('college'), dialect)
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('college_school_code_unique', ['school_id', 'code'])
    .execute();

  await idColumn(db.schema.createTable('account'), dialect)
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('username', 'text', (c) => c.unique())
    .addColumn('id_type', 'text')
    .addColumn('id_number', 'text')
    .addColumn('real_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'disabled')`))
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('last_login_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('account_identity_unique', ['id_type', 'id_number'])
    .execute();

  await idColumn(db.schema.createTable('employer'), dialect)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('uscc', 'text', (c) => c.notNull().unique())
    .addColumn('nature_code', 'text', (c) => c.notNull())
    .addColumn('industry_code', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text')
    .addColumn('contact_mobile', 'text', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .addColumn('verification_status', 'text', (c) =>
      c.notNull().check(sql`verification_status in ('pending', 'verified', 'rejected')`),
    )
    .addColumn('verification_comment', 'text')
    .addColumn('verified_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('role_grant'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('student', 'employer', 'college_reviewer', 'school_admin', 'platform_admin')`),
    )
    .addColumn('school_id', 'integer', (c) => c.references('school.id'))
    .addColumn('college_id', 'integer', (c) => c.references('college.id'))
    .addColumn('employer_id', 'integer', (c) => c.references('employer.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('role_grant_account').on('role_grant').column('account_id').execute();

  await idColumn(db.schema.createTable('student_record'), dialect)
    .addColumn('school_id', 'integer', (c) => c.notNull().references('school.id'))
    .addColumn('college_id', 'integer', (c) => c.notNull().references('college.id'))
    .addColumn('cohort', 'integer', (c) => c.notNull())
    .addColumn('exam_number', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender_code', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('origin_region_code', 'text')
    .addColumn('ethnicity_code', 'text')
    .addColumn('political_status_code', 'text')
    .addColumn('education_level_code', 'text', (c) => c.notNull())
    .addColumn('major_code', 'text')
    .addColumn('major_name', 'text', (c) => c.notNull())
    .addColumn('study_years', 'integer', (c) => c.notNull())
    .addColumn('enrolled_on', 'text', (c) => c.notNull())
    .addColumn('graduating_on', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.references('account.id'))
    .addColumn('confirmed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('student_record_identity_unique', ['school_id', 'id_number', 'cohort'])
    .execute();
  await db.schema
    .createIndex('student_record_identity')
    .on('student_record')
    .columns(['id_number', 'cohort'])
    .execute();
  await db.schema
    .createIndex('student_record_college')
    .on('student_record')
    .columns(['college_id', 'cohort'])
    .execute();

  await idColumn(db.schema.createTable('session'), dialect)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('reauthenticated_at', 'text')
    .execute();
  await db.schema.createIndex('session_account').on('session').column('account_id').execute();

  await db.schema
    .createTable('captcha')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('answer_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  await idColumn(db.schema.createTable('verification_code'), dialect)
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('consumed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verification_code_phone')
    .on('verification_code')
    .columns(['phone', 'purpose', 'created_at'])
    .execute();

  await idColumn(db.schema.createTable('audit_event'), dialect)
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'integer')
    .addColumn('actor_role', 'text')
    .addColumn('actor_ip', 'text')
    .addColumn('school_id', 'integer')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('comment', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema
    .createIndex('audit_event_entity')
    .on('audit_event')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await idColumn(db.schema.createTable('outbox'), dialect)
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('sms', 'email')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();

  await idColumn(db.schema.createTable('notification'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_account').on('notification').column('account_id').execute();

  // The audit log is append-only: the database itself refuses to change or delete an event.
  if (dialect === 'postgres') {
    await sql`create function audit_event_immutable() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$`.execute(db);
    await sql`create trigger audit_event_no_change before update or delete on audit_event
      for each row execute function audit_event_immutable()`.execute(db);
  } else {
    await sql`create trigger audit_event_no_update before update on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db);
    await sql`create trigger audit_event_no_delete before delete on audit_event
      begin select raise(abort, 'audit_event is append-only'); end`.execute(db);
  }
}
