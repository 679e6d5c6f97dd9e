import { sql, type Kysely } from 'kysely';
import type { MigrationDialect } from './dialect';

/** The dispute clause every school starts with (REFERENCE §1: 协商 → 调解 → 仲裁/诉讼); a school may word its own. */
const DEFAULT_DISPUTE_CLAUSE =
  '因履行本协议发生争议的,各方应本着诚实信用的原则协商解决;协商不成的,可提请丙方(学校毕业生就业工作部门)调解;' +
  '调解不成或不愿调解的,可依法向有管辖权的劳动人事争议仲裁委员会申请仲裁或向人民法院提起诉讼。';

// Frozen: never edit after release; add a new migration instead.
export async function up(db: Kysely<any>, _dialect: MigrationDialect): Promise<void> {
  // An offline agreement has two documents: the one printed for the employer's seal, and the final one.
  await db.schema
    .alterTable('agreement')
    .addColumn('preseal_pdf_file_id', 'integer', (c) => c.references('stored_file.id'))
    .execute();
  await db.schema
    .alterTable('school')
    .addColumn('dispute_clause', 'text', (c) => c.notNull().defaultTo(DEFAULT_DISPUTE_CLAUSE))
    .execute();

  await separateOfflineDocuments(db);
}

/**
 * Until now an offline agreement's only document was the pre-seal one, served as the agreement: it becomes
 * the pre-seal document, and effective ones get their final document from the job loop (the same job a
 * new approval queues).
 */
export async function separateOfflineDocuments(db: Kysely<any>): Promise<void> {
  await sql`update agreement set preseal_pdf_file_id = pdf_file_id, pdf_file_id = null
    where kind = 'offline' and pdf_file_id is not null`.execute(db);
  const now = new Date().toISOString();
  await sql`insert into job (kind, payload, dedupe_key, status, attempts, run_after, created_at)
    select 'agreement_pdf', '{"agreementId":' || id || '}', 'agreement_pdf:' || id || ':final', 'pending', 0, ${now}, ${now}
    from agreement where kind = 'offline' and status = 'effective'
    on conflict (dedupe_key) do nothing`.execute(db);
}
